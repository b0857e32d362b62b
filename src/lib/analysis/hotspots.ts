/**
 * Hotspots (docs/METHODS.md §2): one local statistic of the registry (statistic-registry.ts: Local
 * Moran's I, Getis–Ord Gi*, Local Geary's c) on one variable, with conditional permutation
 * inference, multiple-testing correction and cluster labels. Pure: values and weights in, typed
 * arrays out.
 *
 * 1. Units without a finite value are dropped with their links (subsetWeights); they are
 *    "missing", never tested. Units left without a neighbour are islands, never tested.
 * 2. The remaining values are standardised as GeoDa does (sample sd; standardise.ts), islands
 *    included; the lag is the row-standardised spatial lag of z (the Moran scatterplot's y),
 *    reported for every statistic.
 * 3. The statistic's module computes it (`local`: localMoran, localG, localGeary) and says how its
 *    permutations are drawn.
 * 4. Conditional permutation (permutation-test.ts), R permutations, folded pseudo p: the fast path
 *    for a statistic monotone in a weighted sum of the drawn values, else the general one, with
 *    the same draws.
 * 5. Threshold after the correction (multiple-testing.ts) over the tested units; cluster = the
 *    module's class of the unit when pSim ≤ threshold, else ns.
 * 6. For a module with `globalMoran`: global Moran's I on the same weights with its permutation
 *    pseudo p (`globalPermutations`; by default as many as the local tests unless n is large).
 *
 * Random numbers: one generator, seededRng(seed); the local permutations take them first (their
 * draw table and one offset per unit, see conditional-permutation.ts), then the global ones. Same
 * input and options ⇒ same result, whatever the progress chunks.
 */
import { globalMoranPermutation } from './global-moran.ts';
import { QUADRANT_HH, QUADRANT_HL, QUADRANT_LH, QUADRANT_LL } from './local-moran.ts';
import { significanceThreshold, type Correction } from './multiple-testing.ts';
import { permutationTest } from './permutation-test.ts';
import { seededRng } from './rng.ts';
import { spatialLag } from './spatial-lag.ts';
import { islands as islandsOf, rowStandardise, subsetWeights, type SpatialWeights } from './spatial-weights.ts';
import { standardise } from './standardise.ts';
import { CLUSTER_ISLAND, CLUSTER_MISSING, CLUSTER_NS } from './statistic-module.ts';
import { clusterKeyOf, isStatistic, STATISTIC_MODULES, type HotspotStatistic } from './statistic-registry.ts';

export type { Correction } from './multiple-testing.ts';
export type { HotspotStatistic } from './statistic-registry.ts';
export { CLUSTER_ISLAND, CLUSTER_MISSING, CLUSTER_NS } from './statistic-module.ts';
export { CLUSTER_COLD, CLUSTER_HOT } from './getis-ord.ts';

export interface HotspotOptions {
  statistic: HotspotStatistic;
  /** 99, 999 (default) or 9999; any integer ≥ 1 is accepted. */
  permutations: number;
  seed: number;
  /** Significance level before correction, e.g. 0.05. */
  alpha: number;
  correction: Correction;
  /**
   * Permutations of the global Moran's I test (statistics with `globalMoran` only). Default: `permutations`, reduced when
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

/** Local Moran's I cluster codes (the quadrants of local-moran.ts). */
export const CLUSTER_HH = QUADRANT_HH;
export const CLUSTER_LL = QUADRANT_LL;
export const CLUSTER_LH = QUADRANT_LH;
export const CLUSTER_HL = QUADRANT_HL;

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
  /** The statistic per unit (its module's `column`: Local Moran's Iᵢ, the Gi* z-value, Local Geary's cᵢ); NaN for islands and missing. */
  statisticValue: Float64Array;
  /** Folded pseudo p-value; NaN for islands and missing. */
  pSim: Float64Array;
  /** Cluster code per unit: CLUSTER_NS, CLUSTER_ISLAND, CLUSTER_MISSING or one of the statistic's classes. */
  cluster: Uint8Array;
  /** The label of a cluster code for this statistic (its ClusterKey; '' for a code it does not use). */
  clusterLabel: (code: number) => string;
  /** Global Moran's I with its folded permutation pseudo p and the permutations used (always set by hotspots(); optional for results built elsewhere); for a statistic with `globalMoran`, else null. */
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
  if (!isStatistic(statistic)) throw new Error(`hotspots: unknown statistic '${String(statistic)}'`);
  const definition = STATISTIC_MODULES[statistic];
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

  // 3. The statistic and how its permutations are drawn.
  const local = definition.local({ y, z, weights: sub, row, lag: lagSub });
  const stat = local.statistic;

  // 4. Permutations, in chunks.
  const rng = seededRng(seed);
  const links = sub.offsets[m];
  const globalR = options.globalPermutations ?? defaultGlobalPermutations(m, permutations);
  if (definition.globalMoran && (!Number.isInteger(globalR) || globalR < 1)) {
    throw new Error(`hotspots: globalPermutations must be an integer ≥ 1, got ${globalR}`);
  }
  const localWork = permutations * m;
  const globalWork = definition.globalMoran ? globalR * (m + links) : 0;
  const total = localWork + globalWork;
  const perm = permutationTest(local.permutation, permutations, rng);
  let workDone = 0;
  const unitsPerChunk = Math.max(1, Math.floor(WORK_PER_CHUNK / permutations));
  while (perm.done < m) {
    const before = perm.done;
    perm.step(unitsPerChunk);
    workDone += (perm.done - before) * permutations;
    onProgress?.(workDone, total);
  }

  let global: { I: number; pSim: number; permutations: number } | null = null;
  if (definition.globalMoran) {
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
    cluster[i] = pSub[s] <= threshold ? local.cluster(s) : CLUSTER_NS;
  }
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
    clusterLabel: (code: number) => clusterKeyOf(statistic, code) ?? '',
    global,
    islands,
    missing,
  };
}
