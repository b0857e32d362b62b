/**
 * How DuckDB's text cells of a CSV travel (read-csv-columns.ts → read-csv-table.ts, across the
 * import worker's boundary in the browser): each column as ONE string, cells joined with the unit
 * separator U+001F and empty cells written U+001E — or, when a cell holds one of those, as arrays.
 */

/** The cells of every column, header line included: joined (split with {@link splitCsvColumn}) or as arrays. */
export type CsvColumns = { kind: 'joined'; rows: number; columns: string[] } | { kind: 'cells'; columns: (string | null)[][] };

export const UNIT = '\u001f';
export const NULL_CELL = '\u001e';

/** One column's cells from its joined string. */
export function splitCsvColumn(joined: string): (string | null)[] {
  const cells: (string | null)[] = joined.split(UNIT);
  for (let i = 0; i < cells.length; i++) if (cells[i] === NULL_CELL) cells[i] = null;
  return cells;
}
