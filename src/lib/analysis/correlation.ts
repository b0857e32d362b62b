/**
 * Correlation of two columns over their pairwise complete observations (units where both are
 * finite), as R's `cor(x, y, use = "pairwise.complete.obs")` and COINr's `get_corr` compute it:
 * Pearson's product-moment coefficient, or Spearman's rho = Pearson's coefficient of the average
 * ranks (ties share their mean rank) of the complete pairs. NaN with fewer than 2 complete pairs
 * or when either column has no spread over them (R returns NA there).
 */
import { averageRanks } from './average-ranks.ts';

/** The complete pairs of `x` and `y` (same length), compacted. */
export function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): { x: Float64Array; y: Float64Array } {
  if (x.length !== y.length) throw new Error(`correlation: columns of ${x.length} and ${y.length} values`);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(y[i])) {
      a.push(x[i]);
      b.push(y[i]);
    }
  }
  return { x: Float64Array.from(a), y: Float64Array.from(b) };
}

/** Pearson's r of two columns without missing values. */
function pearsonComplete(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0 && syy > 0)) return NaN;
  // Rounding can push |r| a hair past 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Pearson's product-moment correlation over the complete pairs. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const p = completePairs(x, y);
  return pearsonComplete(p.x, p.y);
}

/** Spearman's rank correlation over the complete pairs (average ranks for ties). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const p = completePairs(x, y);
  return pearsonComplete(averageRanks(p.x), averageRanks(p.y));
}

/** Number of complete pairs. */
export function completeCount(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) n++;
  return n;
}
