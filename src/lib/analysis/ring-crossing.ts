/**
 * Whether a polygon's rings cross: two of its edges (of one ring — a bow-tie — or of two rings — a
 * hole through its shell) cross properly, each passing through the other's interior. Rings that
 * only touch (a vertex shared, a spike folding back along itself) are not crossings: they fill the
 * same whichever fill rule a map uses, and a crossing is what makes the filled area depend on it.
 *
 * The polygon comes flat, as packed layers hold it: `coords` holds positions of `dim` numbers
 * (x, y first), and `rings` lists each ring as [first position, position count]. Edges are taken
 * between consecutive positions of a ring, so a ring must be closed (its last position equal to
 * its first) for its closing edge to count. Edges are bucketed by their smallest x, so a municipio
 * of thousands of vertices is not compared pair by pair. Pure.
 */

/** Below this many edges every pair is compared (cheaper than sorting). */
const ALL_PAIRS = 48;

export function ringsCross(coords: ArrayLike<number>, rings: readonly (readonly [number, number])[], dim = 2): boolean {
  let n = 0;
  for (const [, count] of rings) n += Math.max(0, count - 1);
  if (n < 4) return false;
  // Each edge: its two ends (x0, y0, x1, y1), zero-length edges left out.
  const ends = new Float64Array(n * 4);
  let m = 0;
  for (const [first, count] of rings) {
    for (let k = first; k < first + count - 1; k++) {
      const a = k * dim;
      const b = (k + 1) * dim;
      const x0 = coords[a];
      const y0 = coords[a + 1];
      const x1 = coords[b];
      const y1 = coords[b + 1];
      if (x0 === x1 && y0 === y1) continue;
      ends[m * 4] = x0;
      ends[m * 4 + 1] = y0;
      ends[m * 4 + 2] = x1;
      ends[m * 4 + 3] = y1;
      m++;
    }
  }
  if (m < ALL_PAIRS) {
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (cross(ends, i, j)) return true;
    return false;
  }
  // Edges bucketed by their smallest x (a counting sort: no comparator calls), then each edge is
  // compared with the edges of its bucket that come after it and of the later buckets its x reaches.
  const minX = new Float64Array(m);
  const maxX = new Float64Array(m);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < m; i++) {
    const x0 = ends[i * 4];
    const x1 = ends[i * 4 + 2];
    minX[i] = x0 < x1 ? x0 : x1;
    maxX[i] = x0 < x1 ? x1 : x0;
    if (minX[i] < lo) lo = minX[i];
    if (maxX[i] > hi) hi = maxX[i];
  }
  const buckets = m;
  const scale = hi > lo ? (buckets - 1) / (hi - lo) : 0;
  const bucketOf = (x: number): number => Math.min(buckets - 1, Math.floor((x - lo) * scale));
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < m; i++) start[bucketOf(minX[i]) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const order = new Uint32Array(m);
  const fill = start.slice(0, buckets);
  for (let i = 0; i < m; i++) order[fill[bucketOf(minX[i])]++] = i;
  for (let b = 0; b < buckets; b++) {
    for (let p = start[b]; p < start[b + 1]; p++) {
      const i = order[p];
      const left = minX[i];
      const right = maxX[i];
      const last = start[bucketOf(right) + 1];
      for (let q = p + 1; q < last; q++) {
        const j = order[q];
        if (minX[j] > right || maxX[j] < left) continue;
        if (cross(ends, i, j)) return true;
      }
    }
  }
  return false;
}

/** Edges i and j cross properly: each one's ends lie strictly on either side of the other. */
function cross(e: Float64Array, i: number, j: number): boolean {
  const ax = e[i * 4];
  const ay = e[i * 4 + 1];
  const bx = e[i * 4 + 2];
  const by = e[i * 4 + 3];
  const cx = e[j * 4];
  const cy = e[j * 4 + 1];
  const dx = e[j * 4 + 2];
  const dy = e[j * 4 + 3];
  // Boxes first: most pairs the sweep meets are apart in y.
  if ((ay < by ? ay : by) > (cy > dy ? cy : dy) || (ay > by ? ay : by) < (cy < dy ? cy : dy)) return false;
  const d1 = orient(ax, ay, bx, by, cx, cy);
  const d2 = orient(ax, ay, bx, by, dx, dy);
  if (d1 === 0 || d2 === 0 || d1 > 0 === d2 > 0) return false;
  const d3 = orient(cx, cy, dx, dy, ax, ay);
  const d4 = orient(cx, cy, dx, dy, bx, by);
  return d3 !== 0 && d4 !== 0 && d3 > 0 !== d4 > 0;
}

/** The sign of the turn a → b → c (positive: left), 0 when the three are in line. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
