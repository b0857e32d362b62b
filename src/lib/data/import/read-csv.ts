/**
 * CSV (or any delimited text) through DuckDB's CSV reader: the text is registered as a virtual
 * file and read with the sniffed delimiter, RFC 4180 quoting and strict mode, every cell as text;
 * then headers are cleaned and columns typed here (table-columns.ts) under the file's decimal
 * separator. A row with too few or too many fields is refused with its line number.
 */
import { sqlString, type Db } from '../db.ts';
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';
import type { DecodedText } from './sniff-encoding.ts';
import { countDelimiters, firstLines, sniffDelimiter } from './sniff-delimiter.ts';
import { cleanHeaders, detectDecimal, parseNumber, typeColumn } from './table-columns.ts';

let sequence = 0;

export async function readCsv(decoded: DecodedText, fileName: string, db: Db): Promise<RawTable> {
  // Leading blank lines are dropped; error line numbers still count them.
  const lead = /^(?:[ \t]*\r?\n)*/.exec(decoded.text)?.[0] ?? '';
  const skipped = lead.split('\n').length - 1;
  const text = decoded.text.slice(lead.length);
  if (text.trim() === '') throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });

  const delimiter = sniffDelimiter(text);
  const width = countDelimiters(firstLines(text, 1)[0] ?? '', delimiter) + 1;
  const columnsSql = Array.from({ length: width }, (_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ');
  const virtual = `focal-import-${++sequence}.csv`;
  await db.registerText(virtual, text);
  const source =
    `read_csv(${sqlString(virtual)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', header = false, ` +
    `auto_detect = false, strict_mode = true, null_padding = false, columns = {${columnsSql}})`;
  let all: (string | null)[][];
  try {
    all = await readColumns(db, source, width);
  } catch (err) {
    throw csvError(err, fileName, skipped);
  } finally {
    await db.registerText(virtual, '').catch(() => {});
  }
  if (all[0].length === 0) throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });

  const header = all.map((col) => col[0]);
  if (header.every((h) => h === null || h.trim() === '' || parseNumber(h, '.') !== null || parseNumber(h, ',') !== null)) {
    throw new ImportError('no-header', `${fileName} has no header row: its first line must name the columns.`, { file: fileName });
  }
  const n = all[0].length - 1;
  if (n === 0) throw new ImportError('no-rows', `${fileName} has a header but no rows of data.`, { file: fileName });

  const { columns, renamed } = cleanHeaders(header);
  const raw = all.map((col) => col.slice(1));
  const decimal = detectDecimal(raw, delimiter);
  const typed = raw.map((col) => typeColumn(col, decimal));
  return {
    fileName,
    columns,
    types: typed.map((t) => t.type),
    values: typed.map((t) => t.values),
    rowCount: n,
    read: { format: 'csv', encoding: decoded.encoding, bom: decoded.bom, delimiter, decimal },
    renamed,
  };
}

const UNIT = '\u001f';
const NULL_CELL = '\u001e';

/**
 * Every column of the CSV (header line included) as an array of cells. Fetching 100,000 rows as
 * row objects costs about a second in Arrow decoding; instead each column comes back as ONE string
 * (`string_agg` with the unit separator U+001F, empty cells as U+001E) and is split here — about
 * four times faster. The aggregate sees rows in file order because DuckDB-WASM runs on one thread
 * (tests/duckdb/import-csv.test.ts checks the order on 100,000 rows). A file whose cells hold those
 * control characters falls back to fetching rows.
 */
async function readColumns(db: Db, source: string, width: number): Promise<(string | null)[][]> {
  const aggs = Array.from({ length: width }, (_, c) => `string_agg(coalesce(c${c}, chr(30)), chr(31)) AS c${c}`).join(', ');
  const [agg] = await db.query<Record<string, string | number | null>>(`SELECT count(*)::DOUBLE AS n, ${aggs} FROM ${source}`);
  const n = Number(agg.n);
  if (n === 0) return Array.from({ length: width }, () => []);
  const split = Array.from({ length: width }, (_, c) => String(agg[`c${c}`]).split(UNIT));
  if (split.every((col) => col.length === n)) return split.map((col) => col.map((v) => (v === NULL_CELL ? null : v)));
  const rows = await db.query<Record<string, string | null>>(`SELECT * FROM ${source}`);
  return Array.from({ length: width }, (_, c) => rows.map((r) => r[`c${c}`]));
}

/** DuckDB's CSV error as an ImportError `csv-parse` with the file's line number. */
function csvError(err: unknown, fileName: string, skipped: number): ImportError {
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
