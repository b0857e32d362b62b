/**
 * Node side of `focal coverage`: an investments CSV (public/data/investments.csv's columns) as
 * {@link InvestmentRecord}s. UTF-8 with or without BOM, d3's RFC 4180 parser.
 *
 * Columns: `amount_usd` and a place are needed — `unit_id`, or `lon` and `lat` (with `precision`
 * and/or `level` saying how precise the place is). Every other column (`activity_id`, `donor`,
 * `sector`, `office`, `start_year`, `end_year`, `country`, `precision`, `level`, `status`) is
 * optional: absent, it is empty for every row. Numbers are plain decimals; empty, NA, N/A, NaN,
 * null are missing (NaN); anything else is an error naming the row and column.
 */
import type { InvestmentRecord } from '../lib/data/coverage-input.ts';
import { parseStrictNumber } from './read-rank-tables.ts';
import { readCliText } from './read-cli-text.ts';
import { parseCsvStrict } from './strict-csv.ts';

const TEXT = ['activity_id', 'donor', 'sector', 'office', 'country', 'unit_id', 'level', 'status'] as const;
const NUMBERS = ['start_year', 'end_year', 'amount_usd', 'lon', 'lat', 'precision'] as const;

/** Reads and checks the investments file. @throws Error naming the file, row and column. */
export function readInvestments(path: string): InvestmentRecord[] {
  const text = readCliText(path, 'investments');
  const rows = parseCsvStrict(text, path);
  const has = new Set(rows.columns);
  if (!has.has('amount_usd')) throw new Error(`${path} has no column amount_usd; its columns: ${rows.columns.join(', ')}`);
  if (!has.has('unit_id') && !(has.has('lon') && has.has('lat'))) {
    throw new Error(`${path} has no place columns: it needs unit_id, or lon and lat; its columns: ${rows.columns.join(', ')}`);
  }
  if (rows.length === 0) throw new Error(`${path} has no rows`);
  return rows.map((row, r) => {
    const rec = {} as Record<string, string | number>;
    for (const c of TEXT) rec[c] = (row[c] ?? '').trim();
    for (const c of NUMBERS) rec[c] = has.has(c) ? parseStrictNumber(row[c] ?? '', () => `${path} row ${r + 2}, column ${c}`) : NaN;
    return rec as unknown as InvestmentRecord;
  });
}
