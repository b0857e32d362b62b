/**
 * A result table as every export writes it: columns with a header and a type, rows of cells. The
 * same table becomes a CSV (`tableCsv` in csv.ts) and the "Data" sheet of an XLSX workbook
 * (xlsx-workbook.ts), so both files always carry the same columns and numbers.
 */

/**
 * How a column's numbers are shown in a spreadsheet (the cell keeps the full double either way):
 * `text` (kept as text, so `0101` keeps its zero), `number` (as it is: ranks, which may be 3.5
 * for a tie), `integer` (thousands separated), `{ decimals: n }`, `percent` (a share 0–1 shown
 * as 12.3%), `usd` (whole dollars).
 */
export type ColumnType = 'text' | 'number' | 'integer' | 'percent' | 'usd' | { decimals: number };

export interface ResultColumn {
  header: string;
  type: ColumnType;
}

/** A cell: text, a number (NaN and ±Infinity are missing: written empty), or empty. */
export type ResultCell = string | number | null | undefined;

export interface ResultTable {
  columns: ResultColumn[];
  rows: ResultCell[][];
}
