import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { boundariesFromImport } from '../../../src/lib/data/import/apply-boundaries.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import { report, table } from './apply-fixtures.ts';

function square(x: number, y: number): Geometry {
  return { type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] };
}

function layer(geometries: (Geometry | null)[], kind: RawLayer['geometryKind'] = 'polygon', bbox: RawLayer['bbox'] = [-91, 14, -88, 16]): RawLayer {
  const t = table('munis.geojson', ['code'], geometries.map((_, i) => [`0${101 + i}`]));
  return { ...t, read: { format: 'geojson' }, geometries, geometryKind: kind, bbox };
}

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('boundariesFromImport', () => {
  it('gives each matched unit its feature, skipping features without geometry', () => {
    const g = [square(-90.5, 14.6), null, square(-89, 15)];
    const l = layer(g);
    const before = structuredClone(l);
    const out = boundariesFromImport(l, report({ 0: 'GT0101', 1: 'GT0102', 2: 'GT0103' }));
    expect([...out.keys()]).toEqual(['GT0101', 'GT0103']);
    expect(out.get('GT0103')).toEqual(square(-89, 15));
    expect(l).toEqual(before);
  });

  it('refuses points, lines or a mix', () => {
    const pts = layer([{ type: 'Point', coordinates: [-90, 15] }], 'point');
    expect(caught(() => boundariesFromImport(pts, report({ 0: 'GT0101' }))).code).toBe('wrong-geometry');
    const mixed = layer([{ type: 'LineString', coordinates: [[-90, 15], [-89, 15]] }], 'mixed');
    expect(caught(() => boundariesFromImport(mixed, report({ 0: 'GT0101' }))).code).toBe('wrong-geometry');
  });

  it('refuses coordinates that are not degrees, and exchanged ones', () => {
    expect(caught(() => boundariesFromImport(layer([square(0, 0)], 'polygon', [478000, 1560000, 479000, 1561000]), report({ 0: 'GT0101' }))).code).toBe('coordinates-out-of-range');
    expect(caught(() => boundariesFromImport(layer([square(0, 0)], 'polygon', [13.5, -91, 16, -88]), report({ 0: 'GT0101' }))).code).toBe('swapped-coordinates');
  });

  it('refuses two shapes for one unit, and a layer that matched nothing', () => {
    const l = layer([square(-90, 15), square(-90, 15)]);
    const dup = report({ 0: 'GT0101', 1: 'GT0101' }, { duplicates: [{ target: 'GT0101', unitId: 'GT0101', rows: [0, 1] }] });
    expect(caught(() => boundariesFromImport(l, dup)).params).toMatchObject({ unit: 'GT0101', row: 2, row2: 3 });
    const distritos = report({});
    distritos.matched = [
      { row: 0, target: 'SVD0614', unitId: 'SV06001', method: 'code', score: 1 },
      { row: 1, target: 'SVD0615', unitId: 'SV06001', method: 'code', score: 1 },
    ];
    expect(caught(() => boundariesFromImport(l, distritos)).code).toBe('duplicate-keys');
    expect(caught(() => boundariesFromImport(l, report({}))).code).toBe('no-match');
  });
});
