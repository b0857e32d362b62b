/**
 * Where one unit stands among the units of its group (its country) on one column: the group's
 * median, and the unit's percentile (the share of the group's units with a lower value, ties
 * counted half — the "mid-rank" percentile of Hazen, so a unit tied with everyone stands at 0.5).
 * Missing values (NaN, ±Infinity) are no position: they count in neither the median nor the share,
 * and a missing value of the unit itself gives NaN, never 0.
 */
import { quantileSorted } from './quantile-sorted.ts';
import { sortedFinite } from './sorted-finite.ts';

/** The finite values of the units whose group is `group`. */
function valuesOfGroup(values: ArrayLike<number>, groups: ArrayLike<number>, group: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (groups[i] === group && Number.isFinite(values[i])) out.push(values[i]);
  return out;
}

/** The median of `values` over the units of `group` (NaN when none has a value). */
export function medianInGroup(values: ArrayLike<number>, groups: ArrayLike<number>, group: number): number {
  return quantileSorted(sortedFinite(valuesOfGroup(values, groups, group)), 0.5);
}

/**
 * Unit `i`'s mid-rank percentile (0–1) within its group: (units below + ½ · units tied, itself
 * excluded) ÷ (units with a value − 1). NaN when the unit has no value or is alone with one.
 */
export function percentileInGroup(values: ArrayLike<number>, groups: ArrayLike<number>, i: number): number {
  const v = values[i];
  if (!Number.isFinite(v)) return NaN;
  const others = valuesOfGroup(values, groups, groups[i]);
  if (others.length < 2) return NaN;
  let below = 0;
  let tied = -1; // the unit itself
  for (const x of others) {
    if (x < v) below++;
    else if (x === v) tied++;
  }
  return (below + tied / 2) / (others.length - 1);
}
