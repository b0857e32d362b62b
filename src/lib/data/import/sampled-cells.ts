/**
 * Cells of a table read before its columns are built: a table whose columns are built when first
 * read (fast-csv-table.ts, `unpackFastCsvEarly`) can register the cells of the rows the first guess
 * looks at (sample-rows.ts), so that the guess before the mapping dialog reads those and does not
 * build (and decode the file's text for) whole columns of 100,000 cells. Kept beside the table,
 * not in it: the table is stored and cloned as it is.
 */
import type { CellValue, RawTable } from './import-types.ts';

/** Cell of column `c`, row `r`, or undefined when not held (read the column then). */
type Peek = (c: number, r: number) => CellValue | undefined;

const peeks = new WeakMap<RawTable, Peek>();

export function registerSampledCells(table: RawTable, peek: Peek): void {
  peeks.set(table, peek);
}

/** `table.values[c][r]`, from the registered cells when they hold it. */
export function cellAt(table: RawTable, c: number, r: number): CellValue {
  const v = peeks.get(table)?.(c, r);
  return v === undefined ? table.values[c][r] : v;
}
