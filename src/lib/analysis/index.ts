export { classify } from './classify.ts';
export { equalIntervalBreaks } from './equal-interval-breaks.ts';
export { naturalBreaks } from './natural-breaks.ts';
export { quantileBreaks } from './quantile-breaks.ts';
export { quantileSorted } from './quantile-sorted.ts';
export { sortedFinite } from './sorted-finite.ts';
export { averageRanks } from './average-ranks.ts';
export { computeIndex } from './composite-index.ts';
export { prepareLeaves, type PreparedLeaves } from './prepare-leaves.ts';
export type * from './composite-types.ts';
export {
  hotspots,
  defaultGlobalPermutations,
  GLOBAL_PERMUTATION_BUDGET,
  CLUSTER_NS,
  CLUSTER_HH,
  CLUSTER_LL,
  CLUSTER_LH,
  CLUSTER_HL,
  CLUSTER_HOT,
  CLUSTER_COLD,
  CLUSTER_ISLAND,
  CLUSTER_MISSING,
  type HotspotOptions,
  type HotspotResult,
  type HotspotStatistic,
  type Correction,
} from './hotspots.ts';
export { localMoran, moranQuadrant, localMoranStatistic, type LocalMoranResult } from './local-moran.ts';
export { localG, getisOrdStatistic, type LocalGOptions, type LocalGResult } from './getis-ord.ts';
export { localGeary, gearyClass, localGearyStatistic, type LocalGearyResult } from './local-geary.ts';
export { STATISTICS, STATISTIC_MODULES, isStatistic, clusterKey, clusterKeyOf, clusterCodes } from './statistic-registry.ts';
export { CLUSTER_KEYS, type ClusterKey, type ClusterClass, type StatisticModule, type LocalStatistic, type LocalStatisticInput, type PermutationSpec } from './statistic-module.ts';
export { kernelPermutation, type PermutationKernel } from './kernel-permutation.ts';
export { permutationTest } from './permutation-test.ts';
export { globalMoran, globalMoranPermutation } from './global-moran.ts';
export { conditionalPermutation } from './conditional-permutation.ts';
export { fdrThreshold, bonferroniThreshold, significanceThreshold } from './multiple-testing.ts';
export { standardise } from './standardise.ts';
export { spatialLag } from './spatial-lag.ts';
