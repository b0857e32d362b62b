/**
 * Cronbach's alpha (Cronbach 1951) of a set of columns, as COINr's `get_cronbach` computes it: from
 * the covariance matrix C of the columns (each entry over its pairwise complete observations, R's
 * `cov(use = "pairwise.complete.obs")`, denominator n − 1),
 *
 *   alpha = k / (k − 1) · (1 − trace(C) / sum(C)).
 *
 * NaN with fewer than 2 columns or when some covariance cannot be computed (fewer than 2 complete
 * pairs).
 */
import { completePairs } from './correlation.ts';

/** Sample covariance (n − 1) of `x` and `y` over their complete pairs; NaN with fewer than 2. */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const p = completePairs(x, y);
  const n = p.x.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += p.x[i];
    my += p.y[i];
  }
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (p.x[i] - mx) * (p.y[i] - my);
  return s / (n - 1);
}

/** Alpha from a covariance matrix (k × k, symmetric). */
export function cronbachAlphaFromCovariance(c: readonly (readonly number[])[]): number {
  const k = c.length;
  if (k < 2) return NaN;
  let trace = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    trace += c[i][i];
    for (let j = 0; j < k; j++) total += c[i][j];
  }
  return (k / (k - 1)) * (1 - trace / total);
}

/** Alpha of `columns` (each aligned to the same units; NaN = missing). */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number {
  const k = columns.length;
  const c = Array.from({ length: k }, () => new Array<number>(k).fill(NaN));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) c[i][j] = c[j][i] = covariance(columns[i], columns[j]);
  }
  return cronbachAlphaFromCovariance(c);
}
