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
 * Permutations p = from … to − 1: shuffle `shuffled` in place (Fisher–Yates, random numbers from
 * `rng.fill` into `buffer`, `state[0]` the next unused one), recompute z'Wz — over the pairs
 * i < j with weight wᵢⱼ + wⱼᵢ and the diagonal apart (see `symmetricUpper`), half the work — and
 * count it against
 * the observed value. Module-level with everything in locals: V8 runs such loops much faster than
 * over closure-captured variables. Returns [#≥, #≤] added.
 */
function permute(
  count: number,
  shuffled: Float64Array,
  offsets: Int32Array,
  neighbors: Int32Array,
  weights: Float64Array,
  self: Float64Array,
  observed: number,
  tol: number,
  buffer: Uint32Array,
  state: Int32Array,
  rng: Rng,
): [number, number] {
  const n = shuffled.length;
  const size = buffer.length;
  let q = state[0];
  let atLeast = 0;
  let atMost = 0;
  for (let p = 0; p < count; p++) {
    for (let i = n - 1; i > 0; i--) {
      if (q === size) {
        rng.fill(buffer);
        q = 0;
      }
      const r = (buffer[q++] * TWO_POW_MINUS_32 * (i + 1)) | 0;
      const t = shuffled[i];
      shuffled[i] = shuffled[r];
      shuffled[r] = t;
    }
    let total = 0;
    for (let i = 0; i < n; i++) {
      const zi = shuffled[i];
      let s = self[i] * zi;
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) s += weights[k] * shuffled[neighbors[k]];
      total += zi * s;
    }
    const d = total - observed;
    atLeast += +(d >= -tol);
    atMost += +(d <= tol);
  }
  state[0] = q;
  return [atLeast, atMost];
}

const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * z'Wz = Σᵢ wᵢᵢ zᵢ² + Σ_{i<j} (wᵢⱼ + wⱼᵢ) zᵢ zⱼ: the weights folded onto the pairs i < j (CSR rows
 * sorted by j) and the diagonal `self` (0 for spatial weights, which have no self links).
 */
function symmetricUpper(w: SpatialWeights): { offsets: Int32Array; neighbors: Int32Array; weights: Float64Array; self: Float64Array } {
  const n = w.n;
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const self = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const j = w.neighbors[k];
      if (j === i) self[i] += w.weights[k];
      else {
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        rows[lo].set(hi, (rows[lo].get(hi) ?? 0) + w.weights[k]);
      }
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + rows[i].size;
  const neighbors = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let i = 0; i < n; i++) {
    const js = [...rows[i].keys()].sort((a, b) => a - b);
    js.forEach((j, m) => {
      neighbors[offsets[i] + m] = j;
      weights[offsets[i] + m] = rows[i].get(j)!;
    });
  }
  return { offsets, neighbors, weights, self };
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
  const buffer = new Uint32Array(1 << 12);
  const state = Int32Array.of(buffer.length);
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
        const [ge, le] = permute(end - done, shuffled, upper.offsets, upper.neighbors, upper.weights, upper.self, observed, tol, buffer, state, rng);
        atLeast += ge;
        atMost += le;
      }
      done = end;
      return done;
    },
  };
}
