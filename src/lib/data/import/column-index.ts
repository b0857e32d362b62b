/**
 * Where a column the mapping names sits in a parsed table; a `missing-column` ImportError when the
 * file has no such column (the mapping was made for another file, or the file changed).
 */
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';

export function columnIndex(table: RawTable, column: string): number {
  const c = table.columns.indexOf(column);
  if (c < 0) {
    throw new ImportError('missing-column', `${table.fileName}: no column named "${column}"`, {
      file: table.fileName,
      column,
    });
  }
  return c;
}
