/**
 * Browser side of the investments file (public/data/investments.csv) as {@link InvestmentRecord}s:
 * d3's RFC 4180 row parser (`csvParseRows`: `csvParse` builds its rows with `new Function`, which
 * the app's Content Security Policy forbids), BOM stripped, absent columns empty (text) or NaN (numbers), empty or
 * unreadable numbers NaN (never 0).
 */
import { csvParseRows } from 'd3';
import type { InvestmentRecord } from './coverage-input.ts';

const TEXT = ['activity_id', 'donor', 'sector', 'office', 'country', 'unit_id', 'level', 'status'] as const;
const NUMBERS = ['start_year', 'end_year', 'amount_usd', 'lon', 'lat', 'precision'] as const;

const num = (s: string | undefined): number => {
  const t = (s ?? '').trim();
  return t === '' ? NaN : Number(t);
};

/** Rows of a CSV text as objects keyed by its header (no `new Function`: see above). */
export function csvObjects(text: string): Record<string, string>[] {
  const [header = [], ...rows] = csvParseRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '').map((r) => Object.fromEntries(header.map((h, j) => [h.trim(), r[j] ?? ''])));
}

export function investmentsFromCsv(text: string): InvestmentRecord[] {
  return csvObjects(text).map((row) => {
    const rec = {} as Record<string, string | number>;
    for (const c of TEXT) rec[c] = (row[c] ?? '').trim();
    for (const c of NUMBERS) rec[c] = num(row[c]);
    return rec as unknown as InvestmentRecord;
  });
}
