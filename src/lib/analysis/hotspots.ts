/**
 * Hotspots (docs/METHODS.md §2): Local Moran's I or Getis–Ord Gi* on one variable, with conditional
 * permutation inference, multiple-testing correction and cluster labels. Pure: values and weights
 * in, typed arrays out.
 *
 * 1. Units without a finite value are dropped with their links (subsetWeights); they are
 *    "missing", never tested. Units left without a neighbour are islands, never tested.
 * 2. The remaining values are standardised as GeoDa does (sample sd; standardise.ts), islands
 *    included; the lag is the row-standardised spatial lag of z (the Moran scatterplot's y).
 * 3. Statistic:
 *    - moran: Iᵢ = zᵢ · lagᵢ (local-moran.ts), quadrant HH / LL / LH / HL by the signs of z and lag;
 *    - gistar: the Gᵢ* z-value of esda's `G_Local(y, w, transform='B', star=True)` (getis-ord.ts):
 *      binary contiguity, the unit itself included with weight 1 — Ord & Getis's (1995) z for
 *      binary weights; hot when z > 0, cold when z < 0. (GeoDa's G* row-standardises instead; its
 *      permutation p-values are the same, since both move only with the sum of the kᵢ + 1 values.)
 * 4. Conditional permutation (conditional-permutation.ts), R permutations, folded pseudo p; for
 *    Moran the draws are of z with the row-standardised weights, for Gi* of y with weight 1.
 * 5. Threshold after the correction (multiple-testing.ts) over the tested units; cluster = the
 *    quadrant (or hot/cold) when pSim ≤ threshold, else ns.
 * 6. moran only: global Moran's I on the same weights with its permutation pseudo p
 *    (`globalPermutations`; by default as many as the local tests unless n is large).
 *
 * Random numbers: one generator, seededRng(seed); the local permutations take them first (their
 * draw table and one offset per unit, see conditional-permutation.ts), then the global ones. Same
 * input and options ⇒ same result, whatever the progress chunks.
 */
import { conditionalPermutation } from './conditional-permutation.ts';
import { localG } from './getis-ord.ts';
import { globalMoranPermutation } from './global-moran.ts';
import { moranQuadrant } from './local-moran.ts';
import { significanceThreshold, type Correction } from './multiple-testing.ts';
import { seededRng } from './rng.ts';
import { spatialLag } from './spatial-lag.ts';
import { islands as islandsOf, rowStandardise, subsetWeights, type SpatialWeights } from './spatial-weights.ts';
import { standardise } from './standardise.ts';

export type { Correction } from './multiple-testing.ts';
export type HotspotStatistic = 'moran' | 'gistar';

export interface HotspotOptions {
  statistic: HotspotStatistic;
  /** 99, 999 (default) or 9999; any integer ≥ 1 is accepted. */
  permutations: number;
  seed: number;
  /** Significance level before correction, e.g. 0.05. */
  alpha: number;
  correction: Correction;
  /**
   * Permutations of the global Moran's I test (moran only). Default: `permutations`, reduced when
   * n · permutations exceeds {@link GLOBAL_PERMUTATION_BUDGET} to the largest 10^k − 1 within it
   * (at least 99): the global test shuffles all n values per permutation, which for large n costs
   * several times the local tests.
   */
  globalPermutations?: number;
}

/** Unit-permutations (n · R) the global Moran test may use by default: 2^22 ≈ 4.2 million. */
export const GLOBAL_PERMUTATION_BUDGET = 1 << 22;

/** The default number of global permutations for n units and R local permutations. */
export function defaultGlobalPermutations(n: number, permutations: number): number {
  if (n * permutations <= GLOBAL_PERMUTATION_BUDGET) return permutations;
  let r = 99;
  while ((r + 1) * 10 - 1 <= permutations && n * ((r + 1) * 10 - 1) <= GLOBAL_PERMUTATION_BUDGET) r = (r + 1) * 10 - 1;
  return Math.min(r, permutations);
}

