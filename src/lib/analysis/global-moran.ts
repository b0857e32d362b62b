/**
 * Global Moran's I (Moran 1950; Cliff & Ord 1981) as esda's `Moran`:
 *   I = (n / S₀) · Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ / Σᵢ zᵢ²,   S₀ = Σᵢⱼ wᵢⱼ,
 * with z the deviations from the mean (any scaling cancels). With row-standardised weights and no
 * islands n / S₀ = 1 and I is the slope of the Moran scatterplot; islands (rows of 0) make S₀ < n.
 *
 * Inference by random permutation: in each of R permutations all n values are shuffled over the
 * units (a full Fisher–Yates shuffle, random numbers from the generator passed in) and I
 * recomputed (the shuffles follow one another: each starts from the previous order, which leaves
 * every permutation uniform); folded pseudo p = (M + 1) / (R + 1) with M = min(#{I_sim ≥ I}, #{I_sim ≤ I}), ties
 * (within 1e-12 relative) counting on both sides. Done in chunks of permutations for progress.
 */
import type { Rng } from './rng.ts';
import type { SpatialWeights } from './spatial-weights.ts';

/** z'Wz: Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ. */
function crossProduct(z: Float64Array, w: SpatialWeights): number {
  const { offsets, neighbors, weights } = w;
  let total = 0;
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) s += weights[k] * z[neighbors[k]];
    total += z[i] * s;
  }
  return total;
}

function deviations(values: Float64Array): { z: Float64Array; ss: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  const z = new Float64Array(n);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    z[i] = values[i] - mean;
    ss += z[i] * z[i];
  }
  return { z, ss };
}

function totalWeight(w: SpatialWeights): number {
  let s0 = 0;
  for (let k = 0; k < w.weights.length; k++) s0 += w.weights[k];
  return s0;
}

/** Global Moran's I of finite `values` on `w`; NaN when the values do not vary or there is no link. */
export function globalMoran(values: Float64Array, w: SpatialWeights): number {
  if (values.length !== w.n) throw new Error(`globalMoran: ${values.length} values for ${w.n} units`);
  const { z, ss } = deviations(values);
  const s0 = totalWeight(w);
  if (!(ss > 0) || !(s0 > 0)) return NaN;
  return ((w.n / s0) * crossProduct(z, w)) / ss;
}

export interface GlobalMoranPermutation {
  /** The observed I. */
  readonly I: number;
  /** Number of permutations (the total of `step`'s progress). */
  readonly total: number;
  readonly done: number;
  /** Run the next `count` permutations; returns the permutations done so far. */
  step(count: number): number;
  /** The folded pseudo p once all permutations are done (NaN before, and when I is NaN). */
  readonly pSim: number;
}

/**
 * Permutations p = from … to − 1: shuffle `shuffled` in place (Fisher–Yates from the last position
 * down, its n − 1 random numbers from one `rng.fill` of `buffer`) and recompute z'Wz — over the
 * pairs i < j with weight wᵢⱼ + wⱼᵢ (see `symmetricUpper`), half the work, plus Σᵢ wᵢᵢ zᵢ² when
 * there are self links (`self`; spatial weights have none) — and count it against the observed value. The two are fused: once step i has swapped
 * position i, positions i … n − 1 hold their final values, and row i of the folded weights reaches
 * only j > i, so its term is added at once, while the values are still in cache (one pass over the
 * units instead of two). Module-level with everything in locals: V8 runs such loops much faster
 * than over closure-captured variables. Returns [#≥, #≤] added.
 */
function permute(
  count: number,
  shuffled: Float64Array,
  offsets: Int32Array,
  neighbors: Int32Array,
  weights: Float64Array,
  observed: number,
  tol: number,
  buffer: Uint32Array,
  rng: Rng,
  self: Float64Array | null,
): [number, number] {
  const n = shuffled.length;
  let atLeast = 0;
  let atMost = 0;
  for (let p = 0; p < count; p++) {
    rng.fill(buffer);
    let total = 0;
    // Row i of the folded weights is offsets[i] … end − 1, end being where row i + 1 starts.
    let end = offsets[n];
    for (let i = n - 1, q = 0; i > 0; i--, q++) {
      const r = (buffer[q] * TWO_POW_MINUS_32 * (i + 1)) | 0;
      const zi = shuffled[r];
      shuffled[r] = shuffled[i];
      shuffled[i] = zi;
      let s = 0;
      const start = offsets[i];
      for (let k = start; k < end; k++) s += weights[k] * shuffled[neighbors[k]];
      end = start;
      total += zi * s;
    }
    if (n > 0) {
      let s = 0;
      for (let k = 0; k < end; k++) s += weights[k] * shuffled[neighbors[k]];
      total += shuffled[0] * s;
    }
    if (self) for (let i = 0; i < n; i++) total += self[i] * shuffled[i] * shuffled[i];
    const d = total - observed;
    atLeast += +(d >= -tol);
    atMost += +(d <= tol);
  }
  return [atLeast, atMost];
}

