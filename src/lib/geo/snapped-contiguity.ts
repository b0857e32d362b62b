import { SegmentGrid } from './segment-grid.ts';
import { overlappingBoxes } from './overlapping-boxes.ts';
import type { PairSet } from './pair-set.ts';

/** Metres per degree of latitude (mean Earth radius 6,371,008.8 m). */
export const METRES_PER_DEGREE = (6371008.8 * Math.PI) / 180;

export interface SnapOptions {
  /** Rook: a shared stretch of border is needed; queen: coming within the tolerance anywhere is enough. */
  rook: boolean;
  /** Tolerance in metres (> 0). */
  snapMeters: number;
  /** Source of each unit: only units of different sources are snapped. All pairs when omitted. */
  source?: ArrayLike<number>;
}

/** [minLon, minLat, maxLon, maxLat] of a unit's rings, widened by `metres` on every side. */
function widenedBox(rings: readonly Float64Array[], metres: number): number[] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rings) {
    for (let k = 0; k < r.length; k += 2) {
      if (r[k] < x0) x0 = r[k];
      if (r[k] > x1) x1 = r[k];
      if (r[k + 1] < y0) y0 = r[k + 1];
      if (r[k + 1] > y1) y1 = r[k + 1];
    }
  }
  if (!(x0 <= x1)) return [NaN, NaN, NaN, NaN];
  const dLat = metres / METRES_PER_DEGREE;
  const cos = Math.max(1e-6, Math.cos(((Math.max(Math.abs(y0), Math.abs(y1)) + dLat) * Math.PI) / 180));
  const dLon = metres / (METRES_PER_DEGREE * cos);
  return [x0 - dLon, y0 - dLat, x1 + dLon, y1 + dLat];
}

/** A local equirectangular projection to metres around (lon0, lat0). */
interface Frame {
  lon0: number;
  lat0: number;
  kx: number;
}

const inBox = (box: ArrayLike<number>, ax: number, ay: number, bx: number, by: number) =>
  Math.max(ax, bx) >= box[0] && Math.min(ax, bx) <= box[2] && Math.max(ay, by) >= box[1] && Math.min(ay, by) <= box[3];

/** The unit's segments meeting `box` (lon/lat), projected to the frame, as [x0, y0, x1, y1, …]. */
function segmentsIn(rings: readonly Float64Array[], box: ArrayLike<number>, f: Frame): Float64Array {
  const out: number[] = [];
  for (const r of rings) {
    for (let k = 0; k + 3 < r.length; k += 2) {
      if (!inBox(box, r[k], r[k + 1], r[k + 2], r[k + 3])) continue;
      out.push((r[k] - f.lon0) * f.kx, (r[k + 1] - f.lat0) * METRES_PER_DEGREE);
      out.push((r[k + 2] - f.lon0) * f.kx, (r[k + 3] - f.lat0) * METRES_PER_DEGREE);
    }
  }
  return Float64Array.from(out);
}

/** A grid over `segments` with cells no smaller than the tolerance nor than an average segment. */
function gridOf(segments: Float64Array, t: number): SegmentGrid {
  let sum = 0;
  for (let s = 0; s < segments.length; s += 4) sum += Math.hypot(segments[s + 2] - segments[s], segments[s + 3] - segments[s + 1]);
  const mean = segments.length > 0 ? sum / (segments.length / 4) : 0;
  return new SegmentGrid(segments, Math.max(t, mean));
}

/** Queen: some segment of A within t of some segment of B. */
function comesWithin(ringsA: readonly Float64Array[], boxB: ArrayLike<number>, gridB: SegmentGrid, f: Frame, t: number): boolean {
  const t2 = t * t;
  for (const r of ringsA) {
    for (let k = 0; k + 3 < r.length; k += 2) {
      if (!inBox(boxB, r[k], r[k + 1], r[k + 2], r[k + 3])) continue;
      const ax = (r[k] - f.lon0) * f.kx;
      const ay = (r[k + 1] - f.lat0) * METRES_PER_DEGREE;
      const bx = (r[k + 2] - f.lon0) * f.kx;
      const by = (r[k + 3] - f.lat0) * METRES_PER_DEGREE;
      if (gridB.segmentNear(ax, ay, bx, by, t2)) return true;
    }
  }
  return false;
}

