/**
 * The last step of reading a CSV, without a database (the browser runs it in the import worker):
 * DuckDB's text cells (read-csv-columns.ts) become a {@link RawTable} — the header line checked
 * and cleaned, the decimal separator detected, every column typed (table-columns.ts).
 */
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';
import { splitCsvColumn, type CsvColumns } from './split-csv-column.ts';
import type { CsvShape } from './read-csv-prepare.ts';
import { cleanHeaders, detectDecimal, parseNumber, typeColumn } from './table-columns.ts';

export function csvTable(cells: CsvColumns, shape: CsvShape, fileName: string): RawTable {
  const all = cells.kind === 'joined' ? cells.columns.map(splitCsvColumn) : cells.columns;
  if (cells.kind === 'joined' && all.some((col) => col.length !== cells.rows)) throw new Error(`${fileName}: a cell holds the separator its column was joined with`);
  if (all.length === 0 || all[0].length === 0) throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });

  const n = checkHeader(all.map((col) => col[0]), all[0].length - 1, fileName);

  const { columns, renamed } = cleanHeaders(all.map((col) => col[0]));
  const raw = all.map((col) => col.slice(1));
  const decimal = detectDecimal(raw, shape.delimiter);
  const typed = raw.map((col) => typeColumn(col, decimal));
  return {
    fileName,
    columns,
    types: typed.map((t) => t.type),
    values: typed.map((t) => t.values),
    rowCount: n,
    read: { format: 'csv', encoding: shape.encoding, bom: shape.bom, delimiter: shape.delimiter, decimal },
    renamed,
  };
}

/** Refuses a header line that names nothing (`no-header`) or a file without data rows (`no-rows`); returns `rows`. */
export function checkHeader(header: readonly (string | null)[], rows: number, fileName: string): number {
  if (header.every((h) => h === null || h.trim() === '' || parseNumber(h, '.') !== null || parseNumber(h, ',') !== null)) {
    throw new ImportError('no-header', `${fileName} has no header row: its first line must name the columns.`, { file: fileName });
  }
  if (rows === 0) throw new ImportError('no-rows', `${fileName} has a header but no rows of data.`, { file: fileName });
  return rows;
}
