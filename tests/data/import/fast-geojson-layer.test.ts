/**
 * The import worker's quick way through a plain GeoJSON FeatureCollection (fast-geojson-layer.ts):
 * it gives the layer (and the packed geometries) the usual reading gives, on the fixtures and on
 * generated files written in several ways; it declines what it does not take (and the worker
 * then reads it as before); every GeoJSON fixture, good or bad, arrives through the worker as
 * importFile reads it, or is refused with the same code, parameters and message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import { featureSpans, readGeoJsonFast } from '../../../src/lib/data/import/fast-geojson-layer.ts';
import { MAX_JSON_DEPTH } from '../../../src/lib/data/import/import-limits.ts';
import { packGeometries } from '../../../src/lib/data/import/packed-geometries.ts';
import { readJsonLayer } from '../../../src/lib/data/import/read-json-layer.ts';
import { decodeText } from '../../../src/lib/data/import/sniff-encoding.ts';
import { parseBytes } from '../../../src/lib/state/parse-file.ts';
import { transferringWorker } from './transferring-worker.ts';
import { polygonGeoJson } from '../../../scripts/bench/import-bench.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The fast reading next to the usual one (readJsonLayer, then packGeometries), of the same text. */
function both(text: string, name = 'layer.geojson') {
  const decoded = decodeText(bytes(text), name);
  const fast = readGeoJsonFast(decoded, name);
  const usual = readJsonLayer(decoded, name);
  return { fast, usual, packed: packGeometries(usual.geometries).packed };
}

function expectSame(text: string): void {
  const { fast, usual, packed } = both(text);
  expect(fast).not.toBeNull();
  expect(fast!.table).toEqual({ ...usual, geometries: [] });
  expect(fast!.packed).toEqual(packed);
}

const feature = (props: unknown, geometry: unknown): string => JSON.stringify({ type: 'Feature', properties: props, geometry });
const collection = (features: string[], sep = ','): string => `{"type":"FeatureCollection","features":[${features.join(sep)}]}`;
const square = (x: number, y = 14): number[][] => [
  [x, y],
  [x + 0.1, y],
  [x + 0.1, y + 0.1],
  [x, y],
];

/** A ring inside `square(x, y)` (a hole that does not cross its shell). */
const hole = (x: number, y = 14): number[][] => [
  [x + 0.07, y + 0.01],
  [x + 0.09, y + 0.01],
  [x + 0.09, y + 0.03],
  [x + 0.07, y + 0.01],
];

