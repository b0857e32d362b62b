/**
 * Global Moran's I (Moran 1950; Cliff & Ord 1981) as esda's `Moran`:
 *   I = (n / S₀) · Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ / Σᵢ zᵢ²,   S₀ = Σᵢⱼ wᵢⱼ,
 * with z the deviations from the mean (any scaling cancels). With row-standardised weights and no
 * islands n / S₀ = 1 and I is the slope of the Moran scatterplot; islands (rows of 0) make S₀ < n.
 *
 * Inference by random permutation: in each of R permutations all n values are shuffled over the
 * units (a full Fisher–Yates shuffle, random numbers from the generator passed in) and I
 * recomputed (the shuffles follow one another: each starts from the previous order, which leaves
 * every permutation uniform). Up to 8,192 units four permutations run side by side
 * (`permuteGroup`), each from its own random numbers; the generator's numbers are taken group by
 * group, lane after lane within a shuffle step, so a seed gives other permutations than one
 * shuffle after another would (the test is the same). Past that, one at a time (`permuteOne`). Folded pseudo p = (M + 1) / (R + 1) with M = min(#{I_sim ≥ I}, #{I_sim ≤ I}), ties
 * (within 1e-12 relative) counting on both sides. Done in chunks of permutations for progress.
 * The four-lane groups, and the single permutations past 8,192 units, run as WebAssembly kernels
 * where available (`globalKernel`, hotspot-kernels.ts): the same numbers, bit for bit.
 */
import { alignUp, hotspotKernels, KERNEL_STATE_BYTES, releaseHotspotKernels } from './hotspot-kernels.ts';
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

/** Permutations run side by side (see `permuteGroup`). */
const LANES = 4;
/** Units up to which the permutations run side by side: LANES copies of the values, 256 kB at most. */
const MAX_LANED_UNITS = 8192;
const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * The next `lanes` (1 … LANES) permutations, side by side: `shuffled` holds LANES interleaved
 * copies of the values (lane c of unit i at LANES·i + c), each lane shuffled in place by its own
 * Fisher–Yates shuffle (from the last position down, each starting from the lane's previous order,
 * which leaves every permutation uniform and independent of the others), and z'Wz of every lane
 * over the pairs i < j with weight wᵢⱼ + wⱼᵢ (`symmetricUpper`: row i of `offsets` lists the pairs
 * of unit i, `hi` holding LANES·j), plus Σᵢ wᵢᵢ zᵢ² when there are self links (`self`; spatial
 * weights have none). Writes each lane's z'Wz into `out`.
 *
 * Why side by side: one pass over the pairs serves four permutations (the index and the weight are
 * loaded once, the four sums are independent chains the CPU overlaps). Why fused: once step i has
 * swapped position i, positions i … n − 1 hold their final values, and row i reaches only j > i,
 * so its terms are added at once, the four values of unit i still in registers. Together about
 * 1.8× faster in V8 than one permutation at a time. Module-level with everything in locals: V8
 * runs such loops much faster than over closure-captured variables.
 *
 * Random numbers: one `rng.fill` of lanes·(n − 1) numbers per group; step q (position
 * i = n − 1 − q) of lane c takes number lanes·q + c, and the swap partner is ⌊u · 2⁻³² · (i + 1)⌋.
 */
