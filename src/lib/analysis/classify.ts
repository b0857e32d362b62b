/**
 * The class of each value, given class bounds `[b₀, b₁, …, b_k]` as returned by
 * `quantileBreaks`, `naturalBreaks` or `equalIntervalBreaks`.
 *
 * The rule is the legend's: class c holds `b_c ≤ x < b_{c+1}`, and the last class is closed,
 * `b_{k−1} ≤ x ≤ b_k`. So a value equal to an interior bound goes to the class above it, and the
 * maximum goes to the last class; a degenerate last class `[v, v]` holds exactly the values equal
 * to v. Equivalently, the class is the number of interior bounds b₁…b_{k−1} that are ≤ x.
 * Finite values outside the bounds are clamped, as `d3.scaleThreshold` does: below b₀ to class 0,
 * above b_k to class k − 1. That never happens with bounds computed from the same values; it lets
 * bounds fixed on one column colour another.
 *
 * Missing values (`NaN`, `±Infinity`) get −1, "no data". Empty bounds (from a column with no finite
 * value) give −1 everywhere.
 *
 * @param values - the column to classify, in the units of the bounds.
 * @param bounds - class bounds, non-decreasing and finite: empty, or k + 1 numbers for k classes,
 *   1 ≤ k ≤ 127 (the range of an `Int8Array`).
 * @returns one class index per value, 0…k−1, or −1 for a missing value.
 * @throws RangeError when the bounds are not empty or 2 to 128 finite non-decreasing numbers.
 */
export function classify(values: ArrayLike<number>, bounds: readonly number[]): Int8Array {
  const nb = bounds.length;
  if (nb === 1 || nb > 128) {
    throw new RangeError(`bounds must be empty or 2 to 128 numbers (1 to 127 classes), got ${nb}`);
  }
  for (let c = 0; c < nb; c++) {
    if (!Number.isFinite(bounds[c]) || (c > 0 && bounds[c] < bounds[c - 1])) {
      throw new RangeError(`bounds must be finite and non-decreasing, got [${bounds.join(', ')}]`);
    }
  }
  const out = new Int8Array(values.length).fill(-1);
  if (nb === 0) return out;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue;
    // First index in 1..k−1 whose bound exceeds x (k when none does), minus one.
    let lo = 1;
    let hi = nb - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bounds[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo - 1;
  }
  return out;
}