describe('readGeoJsonFast', () => {
  it('reads a generated FeatureCollection of polygons as the usual reading does', () => {
    expectSame(polygonGeoJson(200_000, 3));
  });

  it('reads points, multipoints, polygons with holes, multipolygons, 3D positions, null geometries and odd properties alike', () => {
    expectSame(
      collection([
        feature({ codigo: '0101', n: 1 }, { type: 'Point', coordinates: [-90.5, 14.6] }),
        feature(null, null),
        feature({ codigo: '0102', n: '2', extra: true }, { type: 'MultiPoint', coordinates: [[-90, 14], [-89.5, 14.2]] }),
        feature({ codigo: '0103', n: null }, { type: 'Polygon', coordinates: [square(-90), hole(-90)] }),
        feature({ codigo: '0104', 'n ': 4, '': 'blank' }, { type: 'MultiPolygon', coordinates: [[square(-88)], [square(-87, 15)]] }),
        feature({ codigo: '0105' }, { type: 'Point', coordinates: [-90.1, 14.1, 1500] }),
        feature('text', { type: 'MultiPoint', coordinates: [[-91.5, 15.5]] }),
        '{"properties":{"codigo":"0106"},"geometry":{"type":"Point","coordinates":[-91,15]},"id":7}',
      ]),
    );
  });

  it('reads pretty-printed text, CRLF line ends, a key order of its own and members after the features', () => {
    const text = JSON.stringify(JSON.parse(polygonGeoJson(30_000, 5)), null, 2).replace(/\n/g, '\r\n');
    expectSame(text);
    const features = (JSON.parse(polygonGeoJson(20_000, 9)) as { features: unknown[] }).features.map((f) => JSON.stringify(f));
    expectSame(`{ "features" : [ ${features.join(' ,\n ')} ] , "type": "FeatureCollection", "name": "x", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}} }`);
  });

  it('gives the usual refusal when its box tells one (swapped coordinates, out of range)', () => {
    const swapped = collection([feature({ a: 1 }, { type: 'Point', coordinates: [14.6, -90.5] })]);
    const range = collection([feature({ a: 1 }, { type: 'Point', coordinates: [500000, 1600000] })]);
    for (const text of [swapped, range]) {
      const decoded = decodeText(bytes(text), 'x.geojson');
      const fast = (() => {
        try {
          readGeoJsonFast(decoded, 'x.geojson');
        } catch (err) {
          return err;
        }
      })();
      const usual = (() => {
        try {
          readJsonLayer(decoded, 'x.geojson');
        } catch (err) {
          return err;
        }
      })();
      expect(fast).toBeInstanceOf(ImportError);
      expect(fast).toEqual(usual);
      expect((fast as ImportError).message).toBe((usual as ImportError).message);
    }
  });

  it.each([
    ['a Topology', readFileSync(new URL('../../fixtures/import/two-objects.topojson', import.meta.url), 'utf8')],
    ['a lone Feature', feature({ a: 1 }, { type: 'Point', coordinates: [-90, 14] })],
    ['a bare geometry', '{"type":"Point","coordinates":[-90,14]}'],
    ['a top-level list', '[{"type":"FeatureCollection","features":[]}]'],
    ['no features', collection([])],
    ['only null geometries', collection([feature({ a: 1 }, null)])],
    ['a foreign member in a geometry', collection([feature({}, { type: 'Point', coordinates: [-90, 14], bbox: [-90, 14, -90, 14] })])],
    ['a geometry with coordinates first', collection(['{"type":"Feature","properties":{},"geometry":{"coordinates":[-90,14],"type":"Point"}}'])],
    ['a LineString', collection([feature({}, { type: 'LineString', coordinates: [[-90, 14], [-89, 15]] })])],
    ['ragged positions', collection([feature({}, { type: 'Polygon', coordinates: [[[-90, 14], [-89, 14, 3], [-89, 15], [-90, 14]]] })])],
    ['a one-number position', collection([feature({}, { type: 'Point', coordinates: [-90] })])],
    ['an infinite coordinate', collection(['{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e999,14]}}'])],
    ['a trailing comma', collection([feature({}, { type: 'Point', coordinates: [-90, 14] }), ''])],
    ['two commas', collection([feature({}, { type: 'Point', coordinates: [-90, 14] }), '', feature({}, { type: 'Point', coordinates: [-90, 14] })])],
    ['a null feature', collection([feature({}, { type: 'Point', coordinates: [-90, 14] }), 'null'])],
    ['a string in the list', collection([feature({}, { type: 'Point', coordinates: [-90, 14] }), '"x"'])],
    ['two features keys', `{"type":"FeatureCollection","features":[${feature({}, { type: 'Point', coordinates: [-90, 14] })}],"features":[]}`],
    ['an escaped features key', `{"type":"FeatureCollection","f\\u0065atures":[${feature({}, { type: 'Point', coordinates: [-90, 14] })}]}`],
    ['a syntax error inside a feature', collection(['{"type":"Feature","properties":{"a":1,},"geometry":null}'])],
    ['a syntax error outside the features', `{"type":"FeatureCollection" "features":[${feature({}, { type: 'Point', coordinates: [-90, 14] })}]}`],
    ['nesting past the limit', collection([feature({ deep: JSON.parse('['.repeat(70) + ']'.repeat(70)) }, { type: 'Point', coordinates: [-90, 14] })])],
    ['another type', `{"type":"GeometryCollection","features":[${feature({}, { type: 'Point', coordinates: [-90, 14] })}]}`],
  ])('declines %s', (_, text) => {
    expect(readGeoJsonFast(decodeText(bytes(text), 'x.geojson'), 'x.geojson')).toBeNull();
  });
});

