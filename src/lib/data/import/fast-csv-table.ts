/**
 * The quick way through a well-formed CSV, in the import worker without DuckDB: one pass over the
 * decoded text that finds every cell, checks the shape and types the columns, then the table sent
 * to the main thread as the UTF-8 bytes the text was decoded from plus, per text column, the
 * offsets of its trimmed cells in that text (an Int32Array) and, per number column, its values (a
 * Float64Array), all buffers transferred — no string is cloned across threads, no row object is
 * built. The main thread decodes the bytes again only when a text column is first read: cloning
 * the text itself (a 10 MB string) cost ~100 ms in the worker and ~250 ms on the main thread
 * before the mapping dialog in a Chromium trace of a 100,000-row file, and the dialog reads no
 * cell of an investment list.
 *
 * It only takes files whose reading is beyond doubt, the same cells DuckDB's strict reader
 * (read-csv-columns.ts) gives: rows ended by LF or CRLF, each with exactly the header's number of
 * fields; a field either unquoted without any quote in it, or quoted from its first character to a
 * closing quote right before the delimiter or the end of the line (`""` inside for a quote), with
 * no line break inside. Anything else — a ragged row, a stray quote, a lone CR, an empty line
 * inside the file, a line break in a quoted cell, the control characters DuckDB's cells are joined
 * with, a very long line — is declined (null), and the file goes through DuckDB as before, which
 * gives the same table or the refusal with its line number. Typing follows packed-csv-table.ts
 * cell for cell (tests/duckdb/fast-csv-table.test.ts compares both on every fixture and on
 * generated files).
 */
import type { CellValue, RawTable } from './import-types.ts';
import type { PreparedCsv } from './read-csv-prepare.ts';
import { checkHeader } from './read-csv-table.ts';
import { cleanHeaders, detectDecimal, parseNumber } from './table-columns.ts';
import { SAMPLE, sampleRows } from './sample-rows.ts';
import { registerSampledCells } from './sampled-cells.ts';

/** Lines longer than this are left to DuckDB (its own line limit is 2 MB). */
const MAX_LINE = 1 << 20;

export interface FastCsvTable extends Omit<RawTable, 'values' | 'types'> {
  /** The UTF-8 bytes whose text (`new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8)`) the offsets point into. */
  utf8: Uint8Array;
  /** Per column: numbers (NaN empty), or the [start, end) of every trimmed cell (start -1: empty; start -2 - s: a quoted cell with `""` to undo). */
  packed: ({ type: 'number'; values: Float64Array } | { type: 'text'; cells: Int32Array })[];
  /**
   * For a file of more rows than the first guess looks at: the cells of those rows
   * (sample-rows.ts) in each text column (null for a number column), as the table gives them,
   * so that the guess before the mapping dialog builds no column (see sampled-cells.ts).
   */
  sample?: (CellValue[] | null)[];
}

/**
 * The table of a well-formed CSV, or null to leave the file to DuckDB; `transfer` lists the
 * buffers to move. `decoded` is the text of `csv.bytes` when the caller has it already
 * (prepareCsvDecoded), so that the file is not decoded twice.
 */
