/**
 * The index spec: one JSON file that says everything needed to reproduce a priority list — data
 * files and key columns, the indicator tree, treatment, normalisation, aggregation, the missing-data
 * rule, top N and the sensitivity settings with their seed. The UI exports and imports it, the CLI
 * (`focal rank --spec`) reads it. JSON Schema: `docs/index-spec.schema.json`. Types only here.
 */
import type { Aggregation, Direction, Normalisation, PillarRule, Treatment } from '../analysis/composite-types.ts';
import type { SEVERITY_RULES } from '../analysis/severity-classes.ts';

/** The layouts of a values file: `long` (unit, indicator, value rows) or `wide` (a column per indicator). */
export const VALUE_FORMATS = ['long', 'wide'] as const;

/** Where the top N is counted: over the whole region, or within each country. */
export const TOP_N_SCOPES = ['region', 'country'] as const;

export const SPEC_VERSION = 1;

/** Where the values come from. Paths are relative to the spec file (or to the CLI's `--data`). */
export interface SpecData {
  /** Units table: one row per unit. */
  units: {
    file: string;
    /** Unit id column (e.g. `unit_id`). */
    key: string;
    /** Optional columns shown in the list; the country column also defines `scope: country`. */
    name?: string;
    country?: string;
    department?: string;
  };
  /**
   * Indicator values: `long` (one row per unit and indicator: key, indicator and value columns, as
   * `public/data/indicators.csv`) or `wide` (one row per unit, one column per indicator; each
   * indicator's `column` names it).
   */
  values: {
    file: string;
    format: (typeof VALUE_FORMATS)[number];
    key: string;
    /** Long format only. */
    indicator?: string;
    /** Long format only. */
    value?: string;
  };
  /**
   * Yearly values (`unit_id,indicator_id,year,value`, as `public/data/indicator-years.csv`), read
   * when the spec chooses a {@link IndexSpec.year}. Absent: `indicator-years.csv` beside the values.
   */
  years?: { file: string };
}

export interface SpecIndicator {
  id: string;
  /** Column in a wide file, or indicator id in a long file; defaults to `id`. */
  column?: string;
  direction: Direction;
  weight: number;
  parent: string;
  /** Switched off indicators stay in the spec but are not used. Default true. */
  enabled?: boolean;
  /**
   * This indicator's own skew treatment, overriding the spec-wide `treatment` for it (COINr's
   * `indiv_specs`): the method, and optionally thresholds; omitted thresholds are the spec-wide
   * ones. Absent: the spec-wide treatment applies.
   */
  treatment?: IndicatorTreatment;
}

/** A per-indicator treatment: the method, thresholds optional (see {@link SpecIndicator.treatment}). */
export type IndicatorTreatment = Pick<Treatment, 'method'> & Partial<Omit<Treatment, 'method'>>;

export interface SpecGroup {
  id: string;
  parent: string | null;
  weight: number;
  /** Optional labels for lists and exports. */
  label?: { en: string; es: string };
}

export interface SensitivitySettings {
  /** Monte Carlo draws (default 1,000). */
  draws: number;
  seed: number;
  /** Each weight multiplied by U(1 − jitter, 1 + jitter), then renormalised (default 0.5). */
  weightJitter: number;
  /** Draw the normalisation method among minmax, zscore and rank. */
  varyNormalisation: boolean;
  /** Draw the treatment between none and coinr. */
  varyTreatment: boolean;
  /** Probability of being in the top N at or above which a unit is a "robust priority" (0.9). */
  robustThreshold: number;
}

export interface IndexSpec {
  focal_spec: typeof SPEC_VERSION;
  name: string;
  data: SpecData;
  indicators: SpecIndicator[];
  groups: SpecGroup[];
  treatment: Treatment;
  normalisation: Normalisation;
  aggregation: Aggregation;
  /** Share of the total weight a score must rest on (0–1, default 0.5). */
  minWeightShare: number;
  /**
   * A group (pillar) a country has no indicator for: `available` (default, "use what each country
   * has") leaves it out of that country's weights, which re-scale over the groups it has; `strict`
   * counts it as missing weight (a score below `minWeightShare` is then withheld, with the reason).
   */
  pillarRule: PillarRule;
  /** Size of the priority list (default 50); ranks are region-wide unless `topNScope` is `country`. */
  topN: number;
  topNScope: (typeof TOP_N_SCOPES)[number];
  sensitivity: SensitivitySettings;
  /**
   * The year of the index when some enabled indicators are yearly: their values of that year (or of
   * their latest year before it), on goalposts fixed over every year of those indicators, so that a
   * score compares with its past; indicators without years keep their single value in every year.
   * Absent: every indicator's reference value (its catalog `year`), as before years existed.
   */
  year?: number;
  /** The earlier year the ranking's rank change is counted from (needs {@link IndexSpec.year}). */
  compareYear?: number;
  /**
   * The rule of the severity classes 1–5 beside the score (analysis/severity-classes.ts): `fixed`
   * cut-offs at 20, 40, 60, 80 on the 0–100 score, or natural `breaks` within each country.
   * Absent: `fixed`.
   */
  severity?: (typeof SEVERITY_RULES)[number];
  /**
   * The fixed cut-offs of the severity classes, in percent of the score's range: four ascending
   * numbers strictly between 0 and 100 (class 2 from the first, …, class 5 from the last). Only
   * the `fixed` rule uses them. Absent: 20, 40, 60, 80.
   */
  severityCuts?: [number, number, number, number];
}