function permuteGroup(
  lanes: number,
  shuffled: Float64Array,
  n: number,
  offsets: Int32Array,
  hi: Int32Array,
  weights: Float64Array,
  self: Float64Array | null,
  buffer: Uint32Array,
  rng: Rng,
  out: Float64Array,
): void {
  const draws = lanes === LANES ? buffer : buffer.subarray(0, lanes * (n - 1));
  rng.fill(draws);
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  if (lanes === LANES) {
    // Row i is offsets[i] … end − 1, end being where row i + 1 starts.
    let end = offsets[n];
    for (let i = n - 1, q = 0; i > 0; i--, q += 4) {
      const scale = (i + 1) * TWO_POW_MINUS_32;
      const b = i << 2;
      let r = ((draws[q] * scale) | 0) << 2;
      const z0 = shuffled[r];
      shuffled[r] = shuffled[b];
      shuffled[b] = z0;
      r = (((draws[q + 1] * scale) | 0) << 2) + 1;
      const z1 = shuffled[r];
      shuffled[r] = shuffled[b + 1];
      shuffled[b + 1] = z1;
      r = (((draws[q + 2] * scale) | 0) << 2) + 2;
      const z2 = shuffled[r];
      shuffled[r] = shuffled[b + 2];
      shuffled[b + 2] = z2;
      r = (((draws[q + 3] * scale) | 0) << 2) + 3;
      const z3 = shuffled[r];
      shuffled[r] = shuffled[b + 3];
      shuffled[b + 3] = z3;
      const start = offsets[i];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = start; k < end; k++) {
        const y = hi[k];
        const w = weights[k];
        s0 += w * shuffled[y];
        s1 += w * shuffled[y + 1];
        s2 += w * shuffled[y + 2];
        s3 += w * shuffled[y + 3];
      }
      end = start;
      a0 += z0 * s0;
      a1 += z1 * s1;
      a2 += z2 * s2;
      a3 += z3 * s3;
    }
    if (n > 0) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = 0; k < end; k++) {
        const y = hi[k];
        const w = weights[k];
        s0 += w * shuffled[y];
        s1 += w * shuffled[y + 1];
        s2 += w * shuffled[y + 2];
        s3 += w * shuffled[y + 3];
      }
      a0 += shuffled[0] * s0;
      a1 += shuffled[1] * s1;
      a2 += shuffled[2] * s2;
      a3 += shuffled[3] * s3;
    }
  } else {
    // The last group of a test whose R is not a multiple of LANES: shuffle, then sum row by row
    // (lanes ≥ `lanes` are summed on stale values and ignored).
    for (let i = n - 1, q = 0; i > 0; i--, q += lanes) {
      const scale = (i + 1) * TWO_POW_MINUS_32;
      for (let c = 0; c < lanes; c++) {
        const r = (((draws[q + c] * scale) | 0) << 2) + c;
        const b = (i << 2) + c;
        const t = shuffled[r];
        shuffled[r] = shuffled[b];
        shuffled[b] = t;
      }
    }
    for (let i = 0, k = 0; i < n; i++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (const end = offsets[i + 1]; k < end; k++) {
        const y = hi[k];
        const w = weights[k];
        s0 += w * shuffled[y];
        s1 += w * shuffled[y + 1];
        s2 += w * shuffled[y + 2];
        s3 += w * shuffled[y + 3];
      }
      const b = i << 2;
      a0 += shuffled[b] * s0;
      a1 += shuffled[b + 1] * s1;
      a2 += shuffled[b + 2] * s2;
      a3 += shuffled[b + 3] * s3;
    }
  }
  if (self) {
    for (let i = 0; i < n; i++) {
      const d = self[i];
      const b = i << 2;
      a0 += d * shuffled[b] * shuffled[b];
      a1 += d * shuffled[b + 1] * shuffled[b + 1];
      a2 += d * shuffled[b + 2] * shuffled[b + 2];
      a3 += d * shuffled[b + 3] * shuffled[b + 3];
    }
  }
  out[0] = a0;
  out[1] = a1;
  out[2] = a2;
  out[3] = a3;
}

/**
 * One permutation at a time, for many units (more than {@link MAX_LANED_UNITS}): four interleaved
 * copies of the values would no longer fit the CPU's cache, and each random swap would miss it.
 * Permutations p = from … to − 1: shuffle `shuffled` in place (Fisher–Yates from the last position
 * down, its n − 1 random numbers from one `rng.fill` of `buffer`) and recompute z'Wz over the
 * folded pairs, each unit's row added right after its swap (see `permuteGroup`). Returns [#≥, #≤] added.
 */
