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
import type { HotspotTime } from './hotspot-settings.ts';

/**
 * The values of `entry` for `time` from its yearly `series` (aligned to `n` units, NaN = missing),
 * with the entry named for the period; null when the series lacks a year asked for or was read
 * for other units.
 */
export function hotspotTimeValues(entry: CatalogEntry, series: YearSeries | null, time: HotspotTime, n: number): { entry: CatalogEntry; values: Float64Array } | null {
  if (!series) return null;
  const column = (y: number) => {
    const k = series.years.indexOf(y);
    return k >= 0 && series.columns[k].length === n ? series.columns[k] : null;
  };
  if ('year' in time) {
    const c = column(time.year);
    if (!c) return null;
    const y = String(time.year);
    const label = { en: changeEn.yearLabel(entry.label.en, y), es: changeEs.yearLabel(entry.label.es, y) };
    return { entry: { ...entryInPeriod(entry, y), label }, values: c.slice() };
  }
  const a = column(time.first);
  const b = column(time.second);
  if (!a || !b) return null;
  const [f, s] = [String(time.first), String(time.second)];
  const label = { en: changeEn.changeLabel(entry.label.en, f, s, 'absolute'), es: changeEs.changeLabel(entry.label.es, f, s, 'absolute') };
  return { entry: { ...entryInPeriod(entry, `${f}–${s}`), label }, values: changeBetween(a, b, 'absolute').values };
}