describe('featureSpans', () => {
  it('finds each feature, braces included, and the list’s brackets', () => {
    const a = feature({ s: 'a "quoted" ] } string' }, null);
    const b = feature({}, { type: 'Point', coordinates: [1, 2] });
    const text = ` {"features" :\n[ ${a} ,${b}], "type":"FeatureCollection"}`;
    const spans = featureSpans(text)!;
    expect(spans.starts.map((s, i) => text.slice(s, spans.ends[i]))).toEqual([a, b]);
    expect(text[spans.open]).toBe('[');
    expect(text[spans.close]).toBe(']');
  });

  it('keeps to the nesting limit inside a feature and in members as deep, strings with brackets and escapes included', () => {
    // Level 3 is a feature's own brace; `nest(k)` adds k levels below its properties' member.
    const nest = (k: number): unknown => (k === 0 ? 'x \\" ] } [ {' : [nest(k - 1)]);
    const at = (levels: number) => feature({ deep: nest(levels - 4) }, { type: 'Point', coordinates: [1, 2] });
    const crs = '{"type":"name","properties":{"name":"a ] } \\" [ {"}}';
    const ok = ` {"crs":${crs},"features":[${at(MAX_JSON_DEPTH)},${at(5)}],"bbox":[[0]],"type":"FeatureCollection"}`;
    const spans = featureSpans(ok)!;
    expect(spans.starts.map((s, i) => ok.slice(s, spans.ends[i]))).toEqual([at(MAX_JSON_DEPTH), at(5)]);
    expect(ok.slice(spans.open, spans.close + 1)).toBe(`[${at(MAX_JSON_DEPTH)},${at(5)}]`);
    expect(featureSpans(`{"features":[${at(MAX_JSON_DEPTH + 1)}],"type":"FeatureCollection"}`)).toBeNull();
    expect(featureSpans(`{"features":[${at(5)}],"crs":${JSON.stringify({ a: nest(MAX_JSON_DEPTH) })}}`)).toBeNull();
    // An unclosed string inside a feature, a feature not closed, a stray value after a feature.
    expect(featureSpans(`{"features":[{"properties":{"a":"b}]}`)).toBeNull();
    expect(featureSpans(`{"features":[{"properties":{"a":[1]}`)).toBeNull();
    expect(featureSpans(`{"features":[${at(5)} 1]}`)).toBeNull();
  });
});

/** The result, or the refusal (code, params and message). */
async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { code: err.code, params: { ...err.params }, message: err.message };
  }
}

const jsonFixtures = (['import', 'bad'] as const).flatMap((dir) =>
  readdirSync(new URL(`../../fixtures/${dir}/`, import.meta.url))
    .filter((f) => /\.(geo)?json$/.test(f))
    .map((f) => `${dir}/${f}`),
);

describe('every GeoJSON fixture through the import worker', () => {
  it.each(jsonFixtures)('%s arrives (or is refused) as importFile reads it', async (path) => {
    const data = new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
    const name = path.split('/')[1];
    const expected = await settle(() => importFile({ name, bytes: data }));
    const got = await settle(() => parseBytes(name, data.slice(), {} as Db, { createWorker: transferringWorker }));
    expect(got).toEqual(expected);
  });

  it('has fixtures the quick way takes and fixtures it declines', () => {
    const taken = jsonFixtures.filter((path) => {
      const data = new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));
      try {
        return readGeoJsonFast(decodeText(data, path), path) !== null;
      } catch {
        return false;
      }
    });
    expect(taken).toContain('import/municipios.geojson');
    expect(taken.length).toBeLessThan(jsonFixtures.length);
  });
});
