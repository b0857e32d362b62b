/**
 * Conditional randomisation (Anselin 1995), fast path, for local statistics that move with a weighted sum of
 * the neighbours' values, Sᵢ = Σₘ wᵢₘ x[neighbour m]: Local Moran's Iᵢ = zᵢ · Sᵢ (direction
 * sign(zᵢ)), Gᵢ* = (Sᵢ + yᵢ) / Σy (direction +1). Unit i's own value stays; in each of R
 * permutations its kᵢ neighbour values are replaced by kᵢ values drawn WITHOUT replacement from the
 * other n − 1 units, the m-th drawn value taking unit i's m-th weight.
 *
 * Folded pseudo p-value (as esda): M = min(#{sim ≥ obs}, #{sim ≤ obs}), p = (M + 1) / (R + 1). A
 * permuted sum that ties with the observed one (|ΔS| within 1e-12 of the sums' scale, so that
 * rounding in another summation order is not mistaken for a difference) counts on both sides; esda
 * and GeoDa count a tie only as "≥", which can give a smaller p when ties are common (integer data,
 * few neighbours). A unit whose statistic cannot move (direction 0, e.g. zᵢ = 0) ties every time:
 * p = 1. Islands (no neighbour) get NaN.
 *
 * How the draws are made — a shared table read through a random window per unit:
 * 1. A table of L rows (`tableRows`: from 8R up to 65,536), each row K = max kᵢ distinct positions
 *    among 0 … n − 2, sampled without replacement (drawTable). Position r stands for unit r, except
 *    that for unit i its own position i stands for unit n − 1 (as if unit i were swapped to the end
 *    of an index array): each row is, for every unit, a uniformly random ordered draw of distinct
 *    OTHER units.
 * 2. Unit i gets a random offset oᵢ and uses rows oᵢ, oᵢ + 1, …, oᵢ + R − 1 (cyclically), the first
 *    kᵢ positions of each: R distinct rows, i.e. R independent uniform draws — an exact conditional
 *    permutation test for that unit.
 * 3. When all of unit i's links weigh the same (contiguity, row-standardised or binary: the app's
 *    case), the sum of the first kᵢ values of each row is read from per-k prefix sums built once,
 *    and the few rows in which position i appears among the first kᵢ (found through an inverted
 *    index) are corrected by x[n − 1] − x[i]: O(R) per unit instead of O(R·kᵢ) random draws. Other
 *    units sum Σₘ wᵢₘ x[row position m] row by row.
 *
 * Compared with fresh draws for every unit (which the brief asked for, and which cost R·Σkᵢ random
 * numbers — 200 million for 999 permutations on a 50,000-unit rook grid, measured ≈ 2–3 s in V8,
 * no faster than GeoDa's WebAssembly): each unit's test is the same exact test; two units share
 * rows only when their windows overlap (on average a share R/L of their rows: 1/8 at most, 1.5% for
 * 50,000 units at R = 999), so their p-values are nearly independent — unlike esda's and GeoDa's default "lookup table", where every unit uses the
 * SAME R rows. Tested against the exact permutation distribution by enumeration.
 *
 * Statistics that are not monotone in one weighted sum (Local Geary's c) take the general path,
 * kernel-permutation.ts: the same draw table and offsets from the same generator, the statistic
 * recomputed from the drawn values of every row.
 *
 * Random numbers come from the generator passed in (`rng.fill`), in a fixed order — the table, then
 * one offset per unit — so the result depends only on the input and the generator's seed, not on
 * how `step` splits the units. It does depend on the unit numbering: relabelling the units gives
 * other, equally valid, p-values.
 *
 * Where WebAssembly is available the table, its inverted index, the prefix sums and the counts of
 * the uniform units run as kernels (`conditionalPermutationWasm`, hotspot-kernels.ts): the same
 * draws and comparisons, the same p-values bit for bit.
 */
