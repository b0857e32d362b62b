/**
 * Pairs of boxes that overlap (touching counts), found with a uniform grid so that the cost grows
 * with the number of overlaps, not with n². Boxes are [minX, minY, maxX, maxY] per unit,
 * interleaved in one array; a box with a NaN side (or min > max) takes part in no pair.
 * Returns the pairs as a flat array [i0, j0, i1, j1, …] with i < j, each pair once.
 */
export function overlappingBoxes(boxes: Float64Array, accept?: (i: number, j: number) => boolean): Int32Array {
  const n = boxes.length / 4;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let sumW = 0;
  let sumH = 0;
  let m = 0;
  // NaN comparisons are false, so a box with a NaN side is not usable.
  const usable = (i: number) => boxes[4 * i] <= boxes[4 * i + 2] && boxes[4 * i + 1] <= boxes[4 * i + 3];
  for (let i = 0; i < n; i++) {
    if (!usable(i)) continue;
    minX = Math.min(minX, boxes[4 * i]);
    minY = Math.min(minY, boxes[4 * i + 1]);
    maxX = Math.max(maxX, boxes[4 * i + 2]);
    maxY = Math.max(maxY, boxes[4 * i + 3]);
    sumW += boxes[4 * i + 2] - boxes[4 * i];
    sumH += boxes[4 * i + 3] - boxes[4 * i + 1];
    m++;
  }
  const out: number[] = [];
  if (m < 2) return Int32Array.from(out);
  // Cells about the size of an average box, at most ~4n cells in all.
  const span = Math.max(maxX - minX, maxY - minY, Number.MIN_VALUE);
  let cell = Math.max(sumW / m, sumH / m, span / Math.sqrt(4 * m));
  if (!(cell > 0)) cell = span > 0 ? span : 1;
  const cols = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const cells = new Map<number, number[]>();
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!usable(i)) continue;
    const c0 = Math.floor((boxes[4 * i] - minX) / cell);
    const c1 = Math.min(cols - 1, Math.floor((boxes[4 * i + 2] - minX) / cell));
    const r0 = Math.floor((boxes[4 * i + 1] - minY) / cell);
    const r1 = Math.min(rows - 1, Math.floor((boxes[4 * i + 3] - minY) / cell));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const key = r * cols + c;
        let list = cells.get(key);
        if (!list) cells.set(key, (list = []));
        for (const j of list) {
          // j < i always: units are inserted in order
          const k = j * n + i;
          if (seen.has(k)) continue;
          if (
            boxes[4 * j] <= boxes[4 * i + 2] && boxes[4 * i] <= boxes[4 * j + 2] &&
            boxes[4 * j + 1] <= boxes[4 * i + 3] && boxes[4 * i + 1] <= boxes[4 * j + 3]
          ) {
            seen.add(k);
            if (!accept || accept(j, i)) out.push(j, i);
          }
        }
        list.push(i);
      }
    }
  }
  return Int32Array.from(out);
}
