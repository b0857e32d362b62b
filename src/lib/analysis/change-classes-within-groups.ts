/**
 * The change map's classes computed within each group of units (each country): a group's bounds,
 * symmetric about zero, come from its own changes only (`classesOfChange` on its members), so a
 * change from one country's national source is never classed against another country's. A unit's
 * class is within its own group's classes; units without a change keep their status, counted in
 * their group.
 */
import { changeBetween, type ChangeMode } from './change-between.ts';
import { classesOfChange, type ChangeClassBounds } from './change-classes.ts';
import { groupMembers } from './classes-within-groups.ts';

export interface ChangeClassesWithinGroups {
  /** The change per unit; NaN where the status is not CHANGE_OK. */
  values: Float64Array;
  /** CHANGE_* code per unit. */
  status: Uint8Array;
  /** Class per unit within its group's classes, 0 = most negative; −1 where the status is not CHANGE_OK. */
  classes: Int8Array;
  /** Bounds and counts of each group (a group without units: empty bounds, zero counts). */
  groups: ChangeClassBounds[];
}

/**
 * @param group - the group of each unit, an integer 0…groupCount−1, aligned to the values.
 * @throws RangeError when a group index is outside 0…groupCount−1.
 */
export function changeClassesWithinGroups(
  first: ArrayLike<number>,
  second: ArrayLike<number>,
  mode: ChangeMode,
  k: number,
  group: ArrayLike<number>,
  groupCount: number,
): ChangeClassesWithinGroups {
  const { values, status } = changeBetween(first, second, mode);
  const n = values.length;
  const members = groupMembers(group, n, groupCount);
  const classes = new Int8Array(n).fill(-1);
  const groups = members.map((idx) => {
    const c = classesOfChange(
      Float64Array.from(idx, (i) => values[i]),
      Uint8Array.from(idx, (i) => status[i]),
      k,
    );
    idx.forEach((i, j) => (classes[i] = c.classes[j]));
    return { bounds: c.bounds, openEnds: c.openEnds, perClass: c.perClass, perStatus: c.perStatus };
  });
  return { values, status, classes, groups };
}
