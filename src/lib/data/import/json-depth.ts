/**
 * The nesting depth of a JSON text, found by a scan of its brackets (outside strings) before
 * `JSON.parse` walks it: a maliciously deep file would otherwise overflow the parser's stack or
 * the code that walks the result.
 */

/** Offset of the first `[` or `{` that opens level `max + 1`, or -1 when the text stays within `max` levels. */
export function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
