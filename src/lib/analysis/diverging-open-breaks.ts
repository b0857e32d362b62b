/**
 * Diverging class bounds that a few extreme values do not flatten. A percent change from a small
 * first value can be hundreds of times the typical change (SEGEPLAN 2013 → 2018: one municipio at
 * +2,229 % while 95 % of them lie within ±50 %); equal classes up to ± the largest |x|
 * (divergingBreaks) would then put nearly every unit in the neutral middle class. When the largest
 * |x| exceeds `ratio` times the `p`-quantile of |x| (Hyndman & Fan definition 7), the equal classes
 * span ± that quantile and the two end classes are opened out to the extremes: they hold every
 * value beyond, and their legend rows say how far the values go. Otherwise the bounds are
 * divergingBreaks' own.
 */
import { divergingBreaks } from './diverging-breaks.ts';
import { quantileSorted } from './quantile-sorted.ts';

/** The share of |x| the equal classes cover when the ends are opened. */
export const OPEN_ENDS_QUANTILE = 0.95;
/** How far past that quantile the largest |x| must lie before the ends are opened. */
export const OPEN_ENDS_RATIO = 2;

/**
 * @param classes - odd, 3 to 127.
 * @returns the bounds (`classes` + 1 numbers, `[−M, …, M]`, M = max |x|; as divergingBreaks for
 *   the degenerate cases) and whether the end classes were opened.
 */
export function divergingOpenBreaks(
  values: ArrayLike<number>,
  classes: number,
  p = OPEN_ENDS_QUANTILE,
  ratio = OPEN_ENDS_RATIO,
): { bounds: number[]; open: boolean } {
  const bounds = divergingBreaks(values, classes);
  if (bounds.length < 2 || bounds[0] === bounds[bounds.length - 1]) return { bounds, open: false };
  const abs: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) abs.push(Math.abs(values[i]));
  abs.sort((a, b) => a - b);
  const m = abs[abs.length - 1];
  const r = quantileSorted(abs, p);
  if (!(r > 0) || m <= ratio * r) return { bounds, open: false };
  const width = (2 * r) / classes;
  const open = Array.from({ length: classes + 1 }, (_, j) => -r + j * width);
  open[0] = -m;
  open[classes] = m;
  open[(classes - 1) / 2] = -width / 2;
  open[(classes + 1) / 2] = width / 2;
  return { bounds: open, open: true };
}
