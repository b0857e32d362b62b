/**
 * The year a yearly indicator is shown in: the planner's choice (a year of its series, or none:
 * its reference year) and whether each unit shows its latest value up to that year ("latest
 * available", with each value's year) instead of that year's value only.
 */
import type { CatalogEntry } from '../data/schema.ts';
import { labelInPeriod } from '../data/label-in-period.ts';

/** The planner's year for a yearly indicator. */
export interface YearChoice {
  /** A year of the indicator's series; null: its reference year (the catalog's `year`). */
  year: number | null;
  /** Each unit's most recent value up to the year (data age shown), not that year's value alone. */
  latest: boolean;
}

/** The map as it opens: the reference year, one year's values. */
export const DEFAULT_YEAR_CHOICE: YearChoice = Object.freeze({ year: null, latest: false });

/**
 * The reference year of a yearly entry: its catalog `year` when that is one of its `years` (the
 * year whose values `indicators.csv` holds), else the last of them; null when `entry` is not yearly.
 */
export function referenceYear(entry: CatalogEntry): number | null {
  const years = entry.years;
  if (!years?.length) return null;
  const y = Number(entry.year);
  return years.includes(y) ? y : years[years.length - 1];
}

/** The year shown for `choice`: the chosen year when it is one of the entry's, else the reference year (null: not yearly). */
export function yearShown(entry: CatalogEntry, choice: YearChoice): number | null {
  const years = entry.years;
  if (!years?.length) return null;
  return choice.year !== null && years.includes(choice.year) ? choice.year : referenceYear(entry);
}

/**
 * `entry` as the map's legend, caption and tooltip should name it for values of `period` (a year,
 * or under "latest available" the span of the years the values come from): its year, each
 * country's year and a year its label carries (SEGEPLAN's "2018") say that period instead of the
 * reference year.
 */
export function entryInPeriod(entry: CatalogEntry, period: string): CatalogEntry {
  if (entry.year === period && !entry.by_country) return entry;
  const byCountry = entry.by_country
    ? Object.fromEntries(Object.entries(entry.by_country).map(([c, r]) => [c, r ? { ...r, year: period } : r]))
    : undefined;
  return { ...entry, label: labelInPeriod(entry, period), year: period, ...(byCountry ? { by_country: byCountry } : {}) };
}

/** The span of the non-zero years in `unitYear` ("2016–2018", "2018"), or '' when there are none. */
export function yearSpan(unitYear: ArrayLike<number>): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < unitYear.length; i++) {
    const y = unitYear[i];
    if (y === 0) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  if (hi < lo) return '';
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
