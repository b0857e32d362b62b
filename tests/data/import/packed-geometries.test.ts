/**
 * Packed geometries (the import worker's way of sending a layer's geometries): what arrives after
 * a structured clone that honours the transfer list is exactly what was packed — plain geometries
 * rebuilt, anything else sent as it is — and every layer fixture read through the worker path
 * equals the layer importFile reads directly.
 */
import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import { packGeometries, unpackGeometries } from '../../../src/lib/data/import/packed-geometries.ts';
import { parseBytes } from '../../../src/lib/state/parse-file.ts';
import { transferringWorker } from './transferring-worker.ts';

async function roundTrip(geometries: (Geometry | null)[]): Promise<(Geometry | null)[]> {
  const { packed, transfer } = packGeometries(geometries);
  const moved = structuredClone(packed, { transfer });
  expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
  let pauses = 0;
  const out = await unpackGeometries(moved, async () => void pauses++, 2);
  expect(pauses).toBe(Math.ceil(geometries.length / 2) - 1);
  return out;
}

const square = (x: number): number[][] => [
  [x, 0],
  [x + 1, 0],
  [x + 1, 1],
  [x, 0],
];

describe('packGeometries / unpackGeometries', () => {
  it('rebuilds points, multipoints, polygons with holes and multipolygons, 2D and 3D, and nulls', async () => {
    const gs: (Geometry | null)[] = [
      { type: 'Point', coordinates: [-90.5, 14.6] },
      null,
      { type: 'MultiPoint', coordinates: [[1, 2], [3, -0], [5, 6]] },
      { type: 'Polygon', coordinates: [square(0), square(0.25)] },
      { type: 'MultiPolygon', coordinates: [[square(2)], [square(4), square(4.5)]] },
      { type: 'Point', coordinates: [1, 2, 3] },
      { type: 'Polygon', coordinates: [square(7).map((p) => [...p, 100])] },
      { type: 'MultiPoint', coordinates: [] },
    ];
    const out = await roundTrip(gs);
    expect(out).toEqual(gs);
    expect(Object.is((out[2] as { coordinates: number[][] }).coordinates[1][1], -0)).toBe(true);
    expect(out.map((g) => g && Object.keys(g))).toEqual(gs.map((g) => g && ['type', 'coordinates']));
  });

  it('sends what is not plain as it is: foreign members, another key order, ragged or non-numeric positions, other types', async () => {
    const gs = [
      { type: 'Point', coordinates: [1, 2], bbox: [1, 2, 1, 2] },
      { coordinates: [1, 2], type: 'Point' },
      { type: 'Polygon', coordinates: [[[0, 0], [1, 0, 5], [1, 1], [0, 0]]] },
      { type: 'MultiPoint', coordinates: [[1, '2']] },
      { type: 'LineString', coordinates: [[0, 0], [1, 1]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }] },
      { type: 'Point', coordinates: [] },
    ] as unknown as Geometry[];
    const out = await roundTrip(gs);
    expect(out).toEqual(gs);
    expect(out.map((g) => g && Object.keys(g))).toEqual(gs.map((g) => Object.keys(g)));
  });
});

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

describe('a layer through the import worker', () => {
  it.each(['municipios.geojson', 'municipios-wgs84.geojson', 'two-objects.topojson', 'municipios-utm16n.zip', 'municipios-nad27-utm15n.zip', 'municipios-gtm-cp1252.zip'])(
    '%s arrives as importFile reads it',
    async (name) => {
      const expected = await importFile({ name, bytes: fixture(name) });
      const parsed = await parseBytes(name, fixture(name), {} as Db, { createWorker: transferringWorker });
      expect(parsed).toEqual(expected);
    },
  );
});
