/**
 * Classes of the coverage and bivariate maps (docs/METHODS.md §3). Coverage: "no coverage" (no activity
 * located) is a class of its own, never the lowest colour of the scale; units with activities but
 * no stated amount (when the measure is money) are "amount not stated". Bivariate: need terciles ×
 * coverage terciles, with "no coverage" as its own column; terciles of coverage are taken over the
 * covered units only.
 */
import { quantileCuts } from './quantile-cuts.ts';

/** Class codes of the coverage measure (≥ 0: quantile class of covered units). */
export const NO_COVERAGE = -1;
export const NOT_STATED = -2;
export const NO_DATA = -3;
/**
 * No investment data: the unit's country has no municipio-level investment source at all
 * (coverage-sources.ts), so "no coverage" would be a false zero. Hatched on the map.
 */
export const NO_SOURCE = -4;
/**
 * Outside the named list the investments view is limited to: in no class (drawn in the map's
 * no-class grey, counted in no legend row).
 */
export const OUTSIDE_LIST = -5;
/** Quantile classes of the covered units on the coverage map. */
export const COVERAGE_CLASSES = 5;

/** The lowest class code (class + CLASS_OFFSET ≥ 0 indexes a palette). */
export const CLASS_OFFSET = 4;

/** The class (0…breaks.length) of `v`: how many breaks lie strictly below it. */
export function classOf(v: number, breaks: readonly number[]): number {
  let c = 0;
  while (c < breaks.length && v > breaks[c]) c++;
  return c;
}

/**
 * Coverage classes: `sourced[i] === 0` → NO_SOURCE (no investment data for the unit's country;
 * absent `sourced`: every unit has); `activities[i] === 0` → NO_COVERAGE; measure NaN (amount not
 * stated) → NOT_STATED; else the quantile class (0…k−1) among the covered units with a value.
 */
export function coverageClasses(
  activities: ArrayLike<number>,
  measure: ArrayLike<number>,
  k: number,
  sourced?: ArrayLike<number>,
): { classes: Int8Array; breaks: number[] } {
  const n = activities.length;
  const covered: number[] = [];
  for (let i = 0; i < n; i++) if (activities[i] > 0 && Number.isFinite(measure[i])) covered.push(measure[i]);
  const breaks = quantileCuts(covered, k);
  const classes = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    if (sourced && sourced[i] === 0) classes[i] = NO_SOURCE;
    else if (!(activities[i] > 0)) classes[i] = NO_COVERAGE;
    else if (!Number.isFinite(measure[i])) classes[i] = NOT_STATED;
    else classes[i] = classOf(measure[i], breaks);
  }
  return { classes, breaks };
}

/**
 * Bivariate class of each unit: `need * 4 + coverage` where need is the need tercile 0…2 and coverage
 * is 0 for no coverage and 1…3 for the coverage tercile; NO_SOURCE where the unit's country has no
 * investment data (whatever its need: coverage there is unknown, so the cell would mislead);
 * NO_DATA where need is missing, NOT_STATED where the unit has activities but the coverage measure
 * is not stated. Need terciles are taken over the units with investment data only, so a country
 * without any does not shift the breaks of the others.
 */
export function bivariateClasses(
  need: ArrayLike<number>,
  activities: ArrayLike<number>,
  measure: ArrayLike<number>,
  sourced?: ArrayLike<number>,
): { classes: Int8Array; needBreaks: number[]; coverageBreaks: number[] } {
  const n = need.length;
  const needBreaks = quantileCuts(sourced ? Array.from(need).filter((_, i) => sourced[i] !== 0) : need, 3);
  const cov = coverageClasses(activities, measure, 3, sourced);
  const classes = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cov.classes[i];
    if (c === NO_SOURCE) classes[i] = NO_SOURCE;
    else if (!Number.isFinite(need[i])) classes[i] = NO_DATA;
    else if (c === NOT_STATED) classes[i] = NOT_STATED;
    else classes[i] = classOf(need[i], needBreaks) * 4 + (c === NO_COVERAGE ? 0 : c + 1);
  }
  return { classes, needBreaks, coverageBreaks: cov.breaks };
}
