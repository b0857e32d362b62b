/**
 * Local Geary's c (Anselin 1995, "Local indicators of spatial association — LISA", §4; Anselin 2019,
 * "A local indicator of multivariate spatial association: extending Geary's c", Geographical
 * Analysis 51(2)) in GeoDa's form (`UniGeary`):
 *
 *   z = standardise(values) (sample sd, as GeoDa's `StandardizeData` and focal's Local Moran),
 *   cᵢ = Σⱼ wᵢⱼ (zᵢ − zⱼ)²  on row-standardised weights
 *      = zᵢ² − 2 zᵢ lagᵢ + Σⱼ wᵢⱼ zⱼ²  (GeoDa's way of writing it).
 *
 * PySAL esda's `Geary_Local` computes the same sum with z scaled by the POPULATION sd (np.std,
 * ddof 0): its `localG` is n/(n − 1) times cᵢ here. The factor is the same for every unit and every
 * permutation, so the pseudo p-values and the classes are the same.
 *
 * A small cᵢ means unit i is like its neighbours (positive association), a large one that it differs
 * (negative association). Under conditional randomisation (unit i's value kept, its neighbours drawn
 * from the other n − 1 units) the expectation is
 *   E[cᵢ] = Wᵢ · (zᵢ² − 2 zᵢ μ₋ᵢ + q₋ᵢ),  μ₋ᵢ, q₋ᵢ the mean of z and of z² over the other units,
 *   Wᵢ = Σⱼ wᵢⱼ (1 when row-standardised);
 * GeoDa compares cᵢ with the mean of its permuted values, an estimate of this expectation.
 *
 * Classes of a significant unit, GeoDa's codes (`UniGeary::CountLargerSA`): cᵢ ≤ E[cᵢ] is positive
 * association — 1 high–high (zᵢ > 0 and lagᵢ > 0), 2 low–low (zᵢ < 0 and lagᵢ < 0), 3 other positive
 * (the outlier quadrants, or a zero); cᵢ > E[cᵢ] is 4 negative association. esda's optional
 * `labels` number its groups differently (1 … 4, with 4 not significant) and are not used.
 *
 * cᵢ is quadratic in the neighbours' values, so its permutations take the general path
 * (kernel-permutation.ts): each draw is put through the same sum.
 */
import type { PermutationKernel } from './kernel-permutation.ts';
import { spatialLag } from './spatial-lag.ts';
import type { SpatialWeights } from './spatial-weights.ts';
import { standardise } from './standardise.ts';
import type { StatisticModule } from './statistic-module.ts';

/** Local Geary cluster codes (GeoDa's). */
export const GEARY_HH = 1;
export const GEARY_LL = 2;
export const GEARY_OTHER_POSITIVE = 3;
export const GEARY_NEGATIVE = 4;

export interface LocalGearyResult {
  /** Standardised values (all units, islands included). */
  z: Float64Array;
  /** Σⱼ wᵢⱼ zⱼ; NaN for islands. */
  lag: Float64Array;
  /** cᵢ = Σⱼ wᵢⱼ (zᵢ − zⱼ)²; NaN for islands. */
  C: Float64Array;
  /** E[cᵢ] under conditional randomisation; NaN for islands. */
  expected: Float64Array;
}

/** The class of a unit with statistic c, expectation e, value z and lag (GeoDa's codes 1 … 4). */
export function gearyClass(c: number, expected: number, z: number, lag: number): number {
  if (!(c <= expected)) return GEARY_NEGATIVE;
  if (z > 0 && lag > 0) return GEARY_HH;
  if (z < 0 && lag < 0) return GEARY_LL;
  return GEARY_OTHER_POSITIVE;
}

/** Local Geary's c of finite `values` (one per unit of `w`; pass row-standardised weights for GeoDa's numbers). Throws on a missing value. */
export function localGeary(values: Float64Array, w: SpatialWeights): LocalGearyResult {
  const n = w.n;
  if (values.length !== n) throw new Error(`localGeary: ${values.length} values for ${n} units`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`localGeary: value of unit ${i} is ${values[i]} (drop missing values first)`);
  }
  const z = standardise(values);
  const lag = spatialLag(z, w);
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    sum += z[i];
    sumSq += z[i] * z[i];
  }
  const C = new Float64Array(n);
  const expected = new Float64Array(n);
  const { offsets, neighbors, weights } = w;
  for (let i = 0; i < n; i++) {
    const a = offsets[i];
    const b = offsets[i + 1];
    if (a === b) {
      lag[i] = NaN;
      C[i] = NaN;
      expected[i] = NaN;
      continue;
    }
    let c = 0;
    let W = 0;
    for (let k = a; k < b; k++) {
      const d = z[i] - z[neighbors[k]];
      c += weights[k] * d * d;
      W += weights[k];
    }
    C[i] = c;
    const mean = (sum - z[i]) / (n - 1);
    const meanSq = (sumSq - z[i] * z[i]) / (n - 1);
    expected[i] = W * (z[i] * z[i] - 2 * z[i] * mean + meanSq);
  }
  return { z, lag, C, expected };
}

/**
 * Local Geary's c as a statistic of the hotspot engine: cᵢ on the row-standardised weights, its
 * permutations through the kernel Σₘ wₘ (zᵢ − drawnₘ)² (general path), GeoDa's four classes.
 */
export const localGearyStatistic: StatisticModule = {
  name: "local Geary's c",
  method: "Local Geary's c (Anselin 1995, 2019; GeoDa's form, sample sd)",
  column: "Local Geary's c_i (GeoDa's form)",
  classes: [
    { code: GEARY_HH, key: 'HH' },
    { code: GEARY_LL, key: 'LL' },
    { code: GEARY_OTHER_POSITIVE, key: 'other_positive' },
    { code: GEARY_NEGATIVE, key: 'negative' },
  ],
  globalMoran: false,
  local({ y, row }) {
    const { z, lag, C, expected } = localGeary(y, row);
    const n = y.length;
    let maxAbs = 0;
    for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(z[i]));
    const scale = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let absWeights = 0;
      for (let k = row.offsets[i]; k < row.offsets[i + 1]; k++) absWeights += Math.abs(row.weights[k]);
      scale[i] = absWeights * (Math.abs(z[i]) + maxAbs) ** 2;
    }
    const kernel: PermutationKernel = (i, drawn, weights, a, k) => {
      const zi = z[i];
      let c = 0;
      for (let m = 0; m < k; m++) {
        const d = zi - drawn[m];
        c += weights[a + m] * d * d;
      }
      return c;
    };
    return {
      statistic: C,
      permutation: { drawn: z, weights: row, kernel, scale },
      cluster: (s) => gearyClass(C[s], expected[s], z[s], lag[s]),
    };
  },
};
