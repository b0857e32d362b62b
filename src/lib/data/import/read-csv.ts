/**
 * CSV (or any delimited text) through DuckDB's CSV reader, in three steps that the browser splits
 * between threads (src/lib/state/parse-file.ts): {@link prepareCsv} (encoding, blank lines,
 * delimiter; UTF-8 bytes out), {@link readCsvColumns} (DuckDB, every cell as text, ragged rows
 * refused with their line number) and {@link csvTable} (headers cleaned, columns typed under the
 * file's decimal separator). Node (tests, CLI) runs them one after the other here.
 */
import type { Db } from '../db.ts';
import type { RawTable } from './import-types.ts';
import { readCsvColumns } from './read-csv-columns.ts';
import { prepareCsv } from './read-csv-prepare.ts';
import { csvTable } from './read-csv-table.ts';

export async function readCsv(bytes: Uint8Array, fileName: string, db: Db): Promise<RawTable> {
  const csv = prepareCsv(bytes, fileName);
  return csvTable(await readCsvColumns(db, csv, fileName), csv, fileName);
}