import { alignUp, hotspotKernels, KERNEL_STATE_BYTES, releaseHotspotKernels } from './hotspot-kernels.ts';
import type { Rng } from './rng.ts';
import type { SpatialWeights } from './spatial-weights.ts';

/** Relative tolerance under which a permuted sum counts as equal to the observed one. */
export const TIE_TOLERANCE = 1e-12;

const TWO_POW_MINUS_32 = 2 ** -32;
/**
 * Rows of the draw table: 8·R at least (two units then share on average 1/8 of their rows), up to
 * 65,536 when the work allows — the table's L·K entries at most 1/16 of the n·R comparisons of
 * the per-unit pass — and ~2^20 entries in all (memory).
 */
export function tableRows(n: number, K: number, R: number): number {
  if (K === 0) return 0;
  const byWork = Math.floor((n * R) / (16 * K));
  const byMemory = Math.floor((1 << 20) / K);
  return Math.max(R, Math.min(Math.max(8 * R, Math.min(1 << 16, byWork)), Math.max(byMemory, R)));
}

export interface ConditionalPermutation {
  /** Number of units (the total of `step`'s progress). */
  readonly total: number;
  /** Units done so far. */
  readonly done: number;
  /** Run the permutations of the next `count` units (fewer at the end); returns the units done so far. */
  step(count: number): number;
  /** Folded pseudo p per unit (NaN for islands, and for units not reached yet). */
  readonly pSim: Float64Array;
  /** Rows of the shared draw table (see the file comment). */
  readonly tableRows: number;
}

/**
 * A permutation test run unit by unit: `testUnit(i)` writes unit i's pseudo p into `pSim`;
 * `step(count)` runs the next `count` units, so that a worker can report progress between steps.
 * Shared by the linear fast path (here) and the general path (kernel-permutation.ts).
 */
export function unitByUnit(total: number, tableRows: number, pSim: Float64Array, testUnit: (i: number) => void): ConditionalPermutation {
  let done = 0;
  return {
    total,
    tableRows,
    get done() {
      return done;
    },
    pSim,
    step(count: number): number {
      const end = Math.min(total, done + Math.max(0, Math.floor(count)));
      for (let i = done; i < end; i++) testUnit(i);
      done = end;
      return done;
    },
  };
}

/**
 * L rows of K distinct positions in 0 … pool − 1 (K ≤ pool), then `extra` random integers in
 * 0 … L − 1 (the units' window offsets). A position already in the row is drawn again (sampling
 * without replacement: every ordered K-tuple of distinct positions equally likely); when K is more
 * than half the pool, a partial Fisher–Yates shuffle over an index array (restored after each row)
 * is used instead, re-draws being then too frequent. Random numbers from `rng.fill`.
 */
export function drawTable(L: number, K: number, pool: number, extra: number, rng: Rng): { table: Int32Array; offsets: Int32Array } {
  if (L * K > 0 && 2 * K <= pool) {
    const drawn = drawTableWasm(L, K, pool, extra, rng);
    if (drawn) return drawn;
  }
  const table = new Int32Array(L * K);
  const buffer = new Uint32Array(1 << 12);
  const size = buffer.length;
  let q = size;
  const scale = pool * TWO_POW_MINUS_32;
  if (L * K === 0) {
    // nothing to draw (no links)
  } else if (2 * K <= pool) {
    // seen[r] === the row's stamp: r is already in the row (one look-up instead of a scan of the row).
    const seen = new Int32Array(pool);
    for (let base = 0, end = L * K, stamp = 1; base < end; base += K, stamp++) {
      for (let m = 0; m < K; m++) {
        let r = 0;
        do {
          if (q === size) {
            rng.fill(buffer);
            q = 0;
          }
          r = (buffer[q++] * scale) | 0;
        } while (seen[r] === stamp);
        seen[r] = stamp;
        table[base + m] = r;
      }
    }
  } else {
    const idx = new Int32Array(pool);
    for (let j = 0; j < pool; j++) idx[j] = j;
    const swaps = new Int32Array(K);
    for (let base = 0, end = L * K; base < end; base += K) {
      for (let m = 0; m < K; m++) {
        if (q === size) {
          rng.fill(buffer);
          q = 0;
        }
        const r = m + ((buffer[q++] * TWO_POW_MINUS_32 * (pool - m)) | 0);
        const t = idx[r];
        idx[r] = idx[m];
        idx[m] = t;
        swaps[m] = r;
        table[base + m] = t;
      }
      for (let m = K - 1; m >= 0; m--) {
        const r = swaps[m];
        const t = idx[m];
        idx[m] = idx[r];
        idx[r] = t;
      }
    }
  }
  const offsets = new Int32Array(extra);
  for (let i = 0; i < extra; i++) {
    if (q === size) {
      rng.fill(buffer);
      q = 0;
    }
    offsets[i] = (buffer[q++] * TWO_POW_MINUS_32 * L) | 0;
  }
  return { table, offsets };
}

