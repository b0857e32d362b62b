/** Number of highlighted units. */
export function highlightCount(highlight: Uint8Array | null): number {
  let n = 0;
  if (highlight) for (let i = 0; i < highlight.length; i++) if (highlight[i] === 1) n++;
  return n;
}
