import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringsCross } from '../../../src/lib/analysis/ring-crossing.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import { repairRings } from '../../../src/lib/data/import/repair-rings.ts';
import { readGeoJsonFast } from '../../../src/lib/data/import/fast-geojson-layer.ts';
import { decodeText } from '../../../src/lib/data/import/sniff-encoding.ts';
import { ROOT } from '../public-data.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'boundaries-real');
const bytes = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));

function crosses(g: Polygon | MultiPolygon): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some((rings) => {
    const coords: number[] = [];
    const spans: [number, number][] = [];
    for (const r of rings) {
      spans.push([coords.length / 2, r.length]);
      for (const p of r) coords.push(p[0], p[1]);
    }
    return ringsCross(coords, spans);
  });
}

/** Twice the signed area of a polygon's shell minus its holes, by the shoelace formula. */
function area(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let a = 0;
  for (const rings of polys) {
    rings.forEach((r, k) => {
      let s = 0;
      for (let i = 0; i + 1 < r.length; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
      a += (k === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return a;
}

describe('repairRings', () => {
  it('leaves a valid polygon as it is (the same object)', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const r = repairRings(g);
    expect(r).toEqual({ geometry: g, closed: false, dropped: false, repaired: false, invalid: false });
    expect(r.geometry).toBe(g);
  });

  it('closes an open ring without changing the input', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    const before = structuredClone(g);
    const r = repairRings(g);
    expect(r.closed).toBe(true);
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
    expect(g).toEqual(before);
  });

  it('drops a ring of fewer than 4 positions (a shell takes its holes), and a feature left with none has no geometry', () => {
    const hole: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [1, 1]]],
        [[[9, 9], [9.5, 9], [9, 9]], [[9.1, 9.1], [9.2, 9.1], [9.2, 9.2], [9.1, 9.1]]],
      ],
    };
    const r = repairRings(hole);
    expect(r.dropped).toBe(true);
    expect(r.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]] });
    const none = repairRings({ type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] });
    expect(none).toMatchObject({ geometry: null, dropped: true, closed: true });
  });

  it('rebuilds a bow-tie as its two triangles, keeping its area', () => {
    const r = repairRings({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    expect(r.repaired).toBe(true);
    expect(r.invalid).toBe(false);
    const g = r.geometry as MultiPolygon;
    expect(g.type).toBe('MultiPolygon');
    expect(g.coordinates).toHaveLength(2);
    expect(area(g)).toBeCloseTo(2, 9);
    expect(crosses(g)).toBe(false);
  });
});

describe('boundary files with bad rings (tests/fixtures/boundaries-real)', () => {
  it('Sololá: Panajachel closed, Santa Catarina Palopó loses its 3-position hole, San Lucas Tolimán repaired; the rest untouched', async () => {
    const parsed = await importFile({ name: 'gtm-solola-bad-rings.geojson', bytes: bytes('gtm-solola-bad-rings.geojson') });
    const layer = parsed.table as RawLayer;
    const names = layer.values[layer.columns.indexOf('ADM2_ES')];
    const named = (rows: number[] = []) => rows.map((r) => names[r]);
    expect(layer.rowCount).toBe(19);
    expect(named(layer.geometryFixes?.closed)).toEqual(['Panajachel']);
    expect(named(layer.geometryFixes?.dropped)).toEqual(['Santa Catarina Palopó']);
    expect(named(layer.geometryFixes?.repaired)).toEqual(['San Lucas Tolimán']);
    expect(layer.geometryFixes?.invalid).toEqual([]);
    expect(layer.geometryFixes?.emptied).toEqual([]);
    for (const g of layer.geometries) expect(crosses(g as Polygon | MultiPolygon)).toBe(false);
    const raw = JSON.parse(new TextDecoder().decode(bytes('gtm-solola-bad-rings.geojson'))) as { features: { geometry: Polygon }[] };
    const row = names.indexOf('San Lucas Tolimán');
    expect(crosses(raw.features[row].geometry)).toBe(true);
    // Every other municipio is the file's own shape.
    for (const [i, f] of raw.features.entries()) {
      if (!['Panajachel', 'Santa Catarina Palopó', 'San Lucas Tolimán'].includes(String(names[i]))) expect(layer.geometries[i]).toEqual(f.geometry);
    }
  });

  it('the quick GeoJSON reading declines the file with bad rings (the usual reading repairs it) and takes the valid partial file', () => {
    const read = (f: string) => readGeoJsonFast(decodeText(bytes(f), f), f);
    expect(read('gtm-solola-bad-rings.geojson')).toBeNull();
    expect(read('gtm-328-of-340-municipios.geojson')?.table.rowCount).toBe(328);
  });
});
