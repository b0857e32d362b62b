import { sortedFinite } from './sorted-finite.ts';

/**
 * Multiple testing of the local statistics: the p threshold at which a unit counts as significant
 * (p ≤ threshold), over the m finite p-values (NaN = not tested, not counted).
 *
 * - none: α.
 * - Bonferroni: α / m.
 * - Benjamini–Hochberg false discovery rate (Benjamini & Hochberg 1995), as esda's `fdr`: with
 *   p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted, the largest k with p₍ₖ₎ ≤ k·α/m; the threshold reported is k·α/m (what
 *   esda returns; "p ≤ k·α/m" rejects exactly p₍₁₎ … p₍ₖ₎). When no k qualifies, α/m (esda's
 *   fallback, which then rejects nothing). esda compares with "<" where BH's rule — used here — has
 *   "≤"; they differ only when a p-value equals k·α/m exactly.
 */
export type Correction = 'none' | 'fdr' | 'bonferroni';

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`significance level must be in (0, 1), got ${alpha}`);
}

/** α / m (α when there is no finite p-value). */
export function bonferroniThreshold(p: ArrayLike<number>, alpha: number): number {
  checkAlpha(alpha);
  let m = 0;
  for (let i = 0; i < p.length; i++) if (Number.isFinite(p[i])) m++;
  return m > 0 ? alpha / m : alpha;
}

/** Benjamini–Hochberg threshold k·α/m (α/m when no p-value qualifies; α when there is none). */
export function fdrThreshold(p: ArrayLike<number>, alpha: number): number {
  checkAlpha(alpha);
  const sorted = sortedFinite(p);
  const m = sorted.length;
  if (m === 0) return alpha;
  for (let k = m; k >= 1; k--) {
    const critical = (k * alpha) / m;
    if (sorted[k - 1] <= critical) return critical;
  }
  return alpha / m;
}

/** The threshold for a correction. */
export function significanceThreshold(p: ArrayLike<number>, alpha: number, correction: Correction): number {
  if (correction === 'fdr') return fdrThreshold(p, alpha);
  if (correction === 'bonferroni') return bonferroniThreshold(p, alpha);
  if (correction === 'none') {
    checkAlpha(alpha);
    return alpha;
  }
  throw new Error(`unknown multiple-testing correction '${String(correction)}'`);
}
