/**
 * After a boundary import, the unit shapes in use give the map's lines, the names' points and the
 * hotspot weights: the pure parts, on the app's own boundary files and on the real-shaped 328-of-340
 * Guatemalan file (tests/fixtures/boundaries-real, OCHA/CONRED) with Sayaxché shrunk to a square.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, centroid, length } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { unitFeatures, type UnitFeature, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { outlinesFrom, type Outlines } from '../../src/lib/geo/boundaries.ts';
import { unitOutlines } from '../../src/lib/geo/unit-outlines.ts';
import { shapesInUse } from '../../src/lib/geo/shapes-in-use.ts';
import { labelPointsInUse } from '../../src/lib/geo/label-points-in-use.ts';
import { labelPoints } from '../../src/lib/geo/label-points.ts';
import { contiguityWeights, weightsOf } from '../../src/lib/data/contiguity-weights.ts';
import type { SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({ country: country as CountryCode, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology }));
const base = unitFeatures(topologies);
const ids = base.map((f) => f.properties.unit_id);
const file = JSON.parse(readFileSync('tests/fixtures/boundaries-real/gtm-328-of-340-municipios.geojson', 'utf8')) as FeatureCollection<Polygon>;
const SAYAXCHE = 'GT1710';
const sayaxche = file.features.find((f) => f.properties?.ADM2_PCODE === SAYAXCHE)!;
const [cx, cy] = centroid(sayaxche).geometry.coordinates;
const h = 0.05;
const square: Polygon = { type: 'Polygon', coordinates: [[[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]]] };
const shapes = new Map(file.features.map((f) => [f.properties!.ADM2_PCODE as string, f.properties!.ADM2_PCODE === SAYAXCHE ? square : f.geometry]));
/** The shapes in use after the import (as with-geometries.ts makes them: untouched units are the same objects). */
const inUse: UnitFeature[] = base.map((f) => (shapes.has(f.properties.unit_id) ? { ...f, geometry: shapes.get(f.properties.unit_id)! } : f));

const km = (o: Outlines, kind: keyof Outlines) => o[kind].features.reduce((s, f) => s + length(f), 0);
const rows = (w: SpatialWeights, id: string) => {
  const i = ids.indexOf(id);
  return [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])].map((j) => ids[j]).sort();
};

describe('unitOutlines: the lines of the shapes in use', () => {
  it('gives the default shapes the lines of the boundary files (each inner border from both sides)', () => {
    const mesh = outlinesFrom(topologies);
    const mine = unitOutlines(base);
    expect(km(mine, 'departments') / (2 * km(mesh, 'departments'))).toBeCloseTo(1, 1);
    expect(km(mine, 'municipios') / (2 * km(mesh, 'municipios'))).toBeCloseTo(1, 1);
    expect(km(mine, 'country') / km(mesh, 'country')).toBeGreaterThan(0.95);
    expect(km(mine, 'country') / km(mesh, 'country')).toBeLessThan(1.05);
  }, 60_000);

  it('classes each edge by the unit across it, within the tolerance, whatever the coordinates', () => {
    // Two departments side by side, A = {a1, a2} left, B = {b} right, B drawn 100 m off A's border.
    const d = 100 / 111_320;
    const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    const unit = (id: string, dept: string, ring: Position[]): UnitFeature => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { unit_id: id, country: 'GT', code: id, name: id, dept_code: dept, dept_name: dept, ine_code: '', index: 0 },
    });
    const o = unitOutlines([unit('a1', 'A', rect(0, 0, 0.1, 0.1)), unit('a2', 'A', rect(0, 0.1, 0.1, 0.2)), unit('b', 'B', rect(0.1 + d, 0, 0.2, 0.2))]);
    const xs = (kind: keyof Outlines) => o[kind].features.flatMap((f) => f.geometry.coordinates.flatMap((line) => line.map((p) => Math.round(p[0] * 1000) / 1000)));
    // The department border is drawn on both sides (x = 0.1 and 0.1 + 100 m), the municipio one at y = 0.1 only.
    expect(new Set(xs('departments'))).toEqual(new Set([0.1, 0.101]));
    for (const line of o.municipios.features.flatMap((f) => f.geometry.coordinates)) for (const p of line) expect(p[1]).toBeCloseTo(0.1, 9);
    expect(km(o, 'country')).toBeGreaterThan(0);
    // Beyond the tolerance the two departments do not touch: their facing sides are outer lines.
    expect(km(unitOutlines([unit('a1', 'A', rect(0, 0, 0.1, 0.1)), unit('b', 'B', rect(0.1 + d, 0, 0.2, 0.1))], 50), 'departments')).toBe(0);
  });

  it('after the import, draws no department line across the new shape of a unit', () => {
    const o = unitOutlines(inUse);
    for (const f of o.departments.features) {
      for (const line of f.geometry.coordinates) {
        for (let k = 1; k < line.length; k++) {
          const mid: Position = [(line[k - 1][0] + line[k][0]) / 2, (line[k - 1][1] + line[k][1]) / 2];
          expect(booleanPointInPolygon(mid, square), `a department line at ${mid.join(', ')} inside Sayaxché's new shape`).toBe(false);
        }
      }
    }
    // The square, with no unit within 500 m, is outlined as the country's edge.
    const corner = o.country.features.find((f) => f.properties.country === 'GT')!.geometry.coordinates.some((l) => l.some((p) => p[0] === cx - h && p[1] === cy - h));
    expect(corner).toBe(true);
  }, 60_000);
});