/** Cluster codes (Uint8Array entries of {@link HotspotResult.cluster}). */
export const CLUSTER_NS = 0;
export const CLUSTER_HH = 1;
export const CLUSTER_LL = 2;
export const CLUSTER_LH = 3;
export const CLUSTER_HL = 4;
/** Gi*: significantly high sums (same code as HH). */
export const CLUSTER_HOT = 1;
/** Gi*: significantly low sums (same code as LL). */
export const CLUSTER_COLD = 2;
export const CLUSTER_ISLAND = 5;
export const CLUSTER_MISSING = 6;

/** Labels by code for Local Moran's I (as the CLI writes them). */
export const MORAN_CLUSTER_LABELS: readonly string[] = ['ns', 'HH', 'LL', 'LH', 'HL', 'island', 'missing'];
/** Labels by code for Gi* (codes 3 and 4 do not occur). */
export const GISTAR_CLUSTER_LABELS: readonly string[] = ['ns', 'hot', 'cold', '', '', 'island', 'missing'];

export interface HotspotResult {
  statistic: HotspotStatistic;
  /** Number of units (the input's length, missing ones included). */
  n: number;
  seed: number;
  permutations: number;
  alpha: number;
  correction: Correction;
  /** The p threshold actually used after correction: a unit is significant when pSim ≤ threshold. */
  threshold: number;
  /** The input (NaN = missing, not tested). */
  value: Float64Array;
  /** Spatial lag (row-standardised) of the standardised values; NaN for islands and missing. */
  lag: Float64Array;
  /** Local Moran's Iᵢ (GeoDa's form) or the Gi* z-value; NaN for islands and missing. */
  statisticValue: Float64Array;
  /** Folded pseudo p-value; NaN for islands and missing. */
  pSim: Float64Array;
  /** Cluster code per unit (CLUSTER_*). */
  cluster: Uint8Array;
  /** The label of a cluster code for this statistic. */
  clusterLabel: (code: number) => string;
  /** Global Moran's I with its folded permutation pseudo p and the permutations used (always set by hotspots(); optional for results built elsewhere); moran only, else null. */
  global: { I: number; pSim: number; permutations?: number } | null;
  /** Units with a value but no neighbour with a value (never tested), ascending. */
  islands: number[];
  /** Units without a value (never tested), ascending. */
  missing: number[];
}

/** Work per progress chunk (a few milliseconds between progress reports). */
const WORK_PER_CHUNK = 1 << 20;

/**
 * Hotspots of `values` (NaN = missing) on weights `w` (binary or any, one row per value; rows are
 * standardised inside). `onProgress(done, total)` is called after each chunk of work (units ×
 * permutations for the local tests, then (units + links) × permutations for the global one),
 * ending with done = total.
 */