/**
 * `drawTable`'s rejection branch in WebAssembly (hotspot-kernels.ts): the same numbers from the
 * same generator, the same table and offsets, the generator left where the JavaScript path leaves
 * it. Null when the kernels are not available (or the generator cannot hand over its state).
 */
function drawTableWasm(L: number, K: number, pool: number, extra: number, rng: Rng): { table: Int32Array; offsets: Int32Array } | null {
  if (!rng.saveState || !rng.loadState) return null;
  const tableAt = KERNEL_STATE_BYTES;
  const offsetsAt = tableAt + 4 * L * K;
  const seenAt = offsetsAt + 4 * extra;
  const kernels = hotspotKernels(seenAt + 4 * pool);
  if (!kernels) return null;
  // The stamps start from zero (the memory is reused).
  new Int32Array(kernels.memory.buffer, seenAt, pool).fill(0);
  const state = new Uint32Array(kernels.memory.buffer, 0, 4);
  rng.saveState(state);
  kernels.drawTable(tableAt, L, K, pool, offsetsAt, extra, seenAt);
  rng.loadState(state);
  const drawn = {
    table: new Int32Array(kernels.memory.buffer, tableAt, L * K).slice(),
    offsets: new Int32Array(kernels.memory.buffer, offsetsAt, extra).slice(),
  };
  releaseHotspotKernels(kernels);
  return drawn;
}

/**
 * For each position r, the table rows in which r appears among the first kᵣ entries (kᵣ = unit r's
 * number of neighbours, from `offsets`): CSR over positions, rows ascending. Those are the rows whose
 * sum unit r must correct (its own position stands for unit n − 1); an appearance further along the
 * row is outside unit r's draws and is left out here rather than tested per unit.
 */
function invertTable(table: Int32Array, pool: number, K: number, offsets: Int32Array): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(pool + 1);
  for (let e = 0, m = 0; e < table.length; e++) {
    const r = table[e];
    if (m < offsets[r + 1] - offsets[r]) start[r + 1]++;
    if (++m === K) m = 0;
  }
  for (let r = 0; r < pool; r++) start[r + 1] += start[r];
  const fill = start.slice(0, pool);
  const rows = new Int32Array(start[pool]);
  for (let e = 0, m = 0, row = 0; e < table.length; e++) {
    const r = table[e];
    if (m < offsets[r + 1] - offsets[r]) rows[fill[r]++] = row;
    if (++m === K) {
      m = 0;
      row++;
    }
  }
  return { start, rows };
}

/**
 * Prefix sums of the table rows, column-major: entry (k − 1)·L + row is the sum of the first k
 * values x[position] of that row (positions as drawn: the swap of a unit's own position is
 * corrected per unit). One pass over the table.
 */
