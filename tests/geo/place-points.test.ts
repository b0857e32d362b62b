import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildPointIndex } from '../../src/lib/geo/point-index.ts';
import { placePoints, POINT_STATUS } from '../../src/lib/geo/place-points.ts';

// Two "municipios" in Guatemala-like coordinates: lon −90…−89 and −89…−88, lat 14…15.
const sq = (x0: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, 14], [x0 + 1, 14], [x0 + 1, 15], [x0, 15], [x0, 14]]] });
const idx = buildPointIndex([sq(-90), sq(-89)]);

describe('placePoints', () => {
  it('places, reports outside, swapped and missing points, and never fixes a swap', () => {
    const lon = [-89.5, -88.5, -89, 14.5, 14.5, -70, NaN, -89.5];
    const lat = [14.5, 14.5, 14.5, -89.5, 45, 14.5, 14.5, NaN];
    const p = placePoints(idx, lon, lat);
    expect(Array.from(p.unit)).toEqual([0, 1, 0, -1, -1, -1, -1, -1]);
    expect(Array.from(p.status)).toEqual([
      POINT_STATUS.placed, POINT_STATUS.placed, POINT_STATUS.placed, // border point to the lower index
      POINT_STATUS.swapped, // (14.5, −89.5) read the other way round is in unit 0
      POINT_STATUS.outside, // its swap (45, 14.5) is far from Central America
      POINT_STATUS.outside,
      POINT_STATUS.missing, POINT_STATUS.missing,
    ]);
    expect(Array.from(p.swappedUnit)).toEqual([-1, -1, -1, 0, -1, -1, -1, -1]);
    expect(p.counts).toEqual({ placed: 3, outside: 2, swapped: 1, missing: 2 });
  });

  it('does not call a swap what would fall outside every unit once swapped', () => {
    const p = placePoints(idx, [14.5], [-80]); // swap (−80, 14.5) is in Central America's box but in no unit
    expect(p.status[0]).toBe(POINT_STATUS.outside);
  });

  it('refuses columns of different lengths', () => {
    expect(() => placePoints(idx, [1, 2], [1])).toThrow(/2 longitudes but 1 latitudes/);
  });
});
