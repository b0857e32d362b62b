/**
 * "Latest available" values of a yearly indicator: for each unit, its most recent value in a year
 * no later than the chosen one, with that year, so a map of mixed years says so (data age) instead
 * of mixing years silently.
 */

export interface LatestAvailable {
  /** The value per unit; NaN where the unit has no value up to the chosen year. */
  values: Float64Array;
  /** The year each value comes from; 0 where there is none. */
  year: Int32Array;
}

/**
 * @param years - the indicator's years, ascending, one per column of `byYear`.
 * @param byYear - one column per year, aligned to the units (NaN = missing).
 * @param upTo - the latest year allowed (default: the last year).
 */
export function latestAvailable(years: readonly number[], byYear: readonly ArrayLike<number>[], upTo = Infinity): LatestAvailable {
  if (years.length !== byYear.length) throw new Error(`latestAvailable: ${years.length} years for ${byYear.length} columns`);
  for (let k = 1; k < years.length; k++) {
    if (!(years[k] > years[k - 1])) throw new Error(`latestAvailable: years must be ascending, got ${years.join(', ')}`);
  }
  const n = byYear.length ? byYear[0].length : 0;
  const values = new Float64Array(n).fill(NaN);
  const year = new Int32Array(n);
  for (let k = years.length - 1; k >= 0; k--) {
    if (years[k] > upTo) continue;
    const column = byYear[k];
    if (column.length !== n) throw new Error(`latestAvailable: year ${years[k]} has ${column.length} values for ${n} units`);
    for (let i = 0; i < n; i++) {
      if (year[i] === 0 && Number.isFinite(column[i])) {
        values[i] = column[i];
        year[i] = years[k];
      }
    }
  }
  return { values, year };
}
