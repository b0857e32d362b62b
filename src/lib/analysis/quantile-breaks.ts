import { quantileSorted } from './quantile-sorted.ts';
import { sortedFinite } from './sorted-finite.ts';

/**
 * Quantile class bounds: about the same number of values in each of `k` classes.
 *
 * The result is the list of class bounds `[min, b₁, …, max]`, both ends included, so class `c`
 * spans `bounds[c] ≤ x < bounds[c + 1]` and the last class is closed, `bounds[k−1] ≤ x ≤ max`
 * (the rule `classify` applies). Interior break `bⱼ` is the j/k quantile by definition 7 of
 * Hyndman & Fan (1996) (see `quantileSorted`; the same numbers as `d3.quantile` and R's
 * `quantile()`).
 *
 * Classes never come out empty, so there can be fewer than `k`:
 * - equal breaks collapse: when a value repeats heavily (many zeros, say) several quantiles fall on
 *   it and they become one bound, so its ties share one class;
 * - with fewer than about k values, interpolated breaks can fall between two neighbouring values;
 *   a break whose class below would hold no value is dropped, which merges that empty class into
 *   the next one.
 * The last two bounds may be equal (`[…, max, max]`): a last class holding only the ties at the
 * maximum, when they make up more than a 1/k share.
 *
 * Missing values (`NaN`, `±Infinity`) are ignored. With no finite value the result is `[]`; with a
 * single distinct value `v` it is `[v, v]`, one class.
 *
 * @param values - the column to classify; any units.
 * @param k - the number of classes wanted, an integer ≥ 1.
 * @returns the class bounds, ascending, in the units of `values`: length 0, or 2 to k + 1.
 * @throws RangeError when `k` is not an integer ≥ 1.
 */
export function quantileBreaks(values: ArrayLike<number>, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return [];
  const bounds = [sorted[0]];
  // `first` is the index of the first value ≥ the last bound kept: the lowest value of the open class.
  let first = 0;
  for (let j = 1; j < k; j++) {
    const b = quantileSorted(sorted, j / k);
    if (sorted[first] < b) {
      bounds.push(b);
      while (sorted[first] < b) first++;
    }
  }
  bounds.push(sorted[n - 1]);
  return bounds;
}
