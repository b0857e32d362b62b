/**
 * A typed CSV table packed to cross from the import worker to the main thread cheaply: number
 * columns as Float64Arrays (empty cells NaN), whose buffers are transferred, not cloned; text
 * columns read from joined DuckDB cells are not sent at all — the main thread still holds the
 * joined strings it sent, and splitting and trimming them again gives exactly the worker's values
 * (typeColumn's text rule). Cloning 100,000 rows of cells cost several hundred milliseconds.
 * Unpacking yields to the event loop between columns, so no task runs long.
 */
import type { CellValue, RawTable } from './import-types.ts';
import { NULL_CELL, UNIT, type CsvColumns } from './split-csv-column.ts';

export type PackedColumn = { type: 'number'; values: Float64Array } | { type: 'text'; values: CellValue[] } | { type: 'text'; values: 'joined' };

export interface PackedCsvTable extends Omit<RawTable, 'values' | 'types'> {
  packed: PackedColumn[];
}

export function packCsvTable(table: RawTable, cells: CsvColumns): { packed: PackedCsvTable; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const packed = table.values.map((values, c): PackedColumn => {
    if (table.types[c] === 'number') {
      const f = new Float64Array(values.length);
      for (let r = 0; r < values.length; r++) f[r] = values[r] === null ? NaN : (values[r] as number);
      transfer.push(f.buffer);
      return { type: 'number', values: f };
    }
    return cells.kind === 'joined' ? { type: 'text', values: 'joined' } : { type: 'text', values };
  });
  const { fileName, columns, rowCount, read, renamed } = table;
  return { packed: { fileName, columns, rowCount, read, renamed, packed }, transfer };
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
