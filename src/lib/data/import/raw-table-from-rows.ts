/**
 * A {@link RawTable} from rows of text cells as a plain CSV parser gives them (the CLI's reader,
 * tests): headers cleaned and columns typed by the rules every importer shares (table-columns.ts).
 */
import type { RawTable, ReadInfo } from './import-types.ts';
import { cleanHeaders, typeColumn } from './table-columns.ts';

export function rawTableFromRows(fileName: string, header: readonly string[], rows: readonly (readonly string[])[], read: ReadInfo = { format: 'csv' }): RawTable {
  const { columns, renamed } = cleanHeaders(header);
  const decimal = read.decimal ?? '.';
  const types: RawTable['types'] = [];
  const values: RawTable['values'] = [];
  columns.forEach((_, c) => {
    const typed = typeColumn(
      rows.map((r) => r[c] ?? ''),
      decimal,
    );
    types.push(typed.type);
    values.push(typed.values);
  });
  return { fileName, columns, types, values, rowCount: rows.length, read, renamed };
}
