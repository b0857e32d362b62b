/** Deterministic CSV output: UTF-8, RFC-4180 quoting, header row, `\n` line ends. */

/** A cell as the build produces it; `null` and `undefined` are written as an empty field. */
export type Cell = string | number | null | undefined;

/**
 * Formats a number so that the same value always gives the same text on every machine:
 * 12 significant digits (drops float noise such as `0.30000000000000004`), no trailing zeros,
 * plain notation where JavaScript gives it. Non-finite values become an empty field, because
 * a missing value is missing, never 0.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Quotes a field only when RFC 4180 requires it (comma, quote, CR or LF inside). */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders one cell as CSV text. */
function renderCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return quoteField(typeof cell === 'number' ? formatNumber(cell) : cell);
}

/**
 * Writes a table: the header, then one line per row in the order given (callers sort first),
 * each line ending in `\n`.
 */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map(quoteField).join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => renderCell(row[c] as Cell)).join(','));
  }
  return lines.join('\n') + '\n';
}
