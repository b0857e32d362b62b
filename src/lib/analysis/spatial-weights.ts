/**
 * Sparse spatial weights in compressed-sparse-row form (never an n×n matrix) and the few
 * operations the hotspot statistics need: building from neighbour lists, row standardisation,
 * dropping units (missing values), islands and a summary.
 */

/** Sparse spatial weights, CSR: neighbours of unit i are neighbors[offsets[i] .. offsets[i+1]), with weights[...] aligned. */
export interface SpatialWeights {
  n: number;
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
}

/**
 * Weights from one neighbour list per unit (unit i's list holds the indices of its neighbours).
 * Binary (all 1) when `weights` is omitted, else `weights[i][k]` is the weight of `lists[i][k]`.
 * Each row comes out sorted by neighbour index, without duplicates and without the unit itself
 * (a self link is dropped). A neighbour listed twice keeps one link; with explicit weights the two
 * must agree. Lists are not made symmetric: a link i→j says nothing about j→i.
 * Throws on an index outside 0…n−1, a non-integer index, mismatched lengths or a non-finite or
 * negative weight.
 */
export function fromNeighbourLists(
  lists: readonly (readonly number[])[],
  weights?: readonly (readonly number[])[],
): SpatialWeights {
  const n = lists.length;
  if (weights && weights.length !== n) {
    throw new Error(`spatial weights: ${n} neighbour lists but ${weights.length} weight lists`);
  }
  const offsets = new Int32Array(n + 1);
  const rows: { j: number[]; w: number[] }[] = [];
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    const wl = weights?.[i];
    if (wl && wl.length !== list.length) {
      throw new Error(`spatial weights: unit ${i} has ${list.length} neighbours but ${wl.length} weights`);
    }
    const order = list.map((_, k) => k);
    for (const k of order) {
      const j = list[k];
      if (!Number.isInteger(j) || j < 0 || j >= n) {
        throw new Error(`spatial weights: unit ${i} lists neighbour ${j}, not a unit index in 0…${n - 1}`);
      }
      if (wl && !(Number.isFinite(wl[k]) && wl[k] >= 0)) {
        throw new Error(`spatial weights: weight ${wl[k]} of link ${i}→${j} is not a finite non-negative number`);
      }
    }
    order.sort((a, b) => list[a] - list[b]);
    const rj: number[] = [];
    const rw: number[] = [];
    for (const k of order) {
      const j = list[k];
      if (j === i) continue;
      const w = wl ? wl[k] : 1;
      if (rj.length > 0 && rj[rj.length - 1] === j) {
        if (rw[rw.length - 1] !== w) {
          throw new Error(`spatial weights: link ${i}→${j} is listed twice with different weights`);
        }
        continue;
      }
      rj.push(j);
      rw.push(w);
    }
    rows.push({ j: rj, w: rw });
    offsets[i + 1] = offsets[i] + rj.length;
  }
  const neighbors = new Int32Array(offsets[n]);
  const out = new Float64Array(offsets[n]);
  for (let i = 0; i < n; i++) {
    neighbors.set(rows[i].j, offsets[i]);
    out.set(rows[i].w, offsets[i]);
  }
  return { n, offsets, neighbors, weights: out };
}

/**
 * Each row divided by its sum so that it sums to 1 (the lag is then the neighbours' mean).
 * Islands keep 0 neighbours; a row whose weights are all 0 is left at 0. The input is not changed.
 */
export function rowStandardise(w: SpatialWeights): SpatialWeights {
  const weights = new Float64Array(w.weights.length);
  for (let i = 0; i < w.n; i++) {
    const a = w.offsets[i];
    const b = w.offsets[i + 1];
    let sum = 0;
    for (let k = a; k < b; k++) sum += w.weights[k];
    for (let k = a; k < b; k++) weights[k] = sum > 0 ? w.weights[k] / sum : 0;
  }
  return { n: w.n, offsets: w.offsets.slice(), neighbors: w.neighbors.slice(), weights };
}

/**
 * The weights among the units with keep[i] ≠ 0 only (e.g. those with a value): dropped units and
 * every link to them disappear, the others are renumbered in their original order. Weights are
 * copied as they are (row-standardise afterwards if needed). `index[new] = old`.
 */
export function subsetWeights(w: SpatialWeights, keep: Uint8Array): { weights: SpatialWeights; index: Int32Array } {
  if (keep.length !== w.n) throw new Error(`subsetWeights: keep has ${keep.length} entries for ${w.n} units`);
  const newOf = new Int32Array(w.n).fill(-1);
  let m = 0;
  for (let i = 0; i < w.n; i++) if (keep[i]) newOf[i] = m++;
  const index = new Int32Array(m);
  const offsets = new Int32Array(m + 1);
  let links = 0;
  for (let i = 0; i < w.n; i++) {
    if (!keep[i]) continue;
    index[newOf[i]] = i;
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) if (keep[w.neighbors[k]]) links++;
    offsets[newOf[i] + 1] = links;
  }
  const neighbors = new Int32Array(links);
  const weights = new Float64Array(links);
  let at = 0;
  for (let i = 0; i < w.n; i++) {
    if (!keep[i]) continue;
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      if (!keep[j]) continue;
      neighbors[at] = newOf[j]; // renumbering keeps the order, so rows stay sorted
      weights[at++] = w.weights[k];
    }
  }
  return { weights: { n: m, offsets, neighbors, weights }, index };
}

/** The units without any neighbour, ascending. */
export function islands(w: SpatialWeights): number[] {
  const out: number[] = [];
  for (let i = 0; i < w.n; i++) if (w.offsets[i + 1] === w.offsets[i]) out.push(i);
  return out;
}

/** The neighbours of unit i (a view into the CSR arrays, sorted ascending). */
export function neighboursOf(w: SpatialWeights, i: number): Int32Array {
  return w.neighbors.subarray(w.offsets[i], w.offsets[i + 1]);
}

/**
 * Number of units, number of links (stored entries, counted per direction: a symmetric pair i–j
 * counts twice, as PySAL's `W.nonzero` for positive weights), neighbours per unit min / mean / max
 * (islands count as 0; NaN when there are no units) and the islands.
 */
export function weightsSummary(w: SpatialWeights): {
  n: number;
  links: number;
  min: number;
  mean: number;
  max: number;
  islands: number[];
} {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < w.n; i++) {
    const c = w.offsets[i + 1] - w.offsets[i];
    if (c < min) min = c;
    if (c > max) max = c;
  }
  const links = w.n > 0 ? w.offsets[w.n] : 0;
  return {
    n: w.n,
    links,
    min: w.n > 0 ? min : NaN,
    mean: w.n > 0 ? links / w.n : NaN,
    max: w.n > 0 ? max : NaN,
    islands: islands(w),
  };
}