export function readCsvFast(csv: PreparedCsv, fileName: string, decoded?: string | null): { table: FastCsvTable; transfer: ArrayBuffer[] } | null {
  if (csv.control || csv.width < 1) return null;
  const text = decoded ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
  const width = csv.width;
  const delim = csv.delimiter.charCodeAt(0);
  if (csv.delimiter.length !== 1) return null;
  // Cells as [start, end) in the raw text (quotes included), row after row, grown as needed.
  let starts = new Int32Array(1 << 16);
  let ends = new Int32Array(1 << 16);
  let n = 0;
  const n0 = text.length;
  let i = 0;
  let rows = 0;
  while (i < n0) {
    const lineStart = i;
    let fields = 0;
    for (;;) {
      if (n === starts.length) {
        const s2 = new Int32Array(n * 2);
        s2.set(starts);
        starts = s2;
        const e2 = new Int32Array(n * 2);
        e2.set(ends);
        ends = e2;
      }
      const start = i;
      let c = text.charCodeAt(i);
      if (c === 0x22) {
        // Quoted: to the closing quote; `""` is a quote; no line break inside.
        i++;
        for (;;) {
          if (i >= n0) return null;
          c = text.charCodeAt(i);
          if (c === 0x22) {
            if (text.charCodeAt(i + 1) === 0x22) {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === 0x0a || c === 0x0d) return null;
          i++;
        }
        c = i < n0 ? text.charCodeAt(i) : 0x0a;
        if (c !== delim && c !== 0x0a && c !== 0x0d) return null;
      } else {
        while (i < n0) {
          c = text.charCodeAt(i);
          if (c === delim || c === 0x0a || c === 0x0d) break;
          if (c === 0x22) return null;
          i++;
        }
        if (i >= n0) c = 0x0a;
      }
      starts[n] = start;
      ends[n] = i;
      n++;
      fields++;
      if (c === delim) {
        i++;
        continue;
      }
      // End of the line: LF, CRLF or the end of the text; a lone CR is left to DuckDB.
      if (c === 0x0d) {
        if (text.charCodeAt(i + 1) !== 0x0a) return null;
        i++;
      }
      i++;
      break;
    }
    if (fields !== width || i - lineStart > MAX_LINE) return null;
    // An empty line (one empty field) inside a one-column file: left to DuckDB.
    if (width === 1 && ends[n - 1] === starts[n - 1]) return null;
    rows++;
  }
  if (rows === 0) return null;

  const cell = (k: number): string | null => {
    const s = starts[k];
    const e = ends[k];
    if (s === e) return null;
    if (text.charCodeAt(s) === 0x22) {
      if (e - s === 2) return null;
      const inner = text.slice(s + 1, e - 1);
      return inner.includes('"') ? inner.replaceAll('""', '"') : inner;
    }
    return text.slice(s, e);
  };
  const header = Array.from({ length: width }, (_, c) => cell(c));
  const rowCount = checkHeader(header, rows - 1, fileName);
  const { columns, renamed } = cleanHeaders(header);
  let decimal: '.' | ',' = '.';
  if (csv.delimiter !== ',') {
    const all = Array.from({ length: width }, (_, c) => {
      const col: (string | null)[] = new Array(rowCount);
      for (let r = 0; r < rowCount; r++) col[r] = cell((r + 1) * width + c);
      return col;
    });
    decimal = detectDecimal(all, csv.delimiter);
  }
  const packed: FastCsvTable['packed'] = [];
  const transfer: ArrayBuffer[] = [];
  for (let c = 0; c < width; c++) {
    const numbers = numberColumn(c);
    if (numbers) {
      packed.push({ type: 'number', values: numbers });
      transfer.push(numbers.buffer as ArrayBuffer);
    } else {
      const cells = textColumn(c);
      packed.push({ type: 'text', cells });
      transfer.push(cells.buffer as ArrayBuffer);
    }
  }
  const table: FastCsvTable = {
    fileName,
    columns,
    rowCount,
    read: { format: 'csv', encoding: csv.encoding, bom: csv.bom, delimiter: csv.delimiter, decimal },
    renamed,
    utf8: csv.bytes,
    packed,
  };
  if (rowCount > SAMPLE) {
    const rows = sampleRows(rowCount);
    table.sample = packed.map((p) => (p.type === 'text' ? rows.map((r) => textCell(p.cells, r, text)) : null));
  }
  transfer.push(csv.bytes.buffer as ArrayBuffer);
  return { table, transfer };

  /** packed-csv-table.ts's rule: every cell a number or empty (NaN), else null. */
  function numberColumn(c: number): Float64Array | null {
    const f = new Float64Array(rowCount);
    for (let r = 0; r < rowCount; r++) {
      const v = cell((r + 1) * width + c);
      if (v === null || v.trim() === '') {
        f[r] = NaN;
        continue;
      }
      const x = parseNumber(v, decimal);
      if (x === null) return null;
      f[r] = x;
    }
    return f;
  }

  /** The trimmed cell's offsets in the text (white space as String.prototype.trim sees it). */
  function textColumn(c: number): Int32Array {
    const out = new Int32Array(rowCount * 2);
    for (let r = 0; r < rowCount; r++) {
      const k = (r + 1) * width + c;
      let s = starts[k];
      let e = ends[k];
      let escaped = false;
      if (s < e && text.charCodeAt(s) === 0x22) {
        s++;
        e--;
        escaped = text.slice(s, e).includes('""');
      }
      if (escaped) {
        // Trimmed after undoing the quotes, on the main thread (rare).
        out[2 * r] = -2 - s;
        out[2 * r + 1] = e;
        continue;
      }
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (s < e) {
        out[2 * r] = s;
        out[2 * r + 1] = e;
      } else {
        out[2 * r] = -1;
        out[2 * r + 1] = -1;
      }
    }
    return out;
  }
}

/** White space as String.prototype.trim sees it (`\s`: the same set), ASCII answered first. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));
}

/** The table's columns, and the rest of it as the RawTable has it (without the bytes). */
function tableParts(table: FastCsvTable): { packed: FastCsvTable['packed']; rest: Omit<FastCsvTable, 'packed' | 'utf8' | 'sample'> } {
  const { fileName, columns, rowCount, read, renamed } = table;
  return { packed: table.packed, rest: { fileName, columns, rowCount, read, renamed } };
}

/** Bytes of text decoded per task after the dialog (streamed: a character split across two slices comes out whole). */
const DECODE_SLICE = 1 << 20;

/** The text the table's offsets point into (what the worker's reader scanned). */
function textOf(table: FastCsvTable): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(table.utf8);
}