function permuteOne(
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

/**
 * `permuteGroup`'s four-lane case (`group`, lanes = 4) or `permuteOne`'s permutation (`one`,
 * lanes = 1) in WebAssembly (hotspot-kernels.ts), bit for bit the same sums from the same random
 * numbers: the folded weights (far ends as byte offsets 8·lanes·j), the interleaved copies of the
 * values (`shuffled`, 16-byte aligned for the f64x2 loads) and the four sums (`sums`) live in the
 * kernel's memory, lent to this test until `release`. Null when the kernels are not available.
 */
function globalKernel(
  n: number,
  upper: { offsets: Int32Array; neighbors: Int32Array; weights: Float64Array },
  lanes: number,
): { shuffled: Float64Array; sums: Float64Array; group(rng: Rng, self: Float64Array | null): void; one(rng: Rng): number; release(): void } | null {
  const pairs = upper.neighbors.length;
  const offsetsAt = KERNEL_STATE_BYTES;
  const hiAt = offsetsAt + 4 * (n + 1);
  const weightsAt = alignUp(hiAt + 4 * pairs, 8);
  const shuffledAt = alignUp(weightsAt + 8 * pairs, 16);
  const sumsAt = shuffledAt + 8 * lanes * n;
  const kernels = hotspotKernels(sumsAt + 8 * LANES);
  if (!kernels) return null;
  const buffer = kernels.memory.buffer;
  new Int32Array(buffer, offsetsAt, n + 1).set(upper.offsets);
  const hi = new Int32Array(buffer, hiAt, pairs);
  for (let k = 0; k < pairs; k++) hi[k] = upper.neighbors[k] * 8 * lanes;
  new Float64Array(buffer, weightsAt, pairs).set(upper.weights);
  const shuffled = new Float64Array(buffer, shuffledAt, lanes * n);
  const sums = new Float64Array(buffer, sumsAt, LANES);
  const state = new Uint32Array(buffer, 0, 4);
  return {
    shuffled,
    sums,
    one(rng: Rng): number {
      rng.saveState!(state);
      const total = kernels.globalOne(n, offsetsAt, hiAt, weightsAt, shuffledAt);
      rng.loadState!(state);
      return total;
    },
    group(rng: Rng, self: Float64Array | null): void {
      rng.saveState!(state);
      kernels.globalGroup(n, offsetsAt, hiAt, weightsAt, shuffledAt, sumsAt);
      rng.loadState!(state);
      // Self links after the pairs, as in permuteGroup.
      if (self) {
        for (let c = 0; c < LANES; c++) {
          let a = sums[c];
          for (let i = 0; i < n; i++) a += self[i] * shuffled[LANES * i + c] * shuffled[LANES * i + c];
          sums[c] = a;
        }
      }
    },
    release(): void {
      releaseHotspotKernels(kernels);
    },
  };
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
  const upper = symmetricUpper(w);
  // Self links (none in spatial weights) enter z'Wz as Σᵢ wᵢᵢ zᵢ², added after each shuffle.
  const self = upper.self.some((x) => x !== 0) ? upper.self : null;
  const laned = n <= MAX_LANED_UNITS;
  // Side by side: the far end of each folded pair as LANES·j, its lane-0 copy in `shuffled`.
  const hi = laned ? upper.neighbors.map((j) => j * LANES) : upper.neighbors;
  // The WebAssembly kernel (laned only, n ≥ 1, a generator that hands over its state): the
  // values, the pair sums and the folded weights in its memory, `shuffled` and `sums` views on it.
  const wasm = n > 0 && !Number.isNaN(I) && rng.saveState && rng.loadState ? globalKernel(n, upper, laned ? LANES : 1) : null;
  const shuffled = wasm ? wasm.shuffled : laned ? new Float64Array(LANES * n) : z.slice();
  if (laned) for (let i = 0; i < n; i++) shuffled.fill(z[i], LANES * i, LANES * i + LANES);
  else if (wasm) shuffled.set(z);
  const buffer = new Uint32Array(wasm ? 0 : (laned ? LANES : 1) * Math.max(0, n - 1));
  const sums = wasm ? wasm.sums : new Float64Array(LANES);
  const R = permutations;
  let done = 0;
  // Permutations computed (in groups of LANES, the last group possibly smaller) but not yet counted.
  let computed = 0;
  let groupStart = 0;
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
      if (Number.isNaN(I)) {
        done = end;
        return done;
      }
      if (!laned && wasm) {
        // permuteOne's loop, each permutation in the kernel.
        for (; done < end; done++) {
          let total = wasm.one(rng);
          if (self) for (let i = 0; i < n; i++) total += self[i] * shuffled[i] * shuffled[i];
          const d = total - observed;
          atLeast += +(d >= -tol);
          atMost += +(d <= tol);
        }
        if (done === R) wasm.release();
        return done;
      }
      if (!laned) {
        const [ge, le] = permuteOne(end - done, shuffled, upper.offsets, upper.neighbors, upper.weights, observed, tol, buffer, rng, self);
        atLeast += ge;
        atMost += le;
        done = end;
        return done;
      }
      // Groups do not depend on how the steps split the permutations: same counts, same random numbers.
      while (done < end) {
        if (done === computed) {
          const lanes = Math.min(LANES, R - computed);
          if (wasm && lanes === LANES) wasm.group(rng, self);
          else permuteGroup(lanes, shuffled, n, upper.offsets, hi, upper.weights, self, wasm ? new Uint32Array(lanes * (n - 1)) : buffer, rng, sums);
          groupStart = computed;
          computed += lanes;
        }
        const d = sums[done - groupStart] - observed;
        atLeast += +(d >= -tol);
        atMost += +(d <= tol);
        done++;
      }
      if (wasm && done === R) wasm.release();
      return done;
    },
  };
}