describe('labelPointsInUse: names on the shapes in use', () => {
  const points = labelPoints(topologies);
  it('is the labels file itself without an import', () => {
    expect(labelPointsInUse(points, base, base)).toBe(points);
  });
  it("puts a replaced unit's name on its new shape and keeps the others", () => {
    const moved = labelPointsInUse(points, base, inUse);
    const at = (p: typeof points, id: string) => p.units.find((u) => u[0] === id)!;
    const [, lon, lat, area] = at(moved, SAYAXCHE);
    expect(booleanPointInPolygon([lon, lat], square)).toBe(true);
    expect(area).toBeLessThan(at(points, SAYAXCHE)[3] / 10);
    expect(moved.units.length).toBe(points.units.length);
    expect(at(moved, 'HN0101')).toEqual(at(points, 'HN0101'));
    // Petén's point: inside one of its shapes in use, its area the sum of theirs.
    const peten = moved.departments.find((d) => d[0] === 'GT' && d[1] === '17')!;
    const members = inUse.filter((f) => f.properties.country === 'GT' && f.properties.dept_code === '17');
    expect(members.some((f) => booleanPointInPolygon([peten[2], peten[3]], f.geometry))).toBe(true);
    expect(peten[4]).toBeLessThan(points.departments.find((d) => d[0] === 'GT' && d[1] === '17')![4]);
  });
});

describe('shapesInUse: the hotspot weights of the shapes in use', () => {
  it('gives the boundary files’ weights for the default shapes', () => {
    for (const contiguity of ['queen', 'rook'] as const) {
      const w = contiguityWeights(topologies, { contiguity, snapMeters: 500 });
      const g = weightsOf(shapesInUse(base, base), { contiguity, snapMeters: 500 });
      expect([...g.offsets]).toEqual([...w.offsets]);
      expect([...g.neighbors]).toEqual([...w.neighbors]);
    }
  }, 60_000);

  it('gives the new neighbours after the import: Sayaxché’s square has none, its old neighbours lose it', () => {
    const before = contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 });
    const after = weightsOf(shapesInUse(base, inUse), { contiguity: 'queen', snapMeters: 500 });
    const old = rows(before, SAYAXCHE);
    expect(old.length).toBeGreaterThan(3);
    expect(rows(after, SAYAXCHE)).toEqual([]);
    for (const id of old) expect(rows(after, id)).not.toContain(SAYAXCHE);
    // The imported shapes (simplified one by one) are still neighbours of each other and of the default ones.
    expect(rows(after, 'GT0101').length).toBeGreaterThan(3);
    const f: Feature = inUse[ids.indexOf('GT0201')];
    expect(f).toBe(base[ids.indexOf('GT0201')]); // El Progreso is not in the file: its default shape stays
    expect(rows(after, 'GT0201').length).toBeGreaterThan(2);
  }, 60_000);
});