function prefixSums(table: Int32Array, L: number, K: number, x: Float64Array): Float64Array {
  const prefix = new Float64Array(L * K);
  for (let row = 0, base = 0; row < L; row++, base += K) {
    let sum = 0;
    for (let j = 0, at = row; j < K; j++, at += L) {
      sum += x[table[base + j]];
      prefix[at] = sum;
    }
  }
  return prefix;
}

/** Does every link of row a … b − 1 carry the same weight? */
function uniformRow(weights: Float64Array, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (weights[k] !== weights[a]) return false;
  return true;
}

/**
 * What one unit's test compares (the same in both paths): an island's p is NaN (never tested), a
 * unit whose statistic cannot move has p = 1 (every permutation ties); otherwise the observed sum,
 * the tie tolerance and the side counted. With uniform weights plain sums are compared (the common
 * positive weight cancels; a negative one flips the side); with other weights, weighted sums.
 */
type UnitComparison =
  | { kind: 'fixed'; p: number }
  | { kind: 'uniform' | 'weighted'; k: number; observed: number; tol: number; sign: number };

function unitComparison(i: number, w: SpatialWeights, direction: Float64Array, x: Float64Array, maxAbs: number): UnitComparison {
  const { offsets, neighbors, weights } = w;
  const a = offsets[i];
  const b = offsets[i + 1];
  const k = b - a;
  if (k === 0) return { kind: 'fixed', p: NaN };
  let absWeights = 0;
  for (let m = a; m < b; m++) absWeights += Math.abs(weights[m]);
  const dir = direction[i];
  if (dir === 0 || !(absWeights > 0)) return { kind: 'fixed', p: 1 };
  const sign = dir > 0 ? 1 : -1;
  let observed = 0;
  if (uniformRow(weights, a, b)) {
    for (let m = a; m < b; m++) observed += x[neighbors[m]];
    return { kind: 'uniform', k, observed, tol: TIE_TOLERANCE * k * maxAbs, sign: weights[a] > 0 ? sign : -sign };
  }
  for (let m = a; m < b; m++) observed += weights[m] * x[neighbors[m]];
  return { kind: 'weighted', k, observed, tol: TIE_TOLERANCE * absWeights * maxAbs, sign };
}

/**
 * Fast path, units whose links all weigh the same (contiguity, row-standardised or binary): the
 * statistic moves with the plain sum of the kᵢ drawn values, read from `prefix` at `base` (the sums
 * of the first kᵢ values of each table row, see `prefixSums`), then corrected for the rows in which unit i's own position
 * (standing for unit n − 1) appears among the first kᵢ. Returns the folded pseudo p.
 */
function uniformUnit(
  i: number,
  observed: number,
  sign: number,
  tol: number,
  offset: number,
  R: number,
  L: number,
  prefix: Float64Array,
  base: number,
  x: Float64Array,
  start: Int32Array,
  rows: Int32Array,
): number {
  // Counted on d = sum − observed: ge = #{d ≥ −tol}, le = #{d ≤ tol}; for sign < 0 the two swap
  // (−d ≥ −tol ⇔ d ≤ tol exactly), which keeps the multiplication by sign out of the loop.
  let ge = 0;
  let le = 0;
  const first = Math.min(R, L - offset);
  for (let at = base + offset, end = at + first; at < end; at++) {
    const d = prefix[at] - observed;
    ge += +(d >= -tol);
    le += +(d <= tol);
  }
  for (let at = base, end = base + R - first; at < end; at++) {
    const d = prefix[at] - observed;
    ge += +(d >= -tol);
    le += +(d <= tol);
  }
  const pool = x.length - 1;
  if (i < pool) {
    const swap = x[pool] - x[i];
    for (let e = start[i]; e < start[i + 1]; e++) {
      const row = rows[e];
      let p = row - offset;
      if (p < 0) p += L;
      if (p >= R) continue;
      const before = prefix[base + row] - observed;
      const after = prefix[base + row] + swap - observed;
      ge += +(after >= -tol) - +(before >= -tol);
      le += +(after <= tol) - +(before <= tol);
    }
  }
  const atLeast = sign > 0 ? ge : le; // #{sim ≥ obs}
  const atMost = sign > 0 ? le : ge; // #{sim ≤ obs}
  const M = atLeast < atMost ? atLeast : atMost;
  return (M + 1) / (R + 1);
}

