/**
 * Places points (longitude, latitude) in the units of a {@link PointIndex}, reporting what could not
 * be placed: points outside every unit, points whose coordinates are missing, and points whose
 * latitude and longitude look swapped. A swapped point is REPORTED, never silently fixed: it stays
 * unplaced, with the unit it would fall in once swapped given beside it.
 */
import type { BBox, PointIndex } from './point-index.ts';

/** Outcome of placing one point. */
export const POINT_STATUS = {
  /** Inside a unit (`unit[i]` is its index). */
  placed: 0,
  /** Finite coordinates, outside every unit, and not a plausible swap. */
  outside: 1,
  /** Outside every unit, but (lat, lon) read the other way round falls inside one (`swappedUnit[i]`). */
  swapped: 2,
  /** Longitude or latitude missing or not finite. */
  missing: 3,
} as const;
export type PointStatus = (typeof POINT_STATUS)[keyof typeof POINT_STATUS];

/**
 * Central America's bounding box `[west, south, east, north]` in degrees (Guatemala's western tip
 * near −92.3°, Panama's eastern border near −77.2°, Panama's south coast near 7.2°, Belize's and
 * Guatemala's north near 18.5°), with a little margin. A swapped pair is considered only when its
 * swap lands in this box.
 */
export const CENTRAL_AMERICA_BBOX: Readonly<BBox> = [-93, 7, -77, 19];

export interface PointPlacement {
  /** Unit index of each point, −1 when not placed. */
  unit: Int32Array;
  /** {@link POINT_STATUS} of each point. */
  status: Uint8Array;
  /** For a swapped point, the unit its swap falls in (reported, not used); −1 otherwise. */
  swappedUnit: Int32Array;
  counts: { placed: number; outside: number; swapped: number; missing: number };
}

const inBox = (b: Readonly<BBox>, x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/**
 * Places point i at (`lon[i]`, `lat[i]`) with `index.locate`. A point outside every unit whose swap
 * (lat as longitude, lon as latitude) lies in {@link CENTRAL_AMERICA_BBOX} and inside a unit is
 * marked `swapped`. NaN coordinates are `missing`.
 */
export function placePoints(index: PointIndex, lon: ArrayLike<number>, lat: ArrayLike<number>): PointPlacement {
  const n = lon.length;
  if (lat.length !== n) throw new Error(`placePoints: ${n} longitudes but ${lat.length} latitudes`);
  const unit = new Int32Array(n).fill(-1);
  const status = new Uint8Array(n);
  const swappedUnit = new Int32Array(n).fill(-1);
  const counts = { placed: 0, outside: 0, swapped: 0, missing: 0 };
  for (let i = 0; i < n; i++) {
    const x = lon[i];
    const y = lat[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      status[i] = POINT_STATUS.missing;
      counts.missing++;
      continue;
    }
    const u = index.locate(x, y);
    if (u >= 0) {
      unit[i] = u;
      status[i] = POINT_STATUS.placed;
      counts.placed++;
      continue;
    }
    const s = inBox(CENTRAL_AMERICA_BBOX, y, x) ? index.locate(y, x) : -1;
    if (s >= 0) {
      swappedUnit[i] = s;
      status[i] = POINT_STATUS.swapped;
      counts.swapped++;
    } else {
      status[i] = POINT_STATUS.outside;
      counts.outside++;
    }
  }
  return { unit, status, swappedUnit, counts };
}
