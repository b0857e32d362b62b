/**
 * Geometry of the Moran scatterplot (Anselin 1996): each tested unit at (z, lag), z its value
 * standardised over the units with a value (sample standard deviation, as GeoDa and the hotspot
 * engine's standardise.ts) and lag the
 * row-standardised average of its neighbours' z. The slope of the least-squares line through the
 * points is the global Moran's I (exactly, when no unit is an island); the four quadrants are the
 * high–high, low–low, low–high and high–low associations.
 */

export interface ScatterPoint {
  /** Unit index (row of every column). */
  unit: number;
  x: number;
  y: number;
  /** Cluster code of the unit (see hotspot-colours.ts). */
  cluster: number;
}

export type Quadrant = 'HH' | 'LL' | 'LH' | 'HL';

/** (x − mean) / sd over the finite values, sd the sample standard deviation; NaN stays NaN (all NaN when sd is 0). */
export function standardise(values: ArrayLike<number>): Float64Array {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) ss += (v - mean) ** 2;
  }
  const sd = Math.sqrt(ss / (n - 1));
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isFinite(v) && sd > 0 ? (v - mean) / sd : NaN;
  }
  return out;
}

/** The points to draw: units with a finite z and lag that are not islands (`isIsland`), in unit order. */
export function scatterPoints(z: ArrayLike<number>, lag: ArrayLike<number>, cluster: ArrayLike<number>, isIsland: (code: number) => boolean): ScatterPoint[] {
  const out: ScatterPoint[] = [];
  for (let i = 0; i < z.length; i++) {
    if (!Number.isFinite(z[i]) || !Number.isFinite(lag[i]) || isIsland(cluster[i])) continue;
    out.push({ unit: i, x: z[i], y: lag[i], cluster: cluster[i] });
  }
  return out;
}

/** Least-squares line y = intercept + slope·x through the points (slope NaN with fewer than two distinct x). */
export function leastSquares(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.x;
    my += p.y;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  return { slope, intercept: my - slope * mx };
}

/** Quadrant of a point: H/L for the unit's own value, then for its neighbours' (a zero counts as high). */
export function quadrant(x: number, y: number): Quadrant {
  return x >= 0 ? (y >= 0 ? 'HH' : 'HL') : y >= 0 ? 'LH' : 'LL';
}

/**
 * Half-width of a square plot window centred on (0, 0) that holds every point with a margin of
 * 8%: the axes cross at the means, as in GeoDa. At least 1 (one standard deviation).
 */
export function symmetricExtent(points: readonly { x: number; y: number }[]): number {
  let m = 0;
  for (const p of points) m = Math.max(m, Math.abs(p.x), Math.abs(p.y));
  return Math.max(1, m * 1.08);
}

/**
 * The units whose point lies in the box [x0, x1] × [y0, y1] (corners in any order), as a mask of
 * length `n` (1 = inside).
 */
export function pointsInBox(points: readonly ScatterPoint[], n: number, x0: number, x1: number, y0: number, y1: number): Uint8Array {
  const [xa, xb] = x0 <= x1 ? [x0, x1] : [x1, x0];
  const [ya, yb] = y0 <= y1 ? [y0, y1] : [y1, y0];
  const mask = new Uint8Array(n);
  for (const p of points) if (p.x >= xa && p.x <= xb && p.y >= ya && p.y <= yb) mask[p.unit] = 1;
  return mask;
}
