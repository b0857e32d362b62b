/**
 * A typed CSV table packed to cross from the import worker to the main thread cheaply: number
 * columns as Float64Arrays (empty cells NaN), whose buffers are transferred, not cloned; text
 * columns read from joined DuckDB cells are not sent at all — the main thread still holds the
 * joined strings it sent, and splitting and trimming them again gives exactly typeColumn's text
 * values. Cloning 100,000 rows of cells cost several hundred milliseconds. For the same reason the
 * worker types a joined column by walking its string, stopping at the first cell that is not a
 * number, and never builds the text values. Unpacking yields to the event loop between columns.
 */
import type { CellValue, RawTable } from './import-types.ts';
import type { CsvShape } from './read-csv-prepare.ts';
import { checkHeader, csvTable } from './read-csv-table.ts';
import { NULL_CELL, splitCsvColumn, UNIT, type CsvColumns } from './split-csv-column.ts';
import { cleanHeaders, detectDecimal, parseNumber } from './table-columns.ts';

export type PackedColumn = { type: 'number'; values: Float64Array } | { type: 'text'; values: CellValue[] } | { type: 'text'; values: 'joined' };

export interface PackedCsvTable extends Omit<RawTable, 'values' | 'types'> {
  packed: PackedColumn[];
}

/** The table of {@link csvTable}, packed; `transfer` lists the buffers to move. */
export function packCsvTable(cells: CsvColumns, shape: CsvShape, fileName: string): { packed: PackedCsvTable; transfer: ArrayBuffer[] } {
  if (cells.kind === 'cells') {
    const t = csvTable(cells, shape, fileName);
    return pack(t, t.types.map((type, c) => (type === 'number' ? numbersOf(t.values[c]) : { type, values: t.values[c] })));
  }
  const joined = cells.columns;
  const header = joined.map((j) => {
    const end = j.indexOf(UNIT);
    const h = end < 0 ? j : j.slice(0, end);
    return h === NULL_CELL ? null : h;
  });
  const rowCount = checkHeader(header, cells.rows - 1, fileName);
  const { columns, renamed } = cleanHeaders(header);
  // Only a file not separated by commas may use a decimal comma; telling needs every cell.
  const split = shape.delimiter === ',' ? null : joined.map((j) => splitCsvColumn(j).slice(1));
  const decimal = split ? detectDecimal(split, shape.delimiter) : '.';
  const packed = joined.map((j, c): PackedColumn => {
    const numbers = split ? numberColumn(split[c], decimal) : joinedNumberColumn(j, rowCount, decimal, fileName);
    return numbers ? { type: 'number', values: numbers } : { type: 'text', values: 'joined' };
  });
  return pack({ fileName, columns, rowCount, read: { format: 'csv', encoding: shape.encoding, bom: shape.bom, delimiter: shape.delimiter, decimal }, renamed }, packed);
}

function pack(table: Omit<RawTable, 'values' | 'types'>, packed: PackedColumn[]): { packed: PackedCsvTable; transfer: ArrayBuffer[] } {
  const { fileName, columns, rowCount, read, renamed } = table;
  const transfer = packed.flatMap((p) => (p.type === 'number' ? [p.values.buffer as ArrayBuffer] : []));
  return { packed: { fileName, columns, rowCount, read, renamed, packed }, transfer };
}

function numbersOf(values: CellValue[]): PackedColumn {
  const f = new Float64Array(values.length);
  for (let r = 0; r < values.length; r++) f[r] = values[r] === null ? NaN : (values[r] as number);
  return { type: 'number', values: f };
}

/** A cell under typeColumn's rule: a number, NaN when empty, or null when it is text. */
function cellNumber(cell: string | null, decimal: '.' | ','): number | null {
  if (cell === null || cell === NULL_CELL || cell.trim() === '') return NaN;
  return parseNumber(cell, decimal);
}

function numberColumn(cells: readonly (string | null)[], decimal: '.' | ','): Float64Array | null {
  const f = new Float64Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const v = cellNumber(cells[r], decimal);
    if (v === null) return null;
    f[r] = v;
  }
  return f;
}

/** The data cells of a joined column (after its header cell) as numbers, or null at the first text cell. */
function joinedNumberColumn(joined: string, rows: number, decimal: '.' | ',', fileName: string): Float64Array | null {
  const f = new Float64Array(rows);
  let at = joined.indexOf(UNIT) + 1;
  for (let r = 0; r < rows; r++) {
    if (at === 0) throw new Error(`${fileName}: a column has fewer cells than rows`);
    const end = joined.indexOf(UNIT, at);
    const v = cellNumber(joined.slice(at, end < 0 ? undefined : end), decimal);
    if (v === null) return null;
    f[r] = v;
    at = end + 1;
  }
  if (at !== 0) throw new Error(`${fileName}: a column has more cells than rows`);
  return f;
}

/** The table again; `cells` are the ones sent to be typed (still held here). */
export async function unpackCsvTable(table: PackedCsvTable, cells: CsvColumns, pause: () => Promise<void>): Promise<RawTable> {
  const { packed, ...rest } = table;
  const values: CellValue[][] = [];
  for (let c = 0; c < packed.length; c++) {
    if (c > 0) await pause();
    const col = packed[c];
    if (col.type === 'number') values.push(numbers(col.values));
    else if (col.values !== 'joined') values.push(col.values);
    else if (cells.kind === 'joined') values.push(texts(cells.columns[c]));
    else throw new Error('unpackCsvTable: a joined text column without its joined cells');
  }
  // What the caller does with the table (the mapping dialog) runs in a task of its own.
  await pause();
  return { ...rest, types: packed.map((p) => p.type), values };
}

function numbers(f: Float64Array): CellValue[] {
  const out: CellValue[] = new Array(f.length);
  for (let r = 0; r < f.length; r++) out[r] = Number.isNaN(f[r]) ? null : f[r];
  return out;
}

/** The data cells of a joined column (the header cell dropped) as typeColumn's text rule gives them. */
function texts(joined: string): CellValue[] {
  const parts = joined.split(UNIT);
  const out: CellValue[] = new Array(parts.length - 1);
  for (let r = 1; r < parts.length; r++) {
    const v = parts[r];
    const t = v === NULL_CELL ? '' : v.trim();
    out[r - 1] = t === '' ? null : t;
  }
  return out;
}
