import Flatbush from 'flatbush';

/**
 * Pairs of boxes that overlap (touching counts), found with a Flatbush R-tree (packed Hilbert
 * R-tree, as in point-index.ts) so that the cost grows with the number of overlaps, not with n².
 * Boxes are [minX, minY, maxX, maxY] per unit, interleaved in one array; a box with a NaN side (or
 * min > max) takes part in no pair. Returns the pairs as a flat array [i0, j0, i1, j1, …] with
 * i < j, each pair once, ordered by j then i; `accept(i, j)` (i < j), when given, is asked once per
 * overlapping pair and drops the pairs it refuses.
 */
export function overlappingBoxes(boxes: Float64Array, accept?: (i: number, j: number) => boolean): Int32Array {
  const n = boxes.length / 4;
  // NaN comparisons are false, so a box with a NaN side is not usable.
  const usable: number[] = [];
  for (let i = 0; i < n; i++) if (boxes[4 * i] <= boxes[4 * i + 2] && boxes[4 * i + 1] <= boxes[4 * i + 3]) usable.push(i);
  const out: number[] = [];
  if (usable.length < 2) return Int32Array.from(out);
  const tree = new Flatbush(usable.length);
  for (const i of usable) tree.add(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]);
  tree.finish();
  // Flatbush's search is inclusive on every side, so boxes that only touch are found.
  for (let q = 0; q < usable.length; q++) {
    const j = usable[q];
    const found = tree.search(boxes[4 * j], boxes[4 * j + 1], boxes[4 * j + 2], boxes[4 * j + 3], (k) => k < q);
    found.sort((a, b) => a - b);
    for (const k of found) {
      const i = usable[k];
      if (!accept || accept(i, j)) out.push(i, j);
    }
  }
  return Int32Array.from(out);
}
