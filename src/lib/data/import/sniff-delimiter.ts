/**
 * The delimiter of a delimited text (`,` `;` tab `|`), from its header line: the candidate that
 * splits the header most (outside double quotes), ties settled by the second line agreeing.
 * DuckDB's own `sniff_csv` is not used for this: on files with ragged rows it guesses wrong
 * (a comma file with one long row came back as `|`) or silently skips rows, while the header
 * line of a planner's file is reliable.
 */

export const DELIMITERS = ['\t', ';', ',', '|'] as const;

/** The first `count` logical lines (a newline inside double quotes does not end a line). */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < text.length && lines.length < count; i++) {
    const ch = text[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\n' && !inQuote) {
      lines.push(text.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  if (lines.length < count && start < text.length) lines.push(text.slice(start).replace(/\r$/, ''));
  return lines;
}

/** How many times `delimiter` occurs in `line` outside double quotes. */
export function countDelimiters(line: string, delimiter: string): number {
  let n = 0;
  let inQuote = false;
  for (const ch of line) {
    if (ch === '"') inQuote = !inQuote;
    else if (ch === delimiter && !inQuote) n++;
  }
  return n;
}

export function sniffDelimiter(text: string): string {
  const [header = '', second] = firstLines(text, 2);
  return delimiterOf(header, second, (d) => text.includes(d));
}

/**
 * {@link sniffDelimiter} on UTF-8 bytes, decoding only the head of the file: the same answer as
 * `sniffDelimiter(decode(bytes))` without building the whole text. Also returns the header line.
 */
export function sniffDelimiterBytes(bytes: Uint8Array): { delimiter: string; header: string } {
  const [header = '', second] = headLines(bytes, 2);
  return { delimiter: delimiterOf(header, second, (d) => bytes.includes(d.charCodeAt(0))), header };
}

/** The first `count` logical lines of UTF-8 `bytes`, decoding a growing prefix until they are complete. */
export function headLines(bytes: Uint8Array, count: number): string[] {
  const decoder = new TextDecoder('utf-8');
  for (let size = 1 << 16; ; size *= 4) {
    if (size >= bytes.length) return firstLines(decoder.decode(bytes), count);
    // A line followed by another one ended inside the prefix, so it is whole.
    const lines = firstLines(decoder.decode(bytes.subarray(0, size)), count + 1);
    if (lines.length > count) return lines.slice(0, count);
  }
}

function delimiterOf(header: string, second: string | undefined, occurs: (d: string) => boolean): string {
  let best: string | null = null;
  let bestCount = 0;
  let bestAgrees = false;
  for (const d of DELIMITERS) {
    const n = countDelimiters(header, d);
    if (n === 0) continue;
    const agrees = second !== undefined && countDelimiters(second, d) === n;
    if (n > bestCount || (n === bestCount && agrees && !bestAgrees)) {
      best = d;
      bestCount = n;
      bestAgrees = agrees;
    }
  }
  if (best !== null) return best;
  // One column: any delimiter that never occurs keeps every line whole.
  return DELIMITERS.find((d) => !occurs(d)) ?? ',';
}
