/**
 * Equal-interval class bounds: `k` classes of equal width (max − min)/k.
 *
 * The result is the list of class bounds `[min, b₁, …, max]`, both ends included, with
 * `bⱼ = min + j·(max − min)/k`; class `c` spans `bounds[c] ≤ x < bounds[c + 1]` and the last class
 * is closed (the rule `classify` applies). Unlike quantile and natural breaks, a class may be
 * empty: equal widths are the point, and an empty class shows a gap in the data. So `k` larger
 * than the number of distinct values still gives `k` classes.
 *
 * Missing values (`NaN`, `±Infinity`) are ignored. With no finite value the result is `[]`; when
 * every finite value is the same `v` it is `[v, v]`, one class.
 *
 * @param values - the column to classify; any units.
 * @param k - the number of classes, an integer ≥ 1.
 * @returns the class bounds, ascending, in the units of `values`: length 0, 2 or k + 1.
 * @throws RangeError when `k` is not an integer ≥ 1.
 */
export function equalIntervalBreaks(values: ArrayLike<number>, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min > max) return [];
  if (min === max) return [min, max];
  const width = (max - min) / k;
  const bounds = [min];
  for (let j = 1; j < k; j++) {
    // max − min overflows when the values span more than Number.MAX_VALUE; the convex
    // combination of min and max cannot.
    bounds.push(Number.isFinite(width) ? min + j * width : min * (1 - j / k) + max * (j / k));
  }
  bounds.push(max);
  return bounds;
}
