/**
 * The DuckDB step of reading a CSV: the prepared UTF-8 bytes are registered as a virtual file and
 * read with the sniffed delimiter, RFC 4180 quoting and strict mode, every cell as text. A row with
 * too few or too many fields is refused (`csv-parse`) with its line number in the file.
 *
 * Fetching 100,000 rows as row objects costs about a second in Arrow decoding; instead each column
 * comes back as ONE string (`string_agg` with the unit separator U+001F, empty cells as U+001E),
 * split later (split-csv-column.ts; in the import worker in the browser) — about four times faster.
 * The aggregate sees rows in file order because DuckDB-WASM runs on one thread
 * (tests/duckdb/import-csv.test.ts checks the order on 100,000 rows). When the file holds one of
 * those control characters (prepareCsv tells), the rows are fetched instead.
 */
import { sqlString, type Db } from '../db.ts';
import { ImportError } from './import-error.ts';
import type { CsvShape, PreparedCsv } from './read-csv-prepare.ts';
import type { CsvColumns } from './split-csv-column.ts';

let sequence = 0;

/** Reads the prepared CSV with DuckDB. The bytes are handed over (the browser transfers them). */
export async function readCsvColumns(db: Db, csv: PreparedCsv, fileName: string): Promise<CsvColumns> {
  const columnsSql = Array.from({ length: csv.width }, (_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
  const virtual = `focal-import-${++sequence}.csv`;
  await db.registerBytes(virtual, csv.bytes);
  const source =
    `read_csv(${sqlString(virtual)}, delim = ${sqlString(csv.delimiter)}, quote = '"', escape = '"', header = false, ` +
    `auto_detect = false, strict_mode = true, null_padding = false, columns = {${columnsSql}})`;
  try {
    if (csv.control) {
      const all = await db.query<Record<string, string | null>>(`SELECT * FROM ${source}`);
      return { kind: 'cells', columns: Array.from({ length: csv.width }, (_, c) => all.map((r) => r[`c${c}`])) };
    }
    const aggs = Array.from({ length: csv.width }, (_, c) => `string_agg(coalesce(c${c}, chr(30)), chr(31)) AS c${c}`).join(', ');
    const [agg] = await db.query<Record<string, string | number | null>>(`SELECT count(*)::DOUBLE AS n, ${aggs} FROM ${source}`);
    const rows = Number(agg.n);
    if (rows === 0) return { kind: 'cells', columns: Array.from({ length: csv.width }, () => []) };
    return { kind: 'joined', rows, columns: Array.from({ length: csv.width }, (_, c) => String(agg[`c${c}`])) };
  } catch (err) {
    throw csvError(err, fileName, csv.skipped);
  } finally {
    await db.registerBytes(virtual, new Uint8Array(0)).catch(() => {});
  }
}

/** DuckDB's CSV error as an ImportError `csv-parse` with the file's line number. */
function csvError(err: unknown, fileName: string, skipped: CsvShape['skipped']): ImportError {
  const message = err instanceof Error ? err.message : String(err);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const params: Record<string, string | number> = { file: fileName };
  if (line) params.line = Number(line[1]) + skipped;
  if (counts) {
    params.expected = Number(counts[1]);
    params.found = Number(counts[2]);
  }
  const firstLine = message.split('\n')[0];
  const where = line ? ` on line ${params.line}` : '';
  const what = counts ? `: ${params.found} fields where the header has ${params.expected}` : ` (${firstLine})`;
  params.detail = firstLine;
  return new ImportError('csv-parse', `${fileName} cannot be read as CSV${where}${what}.`, params);
}
