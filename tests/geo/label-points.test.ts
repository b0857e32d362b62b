import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2, labelPoint } from '../../src/lib/geo/label-point.ts';
import { labelPoints } from '../../src/lib/geo/label-points.ts';
import { buildPointIndex } from '../../src/lib/geo/point-index.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { COUNTRIES } from '../../src/lib/data/dataset-files.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('labelPoint: the pole of inaccessibility', () => {
  it('is the centre of a square, its clearance half the side', () => {
    const p = labelPoint({ type: 'Polygon', coordinates: [rect(0, 0, 0.1, 0.1)] })!;
    expect(p.lon).toBeCloseTo(0.05, 3);
    expect(p.lat).toBeCloseTo(0.05, 3);
    expect(p.clearance).toBeCloseTo(0.05, 3);
  });

  it('stays inside a C shape whose centre and centroid are outside', () => {
    // A 3×3 block with its middle and right-middle cut out: the bounding-box centre (1.5, 1.5) is in the cut.
    const c: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]] };
    const p = labelPoint(c)!;
    expect(booleanPointInPolygon([p.lon, p.lat], c)).toBe(true);
    // The widest part is the left bar (1 wide) where it meets the top or bottom arm: clearance 0.5 or a bit more.
    expect(p.clearance).toBeGreaterThanOrEqual(0.49);
    expect(p.lon).toBeLessThan(1.5);
  });

  it('avoids a hole in the middle', () => {
    const ring: Polygon = { type: 'Polygon', coordinates: [rect(0, 0, 4, 4), rect(1, 1, 3, 3)] };
    const p = labelPoint(ring)!;
    expect(booleanPointInPolygon([p.lon, p.lat], ring)).toBe(true);
    // Near a corner, on the diagonal: as far from the outer edges as from the hole's corner, 2 − √2.
    expect(p.clearance).toBeCloseTo(2 - Math.SQRT2, 1);
  });

  it('takes the biggest part of a multipolygon', () => {
    const m: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 0.2, 0.2)], [rect(1, 0, 2, 1)]] };
    const p = labelPoint(m)!;
    expect(p.lon).toBeCloseTo(1.5, 2);
    expect(p.lat).toBeCloseTo(0.5, 2);
  });

  it('gives nothing for a polygon without area', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toBeNull();
  });
});

describe('areaKm2', () => {
  it('is about 12,390 km² for a degree square on the equator, less a hole', () => {
    expect(areaKm2({ type: 'Polygon', coordinates: [rect(0, 0, 1, 1)] })).toBeCloseTo(12392, -2);
    expect(areaKm2({ type: 'Polygon', coordinates: [rect(0, 0, 1, 1), rect(0.25, 0.25, 0.75, 0.75)] })).toBeCloseTo(12392 * 0.75, -2);
  });
});

describe('labelPoints on the default boundary files', () => {
  const topologies = COUNTRIES.map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology }));
  const features = unitFeatures(topologies);
  const points = labelPoints(topologies);
  // An index independent of the label search: turf-tested point-in-polygon over the same polygons.
  const index = buildPointIndex(features.map((f) => f.geometry));

  it('puts every municipio name inside its municipio', () => {
    expect(points.units.map((u) => u[0])).toEqual(features.map((f) => f.properties.unit_id));
    const outside = points.units.filter(([, lon, lat], i) => index.locate(lon, lat) !== i);
    expect(outside).toEqual([]);
  });

  it('puts every department name inside a municipio of that department', () => {
    const depts = new Set(features.map((f) => `${f.properties.country}|${f.properties.dept_code}`));
    expect(new Set(points.departments.map(([c, code]) => `${c}|${code}`))).toEqual(depts);
    for (const [country, code, lon, lat] of points.departments) {
      const unit = features[index.locate(lon, lat)];
      expect(unit?.properties.country, `${country} ${code}`).toBe(country);
      expect(unit?.properties.dept_code, `${country} ${code}`).toBe(code);
    }
  });

  it('gives each place its area: 22 departments in Guatemala, its municipios summing to its area', () => {
    expect(points.departments.filter(([c]) => c === 'GT')).toHaveLength(22);
    const gtUnits = points.units.filter(([id]) => id.startsWith('GT')).reduce((s, u) => s + u[3], 0);
    const gtDepts = points.departments.filter(([c]) => c === 'GT').reduce((s, d) => s + d[4], 0);
    // Guatemala is about 108,900 km².
    expect(gtDepts).toBeGreaterThan(100_000);
    expect(gtDepts).toBeLessThan(115_000);
    expect(Math.abs(gtUnits - gtDepts) / gtDepts).toBeLessThan(0.001);
  });
});