/** General path, any weights: Σₘ wᵢₘ x[drawn m] per table row. Returns the folded pseudo p. */
function weightedUnit(
  i: number,
  a: number,
  k: number,
  observed: number,
  sign: number,
  tol: number,
  offset: number,
  R: number,
  L: number,
  K: number,
  table: Int32Array,
  weights: Float64Array,
  x: Float64Array,
): number {
  const pool = x.length - 1;
  let atLeast = 0;
  let atMost = 0;
  let row = offset;
  for (let p = 0; p < R; p++) {
    const base = row * K;
    let s = 0;
    for (let m = 0; m < k; m++) {
      const r = table[base + m];
      s += weights[a + m] * x[r === i ? pool : r];
    }
    const d = sign * (s - observed);
    atLeast += +(d >= -tol);
    atMost += +(d <= tol);
    row++;
    if (row === L) row = 0;
  }
  const M = atLeast < atMost ? atLeast : atMost;
  return (M + 1) / (R + 1);
}

/**
 * `conditionalPermutation` with its table work in WebAssembly (hotspot-kernels.ts): the draw
 * table, the inverted index and the prefix sums built in the kernels' memory, and the counts of
 * each unit with uniform weights made there (`uniformUnit`); units with other weights take the
 * JavaScript `weightedUnit` over a view of the same table. The same draws, sums and comparisons:
 * the same pseudo p-values. The kernels' memory is lent to this test until its last unit is done.
 * Null when the kernels are not available; needs 2K ≤ n − 1 (the table's rejection branch).
 */
function conditionalPermutationWasm(
  x: Float64Array,
  w: SpatialWeights,
  direction: Float64Array,
  R: number,
  rng: Rng,
  L: number,
  K: number,
  maxAbs: number,
): ConditionalPermutation | null {
  if (!rng.saveState || !rng.loadState) return null;
  const n = w.n;
  const pool = n - 1;
  const { offsets, weights } = w;
  const entries = L * K;
  const tableAt = KERNEL_STATE_BYTES;
  const unitOffsetAt = tableAt + 4 * entries;
  const seenAt = unitOffsetAt + 4 * n; // the stamps, then the inverted index's scratch `fill`
  const csrAt = seenAt + 4 * pool;
  const startAt = csrAt + 4 * (n + 1);
  const rowsAt = startAt + 4 * (pool + 1);
  const xAt = alignUp(rowsAt + 4 * entries, 16);
  const prefixAt = xAt + 8 * n;
  const kernels = hotspotKernels(prefixAt + 8 * entries);
  if (!kernels) return null;
  const buffer = kernels.memory.buffer;
  new Int32Array(buffer, seenAt, pool).fill(0);
  const state = new Uint32Array(buffer, 0, 4);
  rng.saveState(state);
  kernels.drawTable(tableAt, L, K, pool, unitOffsetAt, n, seenAt);
  rng.loadState(state);
  new Int32Array(buffer, csrAt, n + 1).set(offsets);
  new Int32Array(buffer, startAt, pool + 1).fill(0);
  kernels.invertTable(tableAt, entries, pool, K, csrAt, startAt, rowsAt, seenAt);
  new Float64Array(buffer, xAt, n).set(x);
  const table = new Int32Array(buffer, tableAt, entries);
  const unitOffset = new Int32Array(buffer, unitOffsetAt, n);
  let prefixDone = false;
  const pSim = new Float64Array(n).fill(NaN);
  let left = n;
  const testUnit = (i: number): void => {
    if (--left === 0) queueRelease = true;
    const u = unitComparison(i, w, direction, x, maxAbs);
    if (u.kind === 'fixed') pSim[i] = u.p;
    else if (u.kind === 'uniform') {
      if (!prefixDone) {
        kernels.prefixSums(tableAt, L, K, xAt, prefixAt);
        prefixDone = true;
      }
      const M = kernels.uniformUnit(i, u.observed, u.sign, u.tol, unitOffset[i], R, L, prefixAt + 8 * (u.k - 1) * L, xAt, pool, startAt, rowsAt);
      pSim[i] = (M + 1) / (R + 1);
    } else pSim[i] = weightedUnit(i, offsets[i], u.k, u.observed, u.sign, u.tol, unitOffset[i], R, L, K, table, weights, x);
  };
  let queueRelease = false;
  const tested = unitByUnit(n, L, pSim, testUnit);
  return {
    get total() {
      return tested.total;
    },
    get done() {
      return tested.done;
    },
    get pSim() {
      return tested.pSim;
    },
    get tableRows() {
      return tested.tableRows;
    },
    step(count: number): number {
      const done = tested.step(count);
      if (queueRelease) {
        queueRelease = false;
        releaseHotspotKernels(kernels);
      }
      return done;
    },
  };
}

