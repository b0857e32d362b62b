/**
 * Conditional randomisation (Anselin 1995), general path: for a local statistic of any form in its
 * neighbours' values — Local Geary's cᵢ = Σⱼ wᵢⱼ (zᵢ − zⱼ)² is not monotone in one weighted sum —
 * recomputed by the statistic's own kernel on every permutation, as esda's
 * `crand(z, w, observed, permutations, stat_func)` hands each draw to the statistic's function.
 *
 * The draws are exactly those of the fast path (conditional-permutation.ts): the same table of
 * distinct positions and the same window offset per unit, taken from the generator in the same
 * order, so that with the same seed a statistic linear in the drawn values gets the same pseudo
 * p-values on either path (tests/analysis/kernel-permutation.test.ts checks it for Local Moran's I
 * and Gi*). Unit i's own value stays; in each of R permutations its kᵢ neighbour values are
 * replaced by kᵢ values of other units drawn without replacement, the m-th drawn value taking unit
 * i's m-th weight.
 *
 * Folded pseudo p as on the fast path: M = min(#{sim ≥ obs}, #{sim ≤ obs}), p = (M + 1) / (R + 1),
 * a permuted value within `TIE_TOLERANCE · scale[i]` of the observed one counting on both sides.
 * The observed value is the kernel on the unit's actual neighbours (same summation order as the
 * permuted ones). Islands (no neighbour) get NaN. Cost O(R · kᵢ) per unit.
 */
import { drawTable, tableRows, TIE_TOLERANCE, unitByUnit, type ConditionalPermutation } from './conditional-permutation.ts';
import type { Rng } from './rng.ts';
import type { SpatialWeights } from './spatial-weights.ts';

/**
 * A local statistic as a function of its neighbours' values: unit `i`'s statistic (or any strictly
 * increasing function of it, the same for the observed and the permuted values) when its kᵢ
 * neighbours take the values `drawn[0 … k − 1]`, the m-th with weight `weights[a + m]` (unit i's
 * row of the CSR weights starts at `a`). Pure; called R + 1 times per unit.
 */
export type PermutationKernel = (i: number, drawn: Float64Array, weights: Float64Array, a: number, k: number) => number;

/**
 * Prepare the general conditional permutation test of every unit of `w`.
 * @param x the values that are drawn (e.g. z), finite
 * @param w the weights (row order matters: the m-th drawn value takes the m-th weight)
 * @param kernel the statistic of a unit from its drawn neighbour values
 * @param scale per unit, the magnitude of the terms of its statistic: differences within
 *   TIE_TOLERANCE times it are rounding, not a difference (a tie)
 * @param permutations R, an integer ≥ 1
 * @param rng the seeded generator the draws come from (the same draws as conditionalPermutation)
 */
export function kernelPermutation(
  x: Float64Array,
  w: SpatialWeights,
  kernel: PermutationKernel,
  scale: Float64Array,
  permutations: number,
  rng: Rng,
): ConditionalPermutation {
  const n = w.n;
  if (x.length !== n || scale.length !== n) throw new Error(`kernelPermutation: ${x.length} values and ${scale.length} scales for ${n} units`);
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`kernelPermutation: permutations must be an integer ≥ 1, got ${permutations}`);
  }
  const R = permutations;
  const { offsets, neighbors, weights } = w;
  let K = 0;
  for (let i = 0; i < n; i++) K = Math.max(K, offsets[i + 1] - offsets[i]);
  const pool = n - 1;
  const L = tableRows(n, K, R);
  const { table, offsets: unitOffset } = drawTable(L, K, pool, n, rng);
  const drawn = new Float64Array(K);
  const pSim = new Float64Array(n).fill(NaN);

  const testUnit = (i: number): void => {
    const a = offsets[i];
    const k = offsets[i + 1] - a;
    if (k === 0) return; // island: NaN
    for (let m = 0; m < k; m++) drawn[m] = x[neighbors[a + m]];
    const observed = kernel(i, drawn, weights, a, k);
    const tol = TIE_TOLERANCE * scale[i];
    let atLeast = 0; // #{sim ≥ obs}
    let atMost = 0; // #{sim ≤ obs}
    let row = unitOffset[i];
    for (let p = 0; p < R; p++) {
      const base = row * K;
      for (let m = 0; m < k; m++) {
        const r = table[base + m];
        drawn[m] = x[r === i ? pool : r];
      }
      const d = kernel(i, drawn, weights, a, k) - observed;
      atLeast += +(d >= -tol);
      atMost += +(d <= tol);
      row++;
      if (row === L) row = 0;
    }
    const M = atLeast < atMost ? atLeast : atMost;
    pSim[i] = (M + 1) / (R + 1);
  };

  return unitByUnit(n, L, pSim, testUnit);
}
