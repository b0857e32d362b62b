/**
 * The hotspot variable over time: a yearly indicator's values in one year of its series, or the
 * change between two years (absolute, `second − first`), whose Local Moran is GeoDa's differential
 * local Moran. The entry is dressed for the map, tooltip and exports: its label and period name
 * the year or both years.
 */
import type { CatalogEntry } from '../data/schema.ts';
import type { YearSeries } from '../data/year-columns.ts';
import { changeBetween } from '../analysis/change-between.ts';
import { changeEn } from '../i18n/change-en.ts';
import { changeEs } from '../i18n/change-es.ts';
import { entryInPeriod } from './year-choice.ts';
import { labelWithoutYear } from '../data/label-in-period.ts';
import type { HotspotTime } from './hotspot-settings.ts';
import type { ShownChange } from './change-map.svelte.ts';

/** The column of year `y` of `series`, if it has that year for `n` units. */
function yearColumn(series: YearSeries, y: number, n: number): Float64Array | null {
  const k = series.years.indexOf(y);
  return k >= 0 && series.columns[k].length === n ? series.columns[k] : null;
}

/**
 * The values of `entry` for `time` from its yearly `series` (aligned to `n` units, NaN = missing),
 * with the entry named for the period; null when the series lacks a year asked for or was read
 * for other units.
 */
export function hotspotTimeValues(entry: CatalogEntry, series: YearSeries | null, time: HotspotTime, n: number): { entry: CatalogEntry; values: Float64Array } | null {
  if (!series) return null;
  const column = (y: number) => yearColumn(series, y, n);
  // The period is said after the label: a year the label carries (SEGEPLAN's "2018") is taken out.
  const name = labelWithoutYear(entry);
  if ('year' in time) {
    const c = column(time.year);
    if (!c) return null;
    const y = String(time.year);
    const label = { en: changeEn.yearLabel(name.en, y), es: changeEs.yearLabel(name.es, y) };
    return { entry: { ...entryInPeriod(entry, y), label }, values: c.slice() };
  }
  const a = column(time.first);
  const b = column(time.second);
  if (!a || !b) return null;
  const [f, s] = [String(time.first), String(time.second)];
  const label = { en: changeEn.changeLabel(name.en, f, s, 'absolute'), es: changeEs.changeLabel(name.es, f, s, 'absolute') };
  return { entry: { ...entryInPeriod(entry, `${f}–${s}`), label }, values: changeBetween(a, b, 'absolute').values };
}

/**
 * The hotspot variable's change as a change map shows it (absolute, both years' columns), for the
 * map before a run: a change is drawn in the change map's diverging palette, never in a ramp of
 * levels. Null when `time` is not a change or the series lacks a year asked for.
 */
export function hotspotChangeShown(entry: CatalogEntry, series: YearSeries | null, time: HotspotTime | null, n: number): ShownChange | null {
  if (!series || !time || 'year' in time) return null;
  const firstValues = yearColumn(series, time.first, n);
  const secondValues = yearColumn(series, time.second, n);
  if (!firstValues || !secondValues) return null;
  return { entry, first: time.first, second: time.second, mode: 'absolute', firstValues, secondValues };
}
