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
  let rows: Record<string, string | null>[];
  try {
    rows = await db.query<Record<string, string | null>>(
      `SELECT * FROM read_csv(${sqlString(virtual)}, delim = ${sqlString(delimiter)}, quote = '"', escape = '"', header = false, ` +
        `auto_detect = false, strict_mode = true, null_padding = false, columns = {${columnsSql}})`,
    );
  } catch (err) {
    throw csvError(err, fileName, skipped);
  } finally {
    await db.registerText(virtual, '').catch(() => {});
  }
  if (rows.length === 0) throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });

  const header = Array.from({ length: width }, (_, c) => rows[0][`c${c}`]);
  if (header.every((h) => h === null || h.trim() === '' || parseNumber(h, '.') !== null || parseNumber(h, ',') !== null)) {
    throw new ImportError('no-header', `${fileName} has no header row: its first line must name the columns.`, { file: fileName });
  }
  if (rows.length === 1) throw new ImportError('no-rows', `${fileName} has a header but no rows of data.`, { file: fileName });

  const { columns, renamed } = cleanHeaders(header);
  const n = rows.length - 1;
  const raw: (string | null)[][] = columns.map((_, c) => {
    const key = `c${c}`;
    const out = new Array<string | null>(n);
    for (let r = 0; r < n; r++) out[r] = rows[r + 1][key];
    return out;
  });
  const decimal = detectDecimal(
    (function* () {
      for (const col of raw) yield* col;
    })(),
    delimiter,
  );
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
