/** Rows the first guess of a key looks at (evenly spread over a longer file; see guess-join-key.ts). */
export const SAMPLE = 5000;

/** The rows of a table of `n` rows that the first guess looks at, ascending. */
export function sampleRows(n: number): number[] {
  if (n <= SAMPLE) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: SAMPLE }, (_, i) => Math.floor((i * n) / SAMPLE));
}
