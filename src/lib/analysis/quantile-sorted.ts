/**
 * The p-quantile of values already sorted ascending, by definition 7 of Hyndman & Fan (1996), the
 * default of R's `quantile()` and of NumPy, and the rule `d3.quantileSorted` uses:
 *
 *   h = (n − 1)·p,   Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
 *
 * (0-based x). `Q(0)` is the minimum and `Q(1)` the maximum; between order statistics it
 * interpolates linearly, so a quantile need not be one of the values.
 *
 * Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages",
 * The American Statistician 50(4):361–365, 1996, definition 7.
 *
 * @param sorted - finite values in ascending order (see `sortedFinite`); not checked.
 * @param p - probability in [0, 1]; values outside are clamped to the ends.
 * @returns the quantile, or `NaN` when `sorted` is empty or `p` is `NaN`.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return NaN;
  if (p <= 0 || n === 1) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo];
  return a + (h - lo) * (sorted[lo + 1] - a);
}
