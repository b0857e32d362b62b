/**
 * A result table as every export writes it: columns with a header and a type, rows of cells. The
 * same table becomes a CSV (`tableCsv` in csv.ts) and the "Data" sheet of an XLSX workbook
 * (xlsx-workbook.ts), so both files always carry the same columns and numbers.
 */

/**
 * How a column's numbers are shown in a spreadsheet (the cell keeps the full double either way):
 * `text` (kept as text, so `0101` keeps its zero), `number` (as it is: ranks, which may be 3.5
 * for a tie), `integer` (thousands separated), `{ decimals: n }`, `percent` (a share 0–1 shown
 * as 12.3%), `usd` (whole dollars), `flag` (1 or 0, shown as the column's yes/no words), `exact`
 * (the full double, written as the shortest text that reads back to it: results another program
 * recomputes or compares, such as the command line's statistics and the GIS file's scores).
 * Every writer rounds a number to what its type shows (round-cell.ts), so no file carries float
 * noise such as 58.049999999999955 — except in an `exact` column, which keeps every digit.
 */
export type ColumnType = 'text' | 'number' | 'exact' | 'integer' | 'percent' | 'usd' | 'flag' | { decimals: number };

export interface ResultColumn {
  /** Stable machine code: the CSV header (and the spreadsheet's when no `label` is given). */
  header: string;
  type: ColumnType;
  /** The header in the interface language, for a spreadsheet (the CSV keeps `header`). */
  label?: string;
  /** For `flag` columns: the words a spreadsheet shows for 1 and 0 (default `yes`, `no`). */
  flagText?: { yes: string; no: string };
}

/** A cell: text, a number (NaN and ±Infinity are missing: written empty), or empty. */
export type ResultCell = string | number | null | undefined;

export interface ResultTable {
  columns: ResultColumn[];
  rows: ResultCell[][];
  /** Rows to mark visibly in a spreadsheet (the top N of a priority list), aligned to `rows`. */
  marked?: readonly boolean[];
}
