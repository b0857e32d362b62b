/**
 * The yearly values of `indicator-years.csv` (`unit_id,indicator_id,year,value`, one row per unit,
 * indicator and year) as columns aligned to the app's unit order: for each indicator, its years
 * ascending and one column per year. Units without a row, rows of unknown units and empty or
 * unparsable values leave NaN ("no data"), never 0. Ids never contain commas; values are plain numbers.
 */

/** One yearly indicator: its years, ascending, and a column per year aligned to the units (NaN = missing). */
export interface YearSeries {
  years: number[];
  columns: Float64Array[];
}

/** Indicator id → its yearly series. */
export type YearColumns = ReadonlyMap<string, YearSeries>;

/** The header `indicator-years.csv` must have. */
export const INDICATOR_YEARS_HEADER = 'unit_id,indicator_id,year,value';

const unquote = (s: string) => (s.length > 1 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/**
 * Reads `csv` into {@link YearColumns}. Throws on a wrong header or a year that is not a whole
 * number (a yearly file whose years cannot be read is not silently mapped to no year).
 */
export function yearColumnsFromCsv(csv: string, indexById: ReadonlyMap<string, number>, n: number): YearColumns {
  const firstEnd = csv.indexOf('\n');
  const header = (firstEnd < 0 ? csv : csv.slice(0, firstEnd)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (header !== INDICATOR_YEARS_HEADER) throw new Error(`indicator-years.csv: header is "${header.slice(0, 200)}", expected "${INDICATOR_YEARS_HEADER}"`);
  const byId = new Map<string, Map<number, Float64Array>>();
  let start = firstEnd + 1;
  let line = 1;
  while (start > 0 && start < csv.length) {
    let end = csv.indexOf('\n', start);
    if (end < 0) end = csv.length;
    line++;
    const row = csv.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (row === '') continue;
    const cells = row.split(',').map(unquote);
    if (cells.length !== 4) throw new Error(`indicator-years.csv line ${line}: ${cells.length} fields, expected 4`);
    const [unitId, id, yearText, raw] = cells;
    const year = Number(yearText);
    if (!Number.isInteger(year)) throw new Error(`indicator-years.csv line ${line}: year "${yearText.slice(0, 40)}" is not a whole number`);
    let years = byId.get(id);
    if (!years) byId.set(id, (years = new Map()));
    let column = years.get(year);
    if (!column) years.set(year, (column = new Float64Array(n).fill(NaN)));
    const i = indexById.get(unitId);
    const v = raw.trim() === '' ? NaN : Number(raw);
    if (i !== undefined && Number.isFinite(v)) column[i] = v;
  }
  const out = new Map<string, YearSeries>();
  for (const [id, years] of byId) {
    const sorted = [...years.keys()].sort((a, b) => a - b);
    out.set(id, { years: sorted, columns: sorted.map((y) => years.get(y)!) });
  }
  return out;
}
