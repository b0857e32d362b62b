/**
 * GeoJSON and TopoJSON import (fixtures written by tests/fixtures/import/make-layers.ts) and the
 * refusals of malformed JSON layers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function layer(name: string, bytes: Uint8Array): Promise<RawLayer> {
  const parsed = await importFile({ name, bytes });
  expect(parsed.kind).toBe('layer');
  return parsed.table as RawLayer;
}

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  const err = await importFile({ name, bytes }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

const point = (x: number, y: number) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [x, y] } });
const collection = (features: unknown[]) => utf8(JSON.stringify({ type: 'FeatureCollection', features }));

describe('importFile: GeoJSON', () => {
  it('reads a FeatureCollection: properties as typed columns, geometries, kind and bbox', async () => {
    const t = await layer('municipios.geojson', fixture('municipios.geojson'));
    expect(t.read).toEqual({ format: 'geojson', encoding: 'utf-8', bom: false });
    expect(t.columns).toEqual(['codigo', 'nombre', 'poblacion']);
    expect(t.types).toEqual(['text', 'text', 'number']);
    expect(t.values).toEqual([
      ['0101', '0108'],
      ['Guatemala', 'Mixco'],
      [1205668, null],
    ]);
    expect(t.rowCount).toBe(2);
    expect(t.geometryKind).toBe('polygon');
    expect(t.bbox[0]).toBeCloseTo(-90.7, 12);
    expect(t.bbox[1]).toBeCloseTo(14.5, 12);
    expect(t.bbox[2]).toBeCloseTo(-90.5, 12);
    expect(t.bbox[3]).toBeCloseTo(14.7, 12);
    expect(t.geometries[0]?.type).toBe('Polygon');
  });

  it('reads a single Feature and a bare geometry; points and mixed kinds', async () => {
    const one = await layer('one.json', utf8(JSON.stringify(point(-89.2, 13.7))));
    expect(one.geometryKind).toBe('point');
    expect(one.bbox).toEqual([-89.2, 13.7, -89.2, 13.7]);
    const bare = await layer('bare.geojson', utf8(JSON.stringify({ type: 'MultiPoint', coordinates: [[-87.2, 14.1], [-88, 15.5]] })));
    expect(bare.rowCount).toBe(1);
    expect(bare.columns).toEqual([]);
    expect(bare.bbox).toEqual([-88, 14.1, -87.2, 15.5]);
    const mixed = await layer('m.geojson', collection([point(-90, 15), { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-90, 14], [-89, 14], [-89, 15], [-90, 14]]] } }]));
    expect(mixed.geometryKind).toBe('mixed');
  });

  it('keeps a feature without geometry as a row with null', async () => {
    const t = await layer('n.geojson', collection([point(-90, 15), { type: 'Feature', properties: { a: 1 }, geometry: null }]));
    expect(t.geometries[1]).toBeNull();
    expect(t.values).toEqual([[null, 1]]);
  });

  it('refuses swapped latitude and longitude', async () => {
    const err = await refusal('swapped.geojson', collection([point(14.6, -90.5), point(15.5, -88.0), point(13.7, -89.2)]));
    expect(err.code).toBe('swapped-coordinates');
    expect(err.params.file).toBe('swapped.geojson');
  });

  it('refuses projected coordinates without a coordinate system, and degrees out of range', async () => {
    const utm = await refusal('utm.geojson', collection([point(765000, 1620000)]));
    expect(utm.code).toBe('projected-no-prj');
    const out = await refusal('o.geojson', collection([point(-190, 14)]));
    expect(out.code).toBe('coordinates-out-of-range');
    const nan = await refusal('nan.geojson', utf8('{"type":"Point","coordinates":["a",1]}'));
    expect(nan.code).toBe('coordinates-out-of-range');
  });

  it('refuses lines (not boundaries nor locations)', async () => {
    const err = await refusal('l.geojson', collection([{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[-90, 14], [-89, 15]] } }]));
    expect(err.code).toBe('wrong-geometry');
    expect(err.params).toMatchObject({ feature: 1, kind: 'LineString' });
  });

  it('refuses invalid JSON with line and column, and truncated JSON', async () => {
    const err = await refusal('bad.geojson', utf8('{\n  "type": "FeatureCollection",\n  "features": [,]\n}'));
    expect(err.code).toBe('invalid-json');
    expect(err.params).toMatchObject({ line: 3, column: 16 });
    const cut = await refusal('cut.geojson', fixture('municipios.geojson').subarray(0, 200));
    expect(cut.code).toBe('invalid-json');
  });

  it('refuses nesting deeper than 64 before parsing (brackets inside strings do not count)', async () => {
    const deep = await refusal('deep.json', utf8('['.repeat(65) + ']'.repeat(65)));
    expect(deep.code).toBe('too-deep');
    expect(deep.params).toMatchObject({ max: 64, line: 1, column: 65 });
    const ok = await layer('s.geojson', utf8(JSON.stringify({ type: 'Feature', properties: { s: '['.repeat(100) }, geometry: { type: 'Point', coordinates: [-90, 15] } })));
    expect(ok.values[0]).toEqual(['['.repeat(100)]);
  });

  it('refuses JSON that is not GeoJSON, and empty collections', async () => {
    expect((await refusal('x.json', utf8('{"rows": [1, 2]}'))).code).toBe('not-geojson');
    expect((await refusal('x.json', utf8('[1, 2]'))).code).toBe('not-geojson');
    expect((await refusal('e.geojson', collection([]))).code).toBe('no-features');
    expect((await refusal('e.geojson', collection([{ type: 'Feature', properties: {}, geometry: null }]))).code).toBe('no-features');
  });
});

describe('importFile: TopoJSON', () => {
  it('reads the object with the most geometries, decoded to lon/lat', async () => {
    const t = await layer('two-objects.topojson', fixture('two-objects.topojson'));
    expect(t.read.format).toBe('topojson');
    expect(t.rowCount).toBe(2);
    expect(t.values[t.columns.indexOf('nombre')]).toEqual(['Guatemala', 'Mixco']);
    // Quantised to 1e5 steps over the extent: corners are within a step (about 3e-6 degrees) of the originals.
    expect(t.bbox[0]).toBeCloseTo(-90.7, 5);
    expect(t.bbox[3]).toBeCloseTo(14.7, 5);
  });

  it('refuses a topology without objects', async () => {
    expect((await refusal('t.topojson', utf8('{"type":"Topology","objects":{},"arcs":[]}'))).code).toBe('no-features');
  });
});
