/**
 * Node side of `focal hotspots --year/--years`: one yearly indicator of a file in the layout of
 * `public/data/indicator-years.csv`, read through the app's reader (data/year-columns.ts), as the
 * values of one year or the change between two (analysis/change-between.ts).
 */
import { CHANGE_OK, changeBetween } from '../lib/analysis/change-between.ts';
import { yearColumnsFromCsv } from '../lib/data/year-columns.ts';
import { readCliText } from './read-cli-text.ts';

/**
 * The values of `indicator` in `year` aligned to `ids` (NaN where a unit has no row or no value),
 * or with `compareYear` the absolute change `value(year) − value(compareYear)` (NaN where either is
 * missing). @throws Error naming the file, the indicators it has, or the indicator's years.
 */
export function readYearlyValues(path: string, want: { indicator: string; year: number; compareYear?: number }, ids: readonly string[]): Float64Array {
  const text = readCliText(path, 'data');
  const columns = yearColumnsFromCsv(text, new Map(ids.map((id, i) => [id, i])), ids.length);
  const series = columns.get(want.indicator);
  if (!series) {
    const have = [...columns.keys()];
    throw new Error(`${path} has no indicator ${want.indicator}; its indicators: ${have.slice(0, 20).join(', ')}${have.length > 20 ? ', …' : ''}`);
  }
  const column = (y: number): Float64Array => {
    const k = series.years.indexOf(y);
    if (k < 0) throw new Error(`${path}: ${want.indicator} has no year ${y}; its years: ${series.years.join(', ')}`);
    return series.columns[k];
  };
  const second = column(want.year);
  if (want.compareYear === undefined) return Float64Array.from(second);
  const change = changeBetween(column(want.compareYear), second, 'absolute');
  return Float64Array.from(change.values, (v, i) => (change.status[i] === CHANGE_OK ? v : NaN));
}
