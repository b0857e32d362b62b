import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { closedPolygonContains } from '../../src/lib/geo/closed-polygon-contains.ts';
import { buildPointIndex } from '../../src/lib/geo/point-index.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const features = unitFeatures(
  (['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology })),
);

describe('closedPolygonContains', () => {
  it('answers as a one-unit point index for every unit of the app: vertices, edge midpoints, box corners and points inside the box', () => {
    let seed = 99;
    const u = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let inside = 0;
    let onBoundary = 0;
    let tested = 0;
    const differ: string[] = [];
    for (const [i, f] of features.entries()) {
      const g = f.geometry as Polygon | MultiPolygon;
      const index = buildPointIndex([g]);
      const [w, s, e, n] = index.bbox;
      const ring = (g.type === 'Polygon' ? g.coordinates : g.coordinates[0])[0];
      const points: [number, number][] = [
        [w, s],
        [e, n],
        [(w + e) / 2, (s + n) / 2],
      ];
      for (let k = 0; k < 6; k++) {
        const a = ring[Math.floor(u() * (ring.length - 1))];
        const b = ring[ring.indexOf(a) + 1];
        points.push([a[0], a[1]], [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], [a[0], (a[1] + b[1]) / 2]);
      }
      for (let k = 0; k < 12; k++) points.push([w + u() * (e - w), s + u() * (n - s)]);
      for (const [x, y] of points) {
        const want = index.locate(x, y) === 0;
        const got = closedPolygonContains(g, x, y);
        tested++;
        if (want) inside++;
        if (want && ring.some((p) => p[0] === x && p[1] === y)) onBoundary++;
        if (got !== want) differ.push(`unit ${i} (${x}, ${y}): index ${want}, direct ${got}`);
      }
    }
    expect(differ).toEqual([]);
    // The points are not all on one side: both answers and the boundary rule are exercised.
    expect(inside).toBeGreaterThan(tested / 4);
    expect(inside).toBeLessThan(tested);
    expect(onBoundary).toBeGreaterThan(features.length);
  });

  it('takes open rings and holes as the index does, and refuses what the index refuses', () => {
    const holed: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [4, 0], [4, 4], [0, 4]],
        [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]],
      ],
    };
    for (const [x, y] of [[0.5, 0.5], [2, 2], [1, 2], [4, 2], [0, 0], [5, 2], [3, 3], [2, 4]]) {
      expect(closedPolygonContains(holed, x, y)).toBe(buildPointIndex([holed]).locate(x, y) === 0);
    }
    expect(closedPolygonContains(holed, 2, 2)).toBe(false);
    expect(closedPolygonContains(holed, 4, 2)).toBe(true);
    expect(() => closedPolygonContains({ type: 'Polygon', coordinates: [[[0, 0], [NaN, 1], [1, 1]]] }, 0.5, 0.5)).toThrow(/non-finite/);
    expect(() => closedPolygonContains({ type: 'Point', coordinates: [0, 0] } as unknown as Polygon, 0, 0)).toThrow(/Polygon or MultiPolygon/);
  });
});
