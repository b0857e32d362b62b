/**
 * Types of the composite (targeting) index engine: columns in, typed arrays out. See
 * docs/METHODS.md §1 and the JRC COINr functions the engine reproduces
 * (`qTreat`, `n_minmax`, `n_zscore`, `n_rank`, `a_amean`, `a_gmean`).
 */

/** +1: higher means more need; −1: higher means less need (inverted after normalisation). */
export type Direction = 1 | -1;

/**
 * Skew treatment of each indicator, applied within each scope group before normalisation:
 * `none`; `log` (COINr's log_CT, always); `log_plus` (COINr's log_CT_plus, always: log_CT where the
 * skew is positive, its mirror image −log(max + a − x) where it is not); `coinr` (COINr qTreat's
 * default: where |skew| > skew threshold and kurtosis > kurtosis threshold, winsorise up to
 * `winmax` points; if still outside, revert and apply log_CT instead); `coinr_plus` (the same with
 * log_CT_plus as the fallback, COINr's `qTreat(f2 = "log_CT_plus")`).
 */
export type TreatmentMethod = (typeof TREATMENT_METHODS)[number];

/** Every treatment method (the spec's, the builder's and the CLI's accepted values), in the order messages list them. */
export const TREATMENT_METHODS = ['coinr', 'coinr_plus', 'log', 'log_plus', 'none'] as const;

export interface Treatment {
  method: TreatmentMethod;
  /** Most points winsorised before falling back to the log transform (COINr default 5). */
  winmax: number;
  /** |skewness| threshold (COINr default 2). */
  skew: number;
  /** Kurtosis threshold (COINr default 3.5). */
  kurtosis: number;
}

/** `minmax` to `range` (COINr n_minmax), `zscore` (n_zscore, mean 0 sd 1), `rank` (percentile rank 0–100). */
export type NormMethod = (typeof NORM_METHODS)[number];

/** Every normalisation method, in the order the builder offers them and the sensitivity draws them. */
export const NORM_METHODS = ['minmax', 'zscore', 'rank'] as const;

/** Where each indicator is normalised: within each unit's country, or over the whole region. */
export const NORM_SCOPES = ['country', 'region'] as const;
export type NormScope = (typeof NORM_SCOPES)[number];

export interface Normalisation {
  method: NormMethod;
  /** Target range for min–max; default [0, 100]. */
  range: [number, number];
  /** `country`: each indicator normalised within each scope group (unit's country); `region`: all units together. */
  scope: NormScope;
}

/** Weighted arithmetic mean (COINr a_amean) or weighted geometric mean (a_gmean) at every node. */
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Every aggregation, in the order the builder offers them. */
export const AGGREGATIONS = ['arithmetic', 'geometric'] as const;

/** A leaf of the index tree: one indicator column aligned to the unit order (NaN = missing). */
export interface IndicatorLeaf {
  id: string;
  /** Id of the parent group. */
  parent: string;
  /** Weight relative to its siblings (any non-negative scale; re-scaled per unit over the present ones). */
  weight: number;
  direction: Direction;
  values: Float64Array;
  /** This indicator's own treatment, overriding `IndexOptions.treatment` (the spec's per-indicator choice). */
  treatment?: Treatment;
}

/** An inner node of the index tree. Exactly one group has `parent: null`: the root (the index). */
export interface GroupNode {
  id: string;
  parent: string | null;
  weight: number;
}

/**
 * What a group with no applicable indicator in a unit's country does to that country's weights.
 * `available` ("use what each country has"): the group is left out of the country's weights and
 * its siblings re-scale, as an indicator the country does not publish already is; `strict`: the
 * group counts as missing weight, so the country's scores rest on less of the weight and may fall
 * below `minWeightShare` (unscored, "insufficient data").
 */
export type PillarRule = (typeof PILLAR_RULES)[number];

/** Every pillar rule, in the order the builder offers them. */
export const PILLAR_RULES = ['available', 'strict'] as const;

export interface IndexOptions {
  treatment: Treatment;
  normalisation: Normalisation;
  aggregation: Aggregation;
  /**
   * Share of the total weight (0–1) a unit's score must rest on; below it the unit gets no score
   * (NaN, "insufficient data"). Default 0.5.
   */
  minWeightShare: number;
  /** A group a country has no indicator for: left out of its weights or counted missing. Default `available`. */
  pillarRule?: PillarRule;
}

export interface IndexInput {
  /** Number of units. */
  n: number;
  /** Scope group per unit (e.g. country index 0, 1, 2), used for `scope: 'country'` and country ranks. */
  scopeGroup: Int32Array;
  leaves: IndicatorLeaf[];
  groups: GroupNode[];
  options: IndexOptions;
}

/** What the treatment did to one indicator in one scope group (reported to the user). */
export interface TreatmentReport {
  indicator: string;
  scopeGroup: number;
  /** The method used for this indicator: the spec-wide one, or the indicator's own. */
  method: TreatmentMethod;
  /** True when `method` is the indicator's own choice, not the spec-wide one. */
  overridden: boolean;
  /**
   * `none`, `winsorised` (with the count of points), `log` (log_CT, or log_CT_plus on a positively
   * skewed column) or `log_neg` (log_CT_plus's mirror image on a column whose skew is not positive).
   */
  applied: 'none' | 'winsorised' | 'log' | 'log_neg';
  winsorised: number;
  skewBefore: number;
  kurtosisBefore: number;
  skewAfter: number;
  kurtosisAfter: number;
}

export interface IndexResult {
  /** Index score per unit (the root group's value); NaN = insufficient data. */
  score: Float64Array;
  /** Share (0–1) of the total weight that each unit's score rests on (product of normalised weights down the tree). */
  coverage: Float64Array;
  /** Every node's value per unit: normalised (and direction-adjusted) leaves and aggregated groups. */
  nodeScores: Map<string, Float64Array>;
  /**
   * For each child of the root: its share of the unit's score (weight × value ÷ sum of weights present,
   * arithmetic aggregation; for geometric, weight share × log contribution, documented). Sums to the score.
   */
  contributions: Map<string, Float64Array>;
  /** Rank by score, descending, ties share the average rank; NaN for units without score. */
  rankRegion: Float64Array;
  rankCountry: Float64Array;
  treatment: TreatmentReport[];
}

/** Monte Carlo uncertainty of the ranks (OECD/JRC Handbook step 10), per unit. */
export interface SensitivityResult {
  draws: number;
  seed: number;
  topN: number;
  /** Ranks region-wide or within country (as the spec's top-N scope). */
  rankScope: 'region' | 'country';
  /** Median, 5th and 95th percentile rank over the draws in which the unit had a score (NaN if none). */
  medianRank: Float64Array;
  p05: Float64Array;
  p95: Float64Array;
  /** Share of draws in which the unit ranked in the top N (0–1). */
  probTopN: Float64Array;
  /** 1 where probTopN ≥ the robust threshold. */
  robust: Uint8Array;
}
