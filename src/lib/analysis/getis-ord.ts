/**
 * Local Getis–Ord G and G* (Getis & Ord 1992; Ord & Getis 1995) with esda's conventions
 * (`esda.getisord.G_Local`, PySAL), which reproduce its published example to all printed digits.
 *
 * Weights (`transform`):
 * - 'B' (binary): every stored link weighs 1 whatever its value (libpysal's 'B' transform); with
 *   `star` the unit itself is added with weight 1.
 * - 'R' (row-standardised): with `star` the unit itself is added with the row's largest weight
 *   (esda's default self-weight for Gi*; 1 for binary contiguity), then each row is divided by its
 *   sum — for binary contiguity every weight, the unit's own included, is 1/(kᵢ + 1).
 *
 * Statistic and moments, with N = n (star) or n − 1 (unit i left out), mᵢ and sᵢ the mean and
 * POPULATION sd of the N values used (all, or all but yᵢ), cᵢ the row sum of the weights:
 *   Gᵢ = Σⱼ wᵢⱼ yⱼ / Σ(the N values),   E[Gᵢ] = cᵢ / N,
 *   Var[Gᵢ] = cᵢ (N − cᵢ) / (N − 1) / N² · sᵢ² / mᵢ²,
 *   zᵢ = (Gᵢ − E[Gᵢ]) / √Var[Gᵢ] = (Σⱼ wᵢⱼ yⱼ − cᵢ mᵢ) / (sᵢ √(cᵢ (N − cᵢ) / (N − 1))).
 * The last form is what is computed: it equals esda's z when mᵢ > 0 (G is meant for positive
 * variables) and keeps its orientation otherwise (high values → positive z; esda's flips sign).
 * For binary weights with the unit included it is Ord & Getis's (1995) Gᵢ* z-value
 * (Σⱼ wᵢⱼ yⱼ − W*ᵢ ȳ) / (s √((n S*₁ᵢ − W*ᵢ²) / (n − 1))) with W*ᵢ = S*₁ᵢ = kᵢ + 1.
 * Variances are summed as squared deviations (not E[y²] − E[y]²) to keep precision.
 */
import type { PermutationKernel } from './kernel-permutation.ts';
import type { SpatialWeights } from './spatial-weights.ts';
import { CLUSTER_NS, type StatisticModule } from './statistic-module.ts';

/** Gi* cluster codes: significantly high sums (hot spot) and low sums (cold spot). */
export const CLUSTER_HOT = 1;
export const CLUSTER_COLD = 2;

export interface LocalGOptions {
  /** Include the unit itself (Gᵢ*). */
  star: boolean;
  transform: 'B' | 'R';
}

export interface LocalGResult {
  /** Gᵢ (or Gᵢ*). */
  G: Float64Array;
  /** E[Gᵢ] under the null. */
  expected: Float64Array;
  /** Var[Gᵢ] under the null. */
  variance: Float64Array;
  /** The z-value. */
  z: Float64Array;
}

/** Local G or G* of finite `values`, one per unit of `w`. */
export function localG(values: Float64Array, w: SpatialWeights, options: LocalGOptions): LocalGResult {
  const n = w.n;
  if (values.length !== n) throw new Error(`localG: ${values.length} values for ${n} units`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`localG: value of unit ${i} is ${values[i]} (drop missing values first)`);
  }
  const { star, transform } = options;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) * (values[i] - mean);
  const N = star ? n : n - 1;

  const G = new Float64Array(n);
  const expected = new Float64Array(n);
  const variance = new Float64Array(n);
  const z = new Float64Array(n);
  const { offsets, neighbors, weights } = w;
  for (let i = 0; i < n; i++) {
    const a = offsets[i];
    const b = offsets[i + 1];
    // Raw row: binary or as given, plus the self weight.
    let self = 0;
    if (star) {
      if (transform === 'B' || b === a) self = 1;
      else {
        self = 0;
        for (let k = a; k < b; k++) if (weights[k] > self) self = weights[k];
      }
    }
    let rowSum = self;
    let lin = 0;
    for (let k = a; k < b; k++) {
      const wk = transform === 'B' ? 1 : weights[k];
      rowSum += wk;
      lin += wk * values[neighbors[k]];
    }
    lin += self * values[i];
    let c = rowSum;
    if (transform === 'R') {
      if (rowSum > 0) lin /= rowSum;
      c = rowSum > 0 ? 1 : 0;
    }
    // Mean and population variance of the N values used.
    let mi = mean;
    let ssi = ss;
    let total = sum;
    if (!star) {
      total = sum - values[i];
      mi = total / N;
      ssi = ss - (values[i] - mean) * (values[i] - mean) - N * (mi - mean) * (mi - mean);
    }
    const vi = ssi / N;
    G[i] = lin / total;
    expected[i] = c / N;
    const shape = (c * (N - c)) / (N - 1);
    variance[i] = (shape / (N * N)) * (vi / (mi * mi));
    z[i] = (lin - c * mi) / (Math.sqrt(vi) * Math.sqrt(shape));
  }
  return { G, expected, variance, z };
}

/**
 * Getis–Ord Gᵢ* as a statistic of the hotspot engine: the z-value of esda's
 * `G_Local(y, w, transform='B', star=True)` — binary contiguity, the unit itself included with
 * weight 1, Ord & Getis's (1995) z for binary weights. The permutations draw y with weight 1: zᵢ
 * grows with the neighbours' sum (the fast path; the kernel returns that sum, an increasing
 * function of zᵢ). Hot when z > 0, cold when z < 0. (GeoDa's G* row-standardises instead; its
 * permutation p-values are the same, since both move only with the sum of the kᵢ + 1 values.)
 */
export const getisOrdStatistic: StatisticModule = {
  name: 'Getis-Ord Gi*',
  method: 'Getis-Ord Gi* (z-value, unit included)',
  column: 'the Gi* z-value',
  classes: [
    { code: CLUSTER_HOT, key: 'hot' },
    { code: CLUSTER_COLD, key: 'cold' },
  ],
  globalMoran: false,
  local({ y, weights }) {
    const binary: SpatialWeights = { ...weights, weights: new Float64Array(weights.weights.length).fill(1) };
    const { z } = localG(y, binary, { star: true, transform: 'B' });
    const n = y.length;
    let maxAbs = 0;
    for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(y[i]));
    const scale = new Float64Array(n);
    for (let i = 0; i < n; i++) scale[i] = (binary.offsets[i + 1] - binary.offsets[i]) * maxAbs;
    const kernel: PermutationKernel = (_i, drawn, w, a, k) => {
      let s = 0;
      for (let m = 0; m < k; m++) s += w[a + m] * drawn[m];
      return s;
    };
    return {
      statistic: z,
      permutation: { drawn: y, weights: binary, kernel, scale, direction: new Float64Array(n).fill(1) },
      cluster: (s) => (z[s] > 0 ? CLUSTER_HOT : z[s] < 0 ? CLUSTER_COLD : CLUSTER_NS),
    };
  },
};
