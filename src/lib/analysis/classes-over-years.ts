/**
 * Class bounds fixed over all the years of a yearly indicator, so that a colour means the same
 * value in every year and a map of 2014 can be compared with one of 2023 (GeoDa's and most
 * atlases' "fixed classes" for a time series; with classes recomputed per year a unit could
 * change colour without its value changing). The bounds are computed once on the values of every
 * year together (each unit-year one observation), then each year's column is classified on them.
 */
import { classesWithinGroups, type BreaksFunction, type ClassesWithinGroups } from './classes-within-groups.ts';

/** Every finite value of `columns` in one array (each unit-year one observation; missing values left out). */
export function pooledYears(columns: readonly ArrayLike<number>[]): Float64Array {
  let n = 0;
  for (const c of columns) for (let i = 0; i < c.length; i++) if (Number.isFinite(c[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (const c of columns) for (let i = 0; i < c.length; i++) if (Number.isFinite(c[i])) out[j++] = c[i];
  return out;
}

/**
 * Class bounds over all years: `breaks` on every finite value of every year's column.
 * @param columns - one column per year, aligned to the units (NaN = missing).
 */
export function boundsOverYears(columns: readonly ArrayLike<number>[], breaks: BreaksFunction, k: number): number[] {
  return breaks(pooledYears(columns), k);
}

/**
 * Classes within each group (e.g. each country) on bounds fixed over all years: group g's bounds
 * come from the values of its units in every year, and `values` (one year's column) is classified
 * on them; counts are of `values`. Same shape as `classesWithinGroups`, missing values −1.
 * @param values - the year shown, one value per unit.
 * @param columns - every year's column, aligned to the units.
 * @param group - the group of each unit, 0…groupCount−1.
 */
export function classesWithinGroupsOverYears(
  values: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  group: ArrayLike<number>,
  groupCount: number,
  breaks: BreaksFunction,
  k: number,
): ClassesWithinGroups {
  for (const c of columns) if (c.length !== values.length) throw new RangeError(`a year has ${c.length} values for ${values.length} units`);
  return classesWithinGroups(values, group, groupCount, breaks, k, (members) =>
    boundsOverYears(
      columns.map((c) => Float64Array.from(members, (i) => c[i])),
      breaks,
      k,
    ),
  );
}
