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

/**
 * Working arrays, grown as needed and reused from call to call: a 20 MB layer asks about 13,000
 * polygons, and six new typed arrays per polygon (each with its own backing store for the garbage
 * collector to sweep) cost more than the comparisons themselves. Nothing is kept between calls.
 */
let ends = new Float64Array(1024);
let minX = new Float64Array(256);
let maxX = new Float64Array(256);
let start = new Uint32Array(257);
let order = new Uint32Array(256);
let fill = new Uint32Array(256);

export function ringsCross(coords: ArrayLike<number>, rings: readonly (readonly [number, number])[], dim = 2): boolean {
  let n = 0;
  for (let r = 0; r < rings.length; r++) n += Math.max(0, rings[r][1] - 1);
  if (n < 4) return false;
  if (ends.length < n * 4) {
    const size = Math.max(n, ends.length >> 1);
    ends = new Float64Array(size * 4);
    minX = new Float64Array(size);
    maxX = new Float64Array(size);
    start = new Uint32Array(size + 1);
    order = new Uint32Array(size);
    fill = new Uint32Array(size);
  }
  const e = ends;
  // Each edge: its two ends (x0, y0, x1, y1), zero-length edges left out.
  let m = 0;
  for (let r = 0; r < rings.length; r++) {
    const first = rings[r][0];
    const last = first + rings[r][1] - 1;
    for (let k = first; k < last; k++) {
      const a = k * dim;
      const b = a + dim;
      const x0 = coords[a];
      const y0 = coords[a + 1];
      const x1 = coords[b];
      const y1 = coords[b + 1];
      if (x0 === x1 && y0 === y1) continue;
      const at = m * 4;
      e[at] = x0;
      e[at + 1] = y0;
      e[at + 2] = x1;
      e[at + 3] = y1;
      m++;
    }
  }
  if (m < ALL_PAIRS) {
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (cross(e, i, j)) return true;
    return false;
  }
  // Edges bucketed by their smallest x (a counting sort: no comparator calls), then each edge is
  // compared with the edges of its bucket that come after it and of the later buckets its x reaches.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < m; i++) {
    const x0 = e[i * 4];
    const x1 = e[i * 4 + 2];
    const a = x0 < x1 ? x0 : x1;
    const b = x0 < x1 ? x1 : x0;
    minX[i] = a;
    maxX[i] = b;
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  const buckets = m;
  const top = buckets - 1;
  const scale = hi > lo ? top / (hi - lo) : 0;
  start.fill(0, 0, buckets + 1);
  for (let i = 0; i < m; i++) {
    const k = Math.floor((minX[i] - lo) * scale);
    start[(k < top ? k : top) + 1]++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  fill.set(start.subarray(0, buckets));
  for (let i = 0; i < m; i++) {
    const k = Math.floor((minX[i] - lo) * scale);
    order[fill[k < top ? k : top]++] = i;
  }
  for (let p = 0; p < m; p++) {
    const i = order[p];
    const left = minX[i];
    const right = maxX[i];
    const k = Math.floor((right - lo) * scale);
    const last = start[(k < top ? k : top) + 1];
    for (let q = p + 1; q < last; q++) {
      const j = order[q];
      if (minX[j] > right || maxX[j] < left) continue;
      if (cross(e, i, j)) return true;
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
