/**
 * Local Moran's I (Anselin 1995, "Local indicators of spatial association — LISA") in GeoDa's
 * form: z = standardise(values) (sample sd, see standardise.ts), lagᵢ = Σⱼ wᵢⱼ zⱼ, Iᵢ = zᵢ · lagᵢ.
 * Pass row-standardised weights for GeoDa's numbers (the lag is then the neighbours' mean z).
 *
 * Quadrant of the Moran scatterplot by the signs of zᵢ and lagᵢ, as GeoDa assigns them
 * (`UniLocalMoran::ComputeLoalSA`): HL when z > 0 and lag < 0, LH when z < 0 and lag > 0, LL when
 * both < 0, otherwise HH (a zero on either axis counts as high).
 */
import type { PermutationKernel } from './kernel-permutation.ts';
import type { SpatialWeights } from './spatial-weights.ts';
import type { StatisticModule } from './statistic-module.ts';
import { spatialLag } from './spatial-lag.ts';
import { standardise } from './standardise.ts';

/** Quadrant codes, the same as the hotspot cluster codes. */
export const QUADRANT_HH = 1;
export const QUADRANT_LL = 2;
export const QUADRANT_LH = 3;
export const QUADRANT_HL = 4;

export interface LocalMoranResult {
  /** Standardised values (all units, islands included). */
  z: Float64Array;
  /** Σⱼ wᵢⱼ zⱼ; NaN for islands. */
  lag: Float64Array;
  /** zᵢ · lagᵢ; NaN for islands. */
  I: Float64Array;
  /** QUADRANT_* code; 0 for islands. */
  quadrant: Uint8Array;
}

/** The quadrant of a point (z, lag) of the Moran scatterplot. */
export function moranQuadrant(z: number, lag: number): number {
  if (z > 0 && lag < 0) return QUADRANT_HL;
  if (z < 0 && lag > 0) return QUADRANT_LH;
  if (z < 0 && lag < 0) return QUADRANT_LL;
  return QUADRANT_HH;
}

/** Local Moran's I of finite `values` (one per unit of `w`). Throws on a missing value. */
export function localMoran(values: Float64Array, w: SpatialWeights): LocalMoranResult {
  if (values.length !== w.n) throw new Error(`localMoran: ${values.length} values for ${w.n} units`);
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`localMoran: value of unit ${i} is ${values[i]} (drop missing values first)`);
  }
  const z = standardise(values);
  const lag = spatialLag(z, w);
  const I = new Float64Array(w.n);
  const quadrant = new Uint8Array(w.n);
  for (let i = 0; i < w.n; i++) {
    if (w.offsets[i + 1] === w.offsets[i]) {
      lag[i] = NaN;
      I[i] = NaN;
      continue;
    }
    I[i] = z[i] * lag[i];
    quadrant[i] = moranQuadrant(z[i], lag[i]);
  }
  return { z, lag, I, quadrant };
}

/**
 * Local Moran's I as a statistic of the hotspot engine: Iᵢ = zᵢ · lagᵢ on the row-standardised
 * weights (localMoran), permutations of z taking the row weights — Iᵢ moves with Σ wᵢⱼ zⱼ in the
 * direction of sign(zᵢ), the fast path — and the quadrant as the class of a significant unit.
 * A global Moran's I is tested beside it.
 */
export const localMoranStatistic: StatisticModule = {
  name: "local Moran's I",
  method: "Local Moran's I (Anselin 1995, GeoDa's form)",
  column: "Local Moran's I_i (GeoDa's form)",
  classes: [
    { code: QUADRANT_HH, key: 'HH' },
    { code: QUADRANT_LL, key: 'LL' },
    { code: QUADRANT_HL, key: 'HL' },
    { code: QUADRANT_LH, key: 'LH' },
  ],
  globalMoran: true,
  local({ y, row }) {
    const { z, I, quadrant } = localMoran(y, row);
    const n = y.length;
    let maxAbs = 0;
    for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(z[i]));
    const scale = new Float64Array(n);
    const direction = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let absWeights = 0;
      for (let k = row.offsets[i]; k < row.offsets[i + 1]; k++) absWeights += Math.abs(row.weights[k]);
      scale[i] = Math.abs(z[i]) * absWeights * maxAbs;
      direction[i] = Math.sign(z[i]);
    }
    const kernel: PermutationKernel = (i, drawn, weights, a, k) => {
      let s = 0;
      for (let m = 0; m < k; m++) s += weights[a + m] * drawn[m];
      return z[i] * s;
    };
    return {
      statistic: I,
      permutation: { drawn: z, weights: row, kernel, scale, direction },
      cluster: (s) => quadrant[s],
    };
  },
};
