/**
 * Class bounds for a diverging map centred on zero (a change map): an odd number of equal-width
 * classes symmetric about zero, so the middle class straddles zero and takes the palette's neutral
 * colour, decreases fall below it and increases above it. The outer bounds are ± the largest
 * |value|, so no value is clamped and the legend's ends are the data's.
 */

/**
 * Bounds `[−m, …, m]` of `classes` (odd, 3 to 127) equal classes, m = max |x| over finite values.
 * Empty when no value is finite; `[0, 0]` (one class) when every finite value is zero.
 */
export function divergingBreaks(values: ArrayLike<number>, classes: number): number[] {
  if (!Number.isInteger(classes) || classes < 3 || classes > 127 || classes % 2 === 0) {
    throw new RangeError(`divergingBreaks: classes must be an odd integer from 3 to 127, got ${classes}`);
  }
  let m = 0;
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    any = true;
    if (Math.abs(v) > m) m = Math.abs(v);
  }
  if (!any) return [];
  if (m === 0) return [0, 0];
  const width = (2 * m) / classes;
  const bounds = Array.from({ length: classes + 1 }, (_, j) => -m + j * width);
  bounds[classes] = m; // exact end, free of rounding
  bounds[(classes - 1) / 2] = -width / 2;
  bounds[(classes + 1) / 2] = width / 2;
  return bounds;
}
