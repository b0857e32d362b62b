import { classify } from './classify.ts';

/** Class bounds for one column, as `quantileBreaks`, `naturalBreaks` or `equalIntervalBreaks` return them. */
export type BreaksFunction = (values: ArrayLike<number>, k: number) => number[];

/** Classes computed separately within each group of units (e.g. each country). */
export interface ClassesWithinGroups {
  /** Class bounds of each group, as `breaks` returned them on that group's values: empty when the group has no value. */
  bounds: number[][];
  /** Class of each unit within its own group's classes, 0…k−1; −1 for a missing value. */
  classes: Int8Array;
  /** Units in each class of each group. */
  counts: number[][];
  /** Units of each group with a missing value. */
  noData: number[];
}

/**
 * The units of each group: `members[g]` lists, in order, the indices of the units of group `g`.
 * @throws RangeError when a group index is outside 0…groupCount−1, or when `group` is not `n` long.
 */
export function groupMembers(group: ArrayLike<number>, n: number, groupCount: number): number[][] {
  if (group.length !== n) throw new RangeError(`values (${n}) and groups (${group.length}) differ in length`);
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  for (let i = 0; i < n; i++) {
    const g = group[i];
    if (!Number.isInteger(g) || g < 0 || g >= groupCount) throw new RangeError(`unit ${i} has group ${g}, outside 0…${groupCount - 1}`);
    members[g].push(i);
  }
  return members;
}

/**
 * Classes drawn within each group: a group's breaks come from its own values only, so a unit's
 * class says where it stands among the units of its group and nothing about the other groups.
 * This is the honest way to map a value that is not comparable across groups — one normalised
 * within each country, or assembled from different national sources — on one map: the same
 * colours, one legend per group.
 *
 * Missing values (`NaN`, `±Infinity`) take no part in any group's breaks and get class −1, never
 * a class of their own group: missing is not low.
 *
 * @param values - the column, one value per unit.
 * @param group - the group of each unit, an integer 0…groupCount−1, aligned to `values`.
 * @param groupCount - the number of groups (a group without units gets empty bounds).
 * @param breaks - how to compute one group's bounds, given its values and `k`.
 * @param k - the number of classes wanted in each group (a group may get fewer when values tie).
 * @param boundsOf - a group's bounds from its members' indices, instead of `breaks` on their
 *   `values` (e.g. bounds fixed over every year of a series: classes-over-years.ts).
 * @returns bounds, classes, counts per class and missing counts, per group.
 * @throws RangeError when a group index is outside 0…groupCount−1, or when the lengths differ.
 */
export function classesWithinGroups(
  values: ArrayLike<number>,
  group: ArrayLike<number>,
  groupCount: number,
  breaks: BreaksFunction,
  k: number,
  boundsOf?: (members: readonly number[]) => number[],
): ClassesWithinGroups {
  const n = values.length;
  const members = groupMembers(group, n, groupCount);
  const classes = new Int8Array(n).fill(-1);
  const bounds: number[][] = [];
  const counts: number[][] = [];
  const noData: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    const idx = members[g];
    const column = Float64Array.from(idx, (i) => values[i]);
    const b = boundsOf ? boundsOf(idx) : breaks(column, k);
    const c = classify(column, b);
    const perClass = new Array<number>(Math.max(0, b.length - 1)).fill(0);
    let missing = 0;
    for (let j = 0; j < idx.length; j++) {
      classes[idx[j]] = c[j];
      if (c[j] < 0) missing++;
      else perClass[c[j]]++;
    }
    bounds.push(b);
    counts.push(perClass);
    noData.push(missing);
  }
  return { bounds, classes, counts, noData };
}
