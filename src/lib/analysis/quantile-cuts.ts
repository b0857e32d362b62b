import { quantileSorted } from './quantile-sorted.ts';
import { sortedFinite } from './sorted-finite.ts';

/**
 * The `k − 1` interior cut points that split the finite values into `k` quantile classes: the j/k
 * quantiles (j = 1 … k − 1) by definition 7 of Hyndman & Fan (1996), as `d3.quantile` (see
 * `quantileSorted`). Unlike `quantileBreaks` (which returns the class bounds `[min, …, max]` and
 * merges empty classes), nothing is collapsed: the class of v is the number of cuts strictly below
 * it (`classOf`), so equal values always share a class (ties never split) and a class may be empty
 * when many values tie. Used for the coverage and bivariate classes (docs/METHODS.md §3).
 *
 * @param values - the column; `NaN` and `±Infinity` are ignored.
 * @param k - the number of classes.
 * @returns `k − 1` ascending cuts, or `[]` when there is no finite value.
 */
export function quantileCuts(values: ArrayLike<number>, k: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let j = 1; j < k; j++) out.push(quantileSorted(sorted, j / k));
  return out;
}
