import type { SpatialWeights } from './spatial-weights.ts';

/**
 * The spatial lag Σ_k w_ik x[neighbour k] of every unit (0 for islands), summed in the CSR row
 * order — the same order the conditional permutations use, so an observed sum and a permuted sum
 * of the same values round alike.
 */
export function spatialLag(x: Float64Array, w: SpatialWeights): Float64Array {
  if (x.length !== w.n) throw new Error(`spatialLag: ${x.length} values for ${w.n} units`);
  const out = new Float64Array(w.n);
  const { offsets, neighbors, weights } = w;
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) s += weights[k] * x[neighbors[k]];
    out[i] = s;
  }
  return out;
}