const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * z'Wz = Σᵢ wᵢᵢ zᵢ² + Σ_{i<j} (wᵢⱼ + wⱼᵢ) zᵢ zⱼ: the weights folded onto the pairs i < j (CSR rows
 * sorted by j) and the diagonal `self` (0 for spatial weights, which have no self links). Built in
 * typed arrays in O(links): every link goes to row min(i, j) in the order the rows list them (so a
 * pair's weight is wᵢⱼ + wⱼᵢ summed in that order), each row is then sorted by j (stable) and equal
 * j merged.
 */
export function symmetricUpper(w: SpatialWeights): { offsets: Int32Array; neighbors: Int32Array; weights: Float64Array; self: Float64Array } {
  const n = w.n;
  const self = new Float64Array(n);
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      if (j !== i) count[(j < i ? j : i) + 1]++;
    }
  }
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  const fill = count.slice(0, n);
  const his = new Int32Array(count[n]);
  const ws = new Float64Array(count[n]);
  for (let i = 0; i < n; i++) {
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      if (j === i) self[i] += w.weights[k];
      else {
        const lo = j < i ? j : i;
        const at = fill[lo]++;
        his[at] = j < i ? i : j;
        ws[at] = w.weights[k];
      }
    }
  }
  const offsets = new Int32Array(n + 1);
  const neighbors = new Int32Array(count[n]);
  const weights = new Float64Array(count[n]);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const a = count[i];
    const b = count[i + 1];
    // Insertion sort of the row by j, stable: rows are short (a unit's neighbours).
    for (let e = a + 1; e < b; e++) {
      const h = his[e];
      const x = ws[e];
      let f = e - 1;
      while (f >= a && his[f] > h) {
        his[f + 1] = his[f];
        ws[f + 1] = ws[f];
        f--;
      }
      his[f + 1] = h;
      ws[f + 1] = x;
    }
    for (let e = a; e < b; e++) {
      if (out > offsets[i] && neighbors[out - 1] === his[e]) weights[out - 1] += ws[e];
      else {
        neighbors[out] = his[e];
        weights[out++] = 0 + ws[e];
      }
    }
    offsets[i + 1] = out;
  }
  return { offsets, neighbors: neighbors.slice(0, out), weights: weights.slice(0, out), self };
}

/** Prepare the permutation test of global Moran's I (R = `permutations`, an integer ≥ 1). */
export function globalMoranPermutation(
  values: Float64Array,
  w: SpatialWeights,
  permutations: number,
  rng: Rng,
): GlobalMoranPermutation {
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`globalMoranPermutation: permutations must be an integer ≥ 1, got ${permutations}`);
  }
  const I = globalMoran(values, w);
  const n = w.n;
  const { z } = deviations(values);
  const observed = crossProduct(z, w);
  let absScale = 0;
  for (let k = 0; k < w.weights.length; k++) absScale += Math.abs(w.weights[k]);
  let maxAbs = 0;
  for (let i = 0; i < n; i++) if (Math.abs(z[i]) > maxAbs) maxAbs = Math.abs(z[i]);
  const tol = 1e-12 * absScale * maxAbs * maxAbs;
  const shuffled = z.slice();
  const upper = symmetricUpper(w);
  // Self links (none in spatial weights) enter z'Wz as Σᵢ wᵢᵢ zᵢ², added after each shuffle.
  const self = upper.self.some((x) => x !== 0) ? upper.self : null;
  const buffer = new Uint32Array(Math.max(0, n - 1));
  const R = permutations;
  let done = 0;
  let atLeast = 0;
  let atMost = 0;
  return {
    I,
    total: R,
    get done() {
      return done;
    },
    get pSim() {
      if (done < R || Number.isNaN(I)) return NaN;
      return (Math.min(atLeast, atMost) + 1) / (R + 1);
    },
    step(count: number): number {
      const end = Math.min(R, done + Math.max(0, Math.floor(count)));
      if (!Number.isNaN(I) && end > done) {
        const [ge, le] = permute(end - done, shuffled, upper.offsets, upper.neighbors, upper.weights, observed, tol, buffer, rng, self);
        atLeast += ge;
        atMost += le;
      }
      done = end;
      return done;
    },
  };
}
