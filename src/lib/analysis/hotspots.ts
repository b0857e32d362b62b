/**
 * Hotspots (METHODS.md §2): Local Moran's I or Getis–Ord Gi* on one variable, with conditional
 * permutation inference, multiple-testing correction and cluster labels. Pure: values and weights
 * in, typed arrays out.
 */
import type { SpatialWeights } from './spatial-weights.ts';

export type Correction = 'none' | 'fdr' | 'bonferroni';
export type HotspotStatistic = 'moran' | 'gistar';

export interface HotspotOptions {
  statistic: HotspotStatistic;
  /** 99, 999 (default) or 9999; any integer ≥ 1 is accepted. */
  permutations: number;
  seed: number;
  /** Significance level before correction, e.g. 0.05. */
  alpha: number;
  correction: Correction;
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
  /** Global Moran's I with its folded permutation pseudo p (moran only, else null). */
  global: { I: number; pSim: number } | null;
  /** Units with a value but no neighbour with a value (never tested), ascending. */
  islands: number[];
  /** Units without a value (never tested), ascending. */
  missing: number[];
}

/**
 * Hotspots of `values` (NaN = missing) on weights `w` (binary or any; rows are standardised inside).
 * Not yet implemented in this commit: the signature is the shared contract.
 */
export function hotspots(
  values: Float64Array,
  w: SpatialWeights,
  options: HotspotOptions,
  onProgress?: (done: number, total: number) => void,
): HotspotResult {
  void values;
  void w;
  void options;
  void onProgress;
  throw new Error('hotspots: not implemented yet');
}
