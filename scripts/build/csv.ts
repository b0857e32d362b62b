/**
 * CSV input for the indicator and investment builders: d3-dsv parsing (RFC 4180) plus the strict
 * number reading the build relies on. Values stay strings until a caller asks for a number, so
 * codes such as `0101` keep their leading zeros.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';

/** One parsed row, keyed by the header (header names exactly as the file spells them). */
export type CsvRow = Record<string, string>;

/** Reads a UTF-8 CSV file (byte-order mark tolerated) into rows keyed by the header. */
export function readCsv(path: string): CsvRow[] {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = csvParse(text);
  return rows.map((r) => {
    const out: CsvRow = {};
    for (const key of rows.columns) out[key] = r[key] ?? '';
    return out;
  });
}

/**
 * Reads a column of a row, failing loudly when the column does not exist at all (a renamed
 * column must stop the build, not turn every value into "missing").
 */
export function col(row: CsvRow, name: string): string {
  if (!(name in row)) throw new Error(`CSV column "${name}" not found (have: ${Object.keys(row).join(', ')})`);
  return row[name].trim();
}

/** Spellings of "no value" found in the raw files. */
const MISSING = new Set(['', 'NA', 'N/A', 'NAN', 'NULL', 'NONE', '-', '..', '.']);

/**
 * A finite number or `null`. Blank, `NA`, `-`, and anything that is not entirely a decimal number
 * (thousands separators, units, text) give `null`, never 0.
 */
export function parseNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const s = raw.trim();
  if (MISSING.has(s.toUpperCase())) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** {@link parseNumber} on a named column (the column must exist). */
export function numCol(row: CsvRow, name: string): number | null {
  return parseNumber(col(row, name));
}