export function hotspots(
  values: Float64Array,
  w: SpatialWeights,
  options: HotspotOptions,
  onProgress?: (done: number, total: number) => void,
): HotspotResult {
  const n = values.length;
  if (w.n !== n) throw new Error(`hotspots: ${n} values for ${w.n} units in the weights`);
  const { statistic, permutations, seed, alpha, correction } = options;
  if (statistic !== 'moran' && statistic !== 'gistar') throw new Error(`hotspots: unknown statistic '${String(statistic)}'`);
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new Error(`hotspots: permutations must be an integer ≥ 1, got ${permutations}`);
  }
  if (!(alpha > 0 && alpha < 1)) throw new Error(`hotspots: significance level must be in (0, 1), got ${alpha}`);

  // 1. Missing values out.
  const keep = new Uint8Array(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(values[i])) keep[i] = 1;
    else missing.push(i);
  }
  const { weights: sub, index } = subsetWeights(w, keep);
  const m = sub.n;
  const y = new Float64Array(m);
  for (let s = 0; s < m; s++) y[s] = values[index[s]];
  const row = rowStandardise(sub);
  const subIslands = islandsOf(sub);
  const isIsland = new Uint8Array(m);
  for (const s of subIslands) isIsland[s] = 1;

  // 2. Standardised values and their lag.
  const z = standardise(y);
  const lagSub = spatialLag(z, row);

  // 3. Statistic, and what the permutations draw.
  const stat = new Float64Array(m);
  const direction = new Float64Array(m);
  let drawn: Float64Array;
  let drawWeights: SpatialWeights;
  if (statistic === 'moran') {
    for (let s = 0; s < m; s++) {
      stat[s] = z[s] * lagSub[s];
      direction[s] = Math.sign(z[s]);
    }
    drawn = z;
    drawWeights = row;
  } else {
    const binary: SpatialWeights = { ...sub, weights: new Float64Array(sub.weights.length).fill(1) };
    const g = localG(y, binary, { star: true, transform: 'B' });
    stat.set(g.z);
    direction.fill(1);
    drawn = y;
    drawWeights = binary;
  }

  // 4. Permutations, in chunks.
  const rng = seededRng(seed);
  const links = sub.offsets[m];
  const globalR = options.globalPermutations ?? defaultGlobalPermutations(m, permutations);
  if (statistic === 'moran' && (!Number.isInteger(globalR) || globalR < 1)) {
    throw new Error(`hotspots: globalPermutations must be an integer ≥ 1, got ${globalR}`);
  }
  const localWork = permutations * m;
  const globalWork = statistic === 'moran' ? globalR * (m + links) : 0;
  const total = localWork + globalWork;
  const perm = conditionalPermutation(drawn, drawWeights, direction, permutations, rng);
  let workDone = 0;
  const unitsPerChunk = Math.max(1, Math.floor(WORK_PER_CHUNK / permutations));
  while (perm.done < m) {
    const before = perm.done;
    perm.step(unitsPerChunk);
    workDone += (perm.done - before) * permutations;
    onProgress?.(workDone, total);
  }

  let global: { I: number; pSim: number; permutations: number } | null = null;
  if (statistic === 'moran') {
    const gp = globalMoranPermutation(y, row, globalR, rng);
    const perChunk = Math.max(1, Math.floor(WORK_PER_CHUNK / Math.max(1, m + links)));
    while (gp.done < globalR) {
      const before = gp.done;
      gp.step(perChunk);
      workDone += (gp.done - before) * (m + links);
      onProgress?.(workDone, total);
    }
    global = { I: gp.I, pSim: gp.pSim, permutations: globalR };
  }
  if (total === 0) onProgress?.(0, 0);

  // 5. Threshold and clusters; results back in the input's order.
  const pSub = perm.pSim;
  const threshold = significanceThreshold(pSub, alpha, correction);
  const lag = new Float64Array(n).fill(NaN);
  const statisticValue = new Float64Array(n).fill(NaN);
  const pSim = new Float64Array(n).fill(NaN);
  const cluster = new Uint8Array(n).fill(CLUSTER_MISSING);
  const islands: number[] = [];
  for (let s = 0; s < m; s++) {
    const i = index[s];
    if (isIsland[s]) {
      cluster[i] = CLUSTER_ISLAND;
      islands.push(i);
      continue;
    }
    lag[i] = lagSub[s];
    statisticValue[i] = stat[s];
    pSim[i] = pSub[s];
    if (!(pSub[s] <= threshold)) cluster[i] = CLUSTER_NS;
    else if (statistic === 'moran') cluster[i] = moranQuadrant(z[s], lagSub[s]);
    else cluster[i] = stat[s] > 0 ? CLUSTER_HOT : stat[s] < 0 ? CLUSTER_COLD : CLUSTER_NS;
  }
  const labels = statistic === 'moran' ? MORAN_CLUSTER_LABELS : GISTAR_CLUSTER_LABELS;
  return {
    statistic,
    n,
    seed,
    permutations,
    alpha,
    correction,
    threshold,
    value: values.slice(),
    lag,
    statisticValue,
    pSim,
    cluster,
    clusterLabel: (code: number) => labels[code] ?? '',
    global,
    islands,
    missing,
  };
}
