/**
 * The finite values of a column, sorted ascending, in a new `Float64Array`.
 *
 * Missing values are skipped: `NaN`, and also `+Infinity` and `−Infinity`, which in an indicator
 * column can only come from a division by zero upstream and carry no position on the scale.
 * The input is not modified.
 *
 * @param values - any numeric column (typed array or plain array).
 * @returns the finite values in ascending order; empty when there are none.
 */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isFinite(x)) out[j++] = x;
  }
  // Float64Array#sort is numeric, and the array holds no NaN to place.
  return out.sort();
}