/** The table again, one column per task (`pause` between columns). */
export async function unpackFastCsv(table: FastCsvTable, pause: () => Promise<void>): Promise<RawTable> {
  const { packed, rest } = tableParts(table);
  const text = packed.some((p) => p.type === 'text') ? textOf(table) : '';
  const values: CellValue[][] = [];
  for (let c = 0; c < packed.length; c++) {
    if (c > 0) await pause();
    values.push(unpackColumn(packed[c], text));
  }
  await pause();
  return { ...rest, types: packed.map((p) => p.type), values };
}

/**
 * The table at once, for the mapping dialog, with its columns still to build: each column is
 * built when `table.values[c]` is first read (the dialog reads none for an investment list; its
 * guess of indicator columns reads the text columns that are not keys), the text decoded from
 * the bytes when a text column is first built. `done` builds the rest one column per task,
 * the first once `start` resolves (the caller lets the dialog's frame go first) and `pause`
 * between the others, and resolves to `table` itself, complete. Building 100,000 values per
 * column (and collecting them) was a third of the main thread's share of a 100,000-row CSV's
 * import in a Chromium trace; the dialog needs none of it to open. The values are those
 * unpackFastCsv gives.
 */
export function unpackFastCsvEarly(table: FastCsvTable, pause: () => Promise<void>, start: () => Promise<void> = pause): { table: RawTable; done: Promise<RawTable> } {
  const { packed, rest } = tableParts(table);
  let text: string | null = null;
  const values: CellValue[][] = new Array(packed.length);
  for (let c = 0; c < packed.length; c++) {
    Object.defineProperty(values, c, {
      configurable: true,
      enumerable: true,
      get: () => build(c),
    });
  }
  /** Column `c` built and put in its place as a plain element. */
  const build = (c: number): CellValue[] => {
    const col = packed[c];
    if (col.type === 'text') text ??= textOf(table);
    const out = unpackColumn(col, text ?? '');
    Object.defineProperty(values, c, { value: out, configurable: true, enumerable: true, writable: true });
    return out;
  };
  const whole: RawTable = { ...rest, types: packed.map((p) => p.type), values };
  const sample = table.sample;
  if (sample) {
    // The first guess's rows of a text column not built yet, from the sample (the same values);
    // a number column's cell from its numbers (as unpackColumn gives it).
    const at = new Map(sampleRows(rest.rowCount).map((r, k) => [r, k]));
    registerSampledCells(whole, (c, r) => {
      if (!Object.getOwnPropertyDescriptor(values, c)?.get) return undefined;
      const col = packed[c];
      if (col?.type === 'number') return r >= 0 && r < col.values.length ? (Number.isNaN(col.values[r]) ? null : col.values[r]) : undefined;
      const k = at.get(r);
      return k === undefined ? undefined : sample[c]?.[k];
    });
  }
  const done = (async (): Promise<RawTable> => {
    await start();
    const pending = (c: number): boolean => !!Object.getOwnPropertyDescriptor(values, c)?.get;
    for (let c = 0; c < packed.length; c++) {
      if (c > 0) await pause();
      if (!pending(c)) continue;
      // The text decoded a slice per task (a 10 MB file at once was a task of several hundred
      // milliseconds right after the dialog opened), then the column (unless something read it meanwhile).
      if (packed[c].type === 'text' && text === null) {
        const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        const bytes = table.utf8;
        let part = '';
        for (let at = 0; at < bytes.length && text === null; at += DECODE_SLICE) {
          const end = Math.min(bytes.length, at + DECODE_SLICE);
          part += decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
          await pause();
        }
        // Whole unless a read in between decoded it at once.
        text ??= part;
        if (!pending(c)) continue;
      }
      if (pending(c)) build(c);
    }
    text = null;
    return whole;
  })();
  return { table: whole, done };
}

/** One column's cells as the table holds them (null for an empty cell). */
function unpackColumn(col: FastCsvTable['packed'][number], text: string): CellValue[] {
  if (col.type === 'number') {
    const f = col.values;
    const out: CellValue[] = new Array(f.length);
    for (let r = 0; r < f.length; r++) out[r] = Number.isNaN(f[r]) ? null : f[r];
    return out;
  }
  const cells = col.cells;
  const rows = cells.length / 2;
  const out: CellValue[] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = textCell(cells, r, text);
  return out;
}

/** Row `r` of a text column (its cells' offsets into `text`; see {@link FastCsvTable}). */
function textCell(cells: Int32Array, r: number, text: string): CellValue {
  const s = cells[2 * r];
  if (s === -1) return null;
  if (s >= 0) return text.slice(s, cells[2 * r + 1]);
  const t = text.slice(-2 - s, cells[2 * r + 1]).replaceAll('""', '"').trim();
  return t === '' ? null : t;
}
