/**
 * The first step of reading a CSV, without a database (the browser runs it in the import worker):
 * the encoding checked (sniff-encoding.ts), leading blank lines dropped, the delimiter sniffed from
 * the header line, and the text handed on as UTF-8 BYTES for DuckDB's reader. A UTF-8 file's own
 * bytes go through untouched (only the byte-order mark and blank lines are cut off, as views, no
 * copy); only Windows-1252 and UTF-16 files are decoded and encoded again.
 */
import { ImportError } from './import-error.ts';
import { countDelimiters, sniffDelimiterBytes } from './sniff-delimiter.ts';
import { sniffEncoding, type TextEncoding } from './sniff-encoding.ts';

/** What the next steps need to know of a CSV (read-csv-columns.ts, read-csv-table.ts). */
export interface CsvShape {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: string;
  /** Fields in the header line. */
  width: number;
  /** Blank lines dropped before the header (DuckDB's line numbers are shifted back by this many). */
  skipped: number;
  /** The text holds U+001E or U+001F, with which DuckDB's cells are otherwise joined (split-csv-column.ts). */
  control: boolean;
}

export interface PreparedCsv extends CsvShape {
  /** The text from the header line on, as UTF-8 (a view of the file's bytes when it was UTF-8). */
  bytes: Uint8Array;
}

export function prepareCsv(bytes: Uint8Array, fileName: string): PreparedCsv {
  return prepareCsvDecoded(bytes, fileName).csv;
}

/**
 * {@link prepareCsv}, plus the text of `csv.bytes` when the file was UTF-8 (what
 * `new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes)` gives), else null. Well-formed
 * UTF-8, the usual case, is checked by one native fatal decode (it refuses exactly what
 * firstInvalidUtf8 finds) instead of a scan of every byte in JavaScript, and the fast reader
 * (fast-csv-table.ts) takes that text rather than decoding the file a second time. The text
 * stays on the thread that decoded it: it is not part of `csv`.
 */
export function prepareCsvDecoded(bytes: Uint8Array, fileName: string): { csv: PreparedCsv; text: string | null } {
  const lead = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf16 = lead === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  let text: string | null = null;
  if (!utf16) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(lead));
    } catch {
      // Not UTF-8: sniffed byte by byte (Windows-1252, or the mixed-encoding error with its line).
    }
  }
  const { encoding, bom, start } = text !== null ? { encoding: 'utf-8' as const, bom: lead === 3, start: lead } : sniffEncoding(bytes, fileName);
  let utf8: Uint8Array;
  if (encoding === 'utf-8') {
    utf8 = bytes.subarray(start);
    // TextDecoder drops one more byte-order mark right after the first; so does this.
    if (utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf) {
      utf8 = utf8.subarray(3);
      text = text?.slice(1) ?? null;
    }
  } else {
    utf8 = new TextEncoder().encode(new TextDecoder(encoding).decode(bytes.subarray(start)));
  }
  // Leading blank lines (spaces and tabs only) are dropped; error line numbers still count them.
  let from = 0;
  let skipped = 0;
  for (let i = 0; ; ) {
    while (utf8[i] === 0x20 || utf8[i] === 0x09) i++;
    if (utf8[i] === 0x0d) i++;
    if (utf8[i] !== 0x0a) break;
    from = ++i;
    skipped++;
  }
  utf8 = utf8.subarray(from);
  // The blank lines are ASCII: as many characters as bytes.
  if (text !== null) text = text.slice(from);
  if (isBlank(utf8)) throw new ImportError('empty-file', `${fileName} is empty.`, { file: fileName });
  const { delimiter, header } = sniffDelimiterBytes(utf8);
  // In UTF-8 these bytes are only ever those characters (never part of a longer sequence).
  const control = utf8.includes(0x1e) || utf8.includes(0x1f);
  return { csv: { bytes: utf8, encoding, bom, delimiter, width: countDelimiters(header, delimiter) + 1, skipped, control }, text };
}

/** True when the UTF-8 text is only white space (as `String.prototype.trim` sees it). */
function isBlank(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    // Any ASCII character but white space is text; non-ASCII white space (U+00A0, U+3000…) is rare: decode.
    if (c < 0x80 && c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  }
  return new TextDecoder('utf-8').decode(b).trim() === '';
}