/**
 * Prepare the conditional permutation test of every unit of `w`.
 * @param x the values that are drawn (z for Moran, y for Gi*), finite
 * @param w the weights of the sums (row order matters: the m-th drawn value takes the m-th weight)
 * @param direction per unit: > 0 when the statistic grows with Sᵢ, < 0 when it falls, 0 when it is constant
 * @param permutations R, an integer ≥ 1
 * @param rng the seeded generator the draws come from
 */
export function conditionalPermutation(
  x: Float64Array,
  w: SpatialWeights,
  direction: Float64Array,
  permutations: number,
  rng: Rng,
): ConditionalPermutation {
  const n = w.n;
  if (x.length !== n || direction.length !== n) {
    throw new Error(`conditionalPermutation: ${x.length} values and ${direction.length} directions for ${n} units`);
  }
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`conditionalPermutation: permutations must be an integer ≥ 1, got ${permutations}`);
  }
  const R = permutations;
  const { offsets, weights } = w;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) if (Math.abs(x[i]) > maxAbs) maxAbs = Math.abs(x[i]);
  let K = 0;
  for (let i = 0; i < n; i++) K = Math.max(K, offsets[i + 1] - offsets[i]);
  const pool = n - 1;
  const L = tableRows(n, K, R);
  if (L * K > 0 && 2 * K <= pool) {
    const tested = conditionalPermutationWasm(x, w, direction, R, rng, L, K, maxAbs);
    if (tested) return tested;
  }

  const { table, offsets: unitOffset } = drawTable(L, K, pool, n, rng);
  const { start, rows } = K === 0 ? { start: new Int32Array(1), rows: new Int32Array(0) } : invertTable(table, pool, K, offsets);
  // Prefix sums of the table rows, column-major (column k − 1 at (k − 1)·L), built on first use.
  let prefix: Float64Array | null = null;
  const pSim = new Float64Array(n).fill(NaN);
  const testUnit = (i: number): void => {
    const u = unitComparison(i, w, direction, x, maxAbs);
    if (u.kind === 'fixed') pSim[i] = u.p;
    else if (u.kind === 'uniform') {
      prefix ??= prefixSums(table, L, K, x);
      pSim[i] = uniformUnit(i, u.observed, u.sign, u.tol, unitOffset[i], R, L, prefix, (u.k - 1) * L, x, start, rows);
    } else pSim[i] = weightedUnit(i, offsets[i], u.k, u.observed, u.sign, u.tol, unitOffset[i], R, L, K, table, weights, x);
  };

  return unitByUnit(n, L, pSim, testUnit);
}
