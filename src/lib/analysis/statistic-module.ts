/**
 * What a local statistic of the hotspot engine is (docs/METHODS.md §2): one module per statistic
 * (local-moran.ts, getis-ord.ts, local-geary.ts) gives its computation, its permutation kernel, its
 * cluster classes and its names; hotspots() and every layer above read them through the registry
 * (statistic-registry.ts), never by testing which statistic it is. The shape follows esda, where a
 * statistic is a class with its own `stat_func` and the inference (`crand`) is shared.
 */
import type { PermutationKernel } from './kernel-permutation.ts';
import type { SpatialWeights } from './spatial-weights.ts';

/**
 * Every cluster class any statistic uses, as written in files (the CSV `cluster` column) and as
 * the key of its colour (map) and its label (i18n). A new key must be given a colour and labels.
 */
export const CLUSTER_KEYS = ['HH', 'LL', 'LH', 'HL', 'hot', 'cold', 'other_positive', 'negative', 'ns', 'island', 'missing'] as const;
export type ClusterKey = (typeof CLUSTER_KEYS)[number];

/** Cluster codes shared by every statistic (entries of `HotspotResult.cluster`). */
export const CLUSTER_NS = 0;
export const CLUSTER_ISLAND = 5;
export const CLUSTER_MISSING = 6;

/** A significant class of a statistic: its code (1 … 4) in `HotspotResult.cluster` and its key. */
export interface ClusterClass {
  code: number;
  key: ClusterKey;
}

/** What every statistic is computed from: the units with a value (islands included: no neighbour, never tested). */
export interface LocalStatisticInput {
  /** The values (finite). */
  y: Float64Array;
  /** The values standardised as GeoDa does (sample sd, standardise.ts). */
  z: Float64Array;
  /** The weights as given (binary contiguity in the app), one row per unit. */
  weights: SpatialWeights;
  /** The same weights row-standardised. */
  row: SpatialWeights;
  /** Σⱼ rowᵢⱼ zⱼ, the Moran scatterplot's y (0 for islands). */
  lag: Float64Array;
}

/**
 * How the permutations of a statistic are drawn and judged. `kernel` defines the statistic on drawn
 * values (kernel-permutation.ts, the general path, always valid); `direction`, when given, says the
 * statistic moves monotonically with Σₘ wᵢₘ drawn[m] (its sign per unit: > 0 grows, < 0 falls,
 * 0 constant), which lets the engine take the fast path (conditional-permutation.ts) with the same
 * draws and the same p-values.
 */
export interface PermutationSpec {
  /** The values the neighbours' values are drawn from. */
  drawn: Float64Array;
  /** The weights the drawn values take. */
  weights: SpatialWeights;
  kernel: PermutationKernel;
  /** Per unit: the magnitude of its statistic's terms, for telling ties from rounding. */
  scale: Float64Array;
  direction?: Float64Array;
}

/** A statistic computed on the units of a {@link LocalStatisticInput}. */
export interface LocalStatistic {
  /** The value reported per unit (`HotspotResult.statisticValue`); anything for islands. */
  statistic: Float64Array;
  permutation: PermutationSpec;
  /** The cluster code of unit s once it is significant (one of the module's class codes). */
  cluster(s: number): number;
}

/** One local statistic of the hotspot engine. */
export interface StatisticModule {
  /** Its name in English text (the CLI summary), e.g. "local Moran's I". */
  name: string;
  /** The method as the exported metadata states it, with its reference. */
  method: string;
  /** What the CLI help and the export say the `statistic` column holds. */
  column: string;
  /** Its significant classes (codes 1 … 4), in the order text lists them (the legend orders them by code). */
  classes: readonly ClusterClass[];
  /** Whether a run also tests the global Moran's I (on the same weights). */
  globalMoran: boolean;
  /** The statistic of every unit, its permutation test and its cluster classes. */
  local(input: LocalStatisticInput): LocalStatistic;
}
