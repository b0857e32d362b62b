/**
 * CSV writing for exports that open cleanly in Excel and LibreOffice: UTF-8 with a byte-order mark
 * (without it Excel reads UTF-8 as the ANSI code page and breaks the accents), RFC 4180 quoting,
 * CRLF line ends, and text cells that a spreadsheet would run as a formula neutralised (OWASP,
 * "CSV Injection").
 */

import type { ResultColumn } from './result-table.ts';
import { roundCell } from './round-cell.ts';
import { neutraliseFormula } from './neutralise-formula.ts';

/** A cell: text, a number (written at full precision; NaN and ±Infinity as empty), or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as CSV text. Numbers are written by `String(x)`, the shortest text that reads back to
 * the same double (so `-3.5` stays a number); text where a formula could start (`=`, `+`, `-`, `@`
 * at its start or after any separator, or a leading tab or CR) gets a `'` there
 * (neutralise-formula.ts); text with a quote, comma, CR or LF is quoted with inner quotes doubled.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A result table (result-table.ts) as CSV: its stable headers (machine codes, never the
 * interface-language labels), then its rows, each number rounded to what its column type shows
 * (round-cell.ts; a flag as 1 or 0). See `toCsv`.
 */
export function tableCsv(table: { columns: readonly ResultColumn[]; rows: Iterable<readonly CsvCell[]> }): string {
  const types = table.columns.map((c) => c.type);
  const rows = function* () {
    for (const r of table.rows) yield r.map((c, j) => roundCell(c, types[j]));
  };
  return toCsv(
    table.columns.map((c) => c.header),
    rows(),
  );
}