/** True when the farthest two of the points [x, y, …] are more than `d` apart. */
function spansMoreThan(xy: number[], d: number): boolean {
  const d2 = d * d;
  for (let i = 0; i < xy.length; i += 2) {
    for (let j = xy.length - 2; j > i; j -= 2) {
      const dx = xy[j] - xy[i];
      const dy = xy[j + 1] - xy[i + 1];
      if (dx * dx + dy * dy > d2) return true;
    }
  }
  return false;
}

/**
 * Rook: walking A's boundary in steps of at most t/4, some run of consecutive points all within t
 * of B has two points more than 2t apart. Points within t of a single touching point lie in a disc
 * of diameter 2t, so a corner touch never passes; a shared stretch of border longer than about 2t does.
 */
function sharesStretch(ringsA: readonly Float64Array[], boxB: ArrayLike<number>, gridB: SegmentGrid, f: Frame, t: number): boolean {
  const t2 = t * t;
  const step = t / 4;
  for (const r of ringsA) {
    const runs: number[][] = [];
    let run: number[] | null = null;
    let startsInRun = false;
    const close = () => {
      if (run) runs.push(run);
      run = null;
    };
    for (let k = 0; k + 3 < r.length; k += 2) {
      if (!inBox(boxB, r[k], r[k + 1], r[k + 2], r[k + 3])) {
        if (k === 0) startsInRun = false;
        close();
        continue;
      }
      const ax = (r[k] - f.lon0) * f.kx;
      const ay = (r[k + 1] - f.lat0) * METRES_PER_DEGREE;
      const bx = (r[k + 2] - f.lon0) * f.kx;
      const by = (r[k + 3] - f.lat0) * METRES_PER_DEGREE;
      const m = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
      for (let q = 0; q < m; q++) {
        const x = ax + ((bx - ax) * q) / m;
        const y = ay + ((by - ay) * q) / m;
        if (gridB.pointNear(x, y, t2)) {
          if (!run) run = [];
          if (k === 0 && q === 0) startsInRun = true;
          run.push(x, y);
        } else {
          close();
        }
      }
    }
    // The ring is closed: a run reaching its end continues with the run it started with.
    if (run && startsInRun && runs.length > 0) {
      (run as number[]).push(...runs.shift()!);
    }
    close();
    for (const x of runs) if (spansMoreThan(x, 2 * t)) return true;
  }
  return false;
}

/**
 * Adds to `pairs` the units whose boundaries come within `snapMeters` of each other (queen), or
 * share a stretch of border within that tolerance (rook), measured in metres on a local
 * equirectangular projection centred on each pair. Units are given as lon/lat rings (see
 * polygonRings). Candidate pairs come from a grid of boxes widened by the tolerance; pairs already
 * in `pairs` are not tested again.
 */
export function snappedContiguity(units: readonly (readonly Float64Array[])[], pairs: PairSet, options: SnapOptions): void {
  const t = options.snapMeters;
  if (!(t > 0)) return;
  const n = units.length;
  const boxes = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) boxes.set(widenedBox(units[i], t), 4 * i);
  const source = options.source;
  const candidates = overlappingBoxes(boxes, (i, j) => (!source || source[i] !== source[j]) && !pairs.has(i, j));
  for (let c = 0; c < candidates.length; c += 2) {
    const a = candidates[c];
    const b = candidates[c + 1];
    const boxA = boxes.subarray(4 * a, 4 * a + 4);
    const boxB = boxes.subarray(4 * b, 4 * b + 4);
    const lat0 = (Math.max(boxA[1], boxB[1]) + Math.min(boxA[3], boxB[3])) / 2;
    const lon0 = (Math.max(boxA[0], boxB[0]) + Math.min(boxA[2], boxB[2])) / 2;
    const f: Frame = { lon0, lat0, kx: METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180) };
    const segB = segmentsIn(units[b], boxA, f);
    if (segB.length === 0) continue;
    const gridB = gridOf(segB, t);
    let linked: boolean;
    if (!options.rook) {
      linked = comesWithin(units[a], boxB, gridB, f, t);
    } else {
      linked = sharesStretch(units[a], boxB, gridB, f, t);
      if (!linked) {
        const segA = segmentsIn(units[a], boxB, f);
        linked = segA.length > 0 && sharesStretch(units[b], boxA, gridOf(segA, t), f, t);
      }
    }
    if (linked) pairs.add(a, b);
  }
}
