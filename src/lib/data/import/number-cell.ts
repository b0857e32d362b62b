/**
 * One cell of a column the mapping says holds numbers: a finite number, or null when empty.
 * Text is accepted only when it is a plain number under the file's decimal separator (`12.5`, or
 * `12,5` in a file read with decimal comma); `NaN`, `Infinity`, `n/a`, `12 %` and anything else
 * raise a `not-a-number` ImportError naming the file, the column, the row as a spreadsheet numbers
 * it (header = row 1) and the cell's text.
 */
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function numberCell(table: RawTable, c: number, r: number): number | null {
  const cell = table.values[c][r];
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    if (Number.isFinite(cell)) return cell;
    throw notANumber(table, c, r, String(cell));
  }
  const text = cell.trim();
  if (text === '') return null;
  const plain = table.read.decimal === ',' ? text.replace(',', '.') : text;
  if (PLAIN_NUMBER.test(plain)) {
    const value = Number(plain);
    if (Number.isFinite(value)) return value;
  }
  throw notANumber(table, c, r, cell);
}

function notANumber(table: RawTable, c: number, r: number, text: string): ImportError {
  const column = table.columns[c];
  const row = r + 2;
  return new ImportError(
    'not-a-number',
    `${table.fileName}: column "${column}", row ${row}: "${text}" is not a number`,
    { file: table.fileName, column, row, value: text },
  );
}
