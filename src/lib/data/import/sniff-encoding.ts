/**
 * Text decoding of a planner's file: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise
 * valid UTF-8 is UTF-8, and anything else is Windows-1252 (Latin-1 as Excel writes it in Spanish),
 * unless the file also holds valid multi-byte UTF-8 sequences — then it is a mix of the two
 * (typically rows pasted from two sources) and decoding it either way would garble some names,
 * so it is refused with the first line that is not UTF-8.
 */
import { ImportError } from './import-error.ts';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

/** How a file's text is encoded, and where the text starts (after a byte-order mark). */
export interface SniffedEncoding {
  encoding: TextEncoding;
  bom: boolean;
  /** Byte offset of the text (the length of the byte-order mark, or 0). */
  start: number;
}

/**
 * The encoding of `bytes` without decoding more than validation needs; a UTF-8 result is
 * validated (the bytes are well-formed UTF-8 from `start` on). Throws `mixed-encoding`.
 */
export function sniffEncoding(bytes: Uint8Array, fileName: string): SniffedEncoding {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) throw mixed(fileName, body, bad);
    return { encoding: 'utf-8', bom: true, start: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true, start: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true, start: 2 };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { encoding: 'utf-8', bom: false, start: 0 };
  if (hasMultiByteUtf8(bytes)) throw mixed(fileName, bytes, bad);
  return { encoding: 'windows-1252', bom: false, start: 0 };
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  // Well-formed UTF-8, the usual case, is checked and decoded in one native pass (a fatal
  // decoder refuses exactly what firstInvalidUtf8 finds); anything else is sniffed byte by byte.
  const utf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = !utf8Bom && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(utf8Bom ? 3 : 0)), encoding: 'utf-8', bom: utf8Bom };
    } catch {
      // Not UTF-8: sniffed below (Windows-1252, or the mixed-encoding error with its line).
    }
  }
  const { encoding, bom, start } = sniffEncoding(bytes, fileName);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(start)), encoding, bom };
}

function mixed(fileName: string, bytes: Uint8Array, at: number): ImportError {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return new ImportError(
    'mixed-encoding',
    `${fileName} mixes two text encodings (UTF-8 and Latin-1/Windows-1252); line ${line} is not UTF-8. Save the whole file again as UTF-8.`,
    { file: fileName, line },
  );
}

/** Length of the well-formed UTF-8 sequence starting at `i` (2–4), or 0 when there is none. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i];
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Byte offset of the first byte that does not start a well-formed UTF-8 character, or -1. One pass
 * over the bytes (the same rule as {@link sequenceAt}, written out for speed): about half the time
 * of a fatal TextDecoder on an 11 MB file, and no 22 MB string built only to be dropped.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let more: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) more = 1;
    else if (c === 0xe0) [more, lo] = [2, 0xa0];
    else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) more = 2;
    else if (c === 0xed) [more, hi] = [2, 0x9f];
    else if (c === 0xf0) [more, lo] = [3, 0x90];
    else if (c >= 0xf1 && c <= 0xf3) more = 3;
    else if (c === 0xf4) [more, hi] = [3, 0x8f];
    else return i;
    if (i + more >= n) return i;
    const c1 = b[i + 1];
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= more; k++) {
      const ck = b[i + k];
      if (ck < 0x80 || ck > 0xbf) return i;
    }
    i += more + 1;
  }
  return -1;
}

/** True when `b` holds at least one well-formed multi-byte UTF-8 character. */
export function hasMultiByteUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0xc2 && sequenceAt(b, i) > 0) return true;
  }
  return false;
}
