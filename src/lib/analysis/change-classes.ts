/**
 * The classes of a change map: the change between two years per unit (changeBetween), class
 * bounds symmetric about zero (divergingBreaks; the end classes opened out when a few extreme
 * changes would flatten the rest, divergingOpenBreaks) and each unit's class, with the counts a legend
 * shows. A unit without a change (missing in a year, or a percent change from zero) has no class
 * and is counted under its status, never put in the class around zero.
 */
import { changeBetween, CHANGE_OK, type ChangeMode } from './change-between.ts';
import { divergingOpenBreaks } from './diverging-open-breaks.ts';
import { classify } from './classify.ts';

/** The classes of one set of units' changes (all units, or one group's). */
export interface ChangeClassBounds {
  /** `[−m, …, m]`: `classes` + 1 numbers; `[0, 0]` when every change is zero; empty when no unit has one. */
  bounds: number[];
  /** True when the end classes were opened out to a few extreme changes (the inner classes span ± the 95th percentile of |change|). */
  openEnds: boolean;
  /** Units per class. */
  perClass: number[];
  /** Units per status, indexed by CHANGE_* code (index CHANGE_OK: every unit with a change). */
  perStatus: number[];
}

export interface ChangeClasses extends ChangeClassBounds {
  /** The change per unit; NaN where the status is not CHANGE_OK. */
  values: Float64Array;
  /** CHANGE_* code per unit. */
  status: Uint8Array;
  /** Class per unit, 0 = most negative; −1 where the status is not CHANGE_OK. */
  classes: Int8Array;
}

/** Bounds, classes and counts of the changes `values` with their `status` (aligned). */
export function classesOfChange(values: Float64Array, status: ArrayLike<number>, k: number): ChangeClassBounds & { classes: Int8Array } {
  const { bounds, open } = divergingOpenBreaks(values, k);
  const classes = classify(values, bounds);
  const perClass = new Array<number>(Math.max(0, bounds.length - 1)).fill(0);
  const perStatus = [0, 0, 0, 0, 0];
  for (let i = 0; i < status.length; i++) {
    perStatus[status[i]]++;
    if (status[i] === CHANGE_OK && classes[i] >= 0) perClass[classes[i]]++;
  }
  return { bounds, openEnds: open, classes, perClass, perStatus };
}

/**
 * @param first - the first year's values, aligned to the units (NaN = missing).
 * @param second - the second year's values, aligned likewise.
 * @param k - number of classes: odd, 3 to 127.
 */
export function changeClasses(first: ArrayLike<number>, second: ArrayLike<number>, mode: ChangeMode, k: number): ChangeClasses {
  const { values, status } = changeBetween(first, second, mode);
  return { values, status, ...classesOfChange(values, status, k) };
}
