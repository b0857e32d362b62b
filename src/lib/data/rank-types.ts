/**
 * Input and output of `rankUnits(tables, spec)`, the one headless entry point of the targeting
 * index, shared by the UI, the CLI and the tests. Types only.
 */
import type { IndexResult, SensitivityResult } from '../analysis/composite-types.ts';
import type { YearColumns } from './year-columns.ts';

export interface RankUnit {
  unit_id: string;
  name: string;
  department: string;
  country: string;
}

/** The data a spec is computed on, already read from files or DuckDB. */
export interface RankTables {
  units: RankUnit[];
  /** Indicator column (the spec indicator's `column ?? id`) → values aligned to `units` (NaN = missing). */
  columns: Map<string, Float64Array>;
  /**
   * Yearly series by indicator column (`public/data/indicator-years.csv`), needed only by a spec
   * with a `year`; absent until read (the app reads them after the first map).
   */
  years?: YearColumns;
}

/** The index of a chosen year on goalposts fixed over all years (a spec with `year`). */
export interface RankTime {
  /** The spec's year: the scores, ranks and top N of the result are this year's. */
  year: number;
  /** Every year of the panel, ascending: the union of the enabled yearly indicators' years. */
  years: number[];
  /**
   * Each enabled yearly indicator (by spec id) → per panel year, the year its values come from:
   * that year, or its latest year before it; null before its first year (missing there).
   * Indicators not in this map have no years: their single value is used in every year.
   */
  valueYears: Map<string, (number | null)[]>;
  /**
   * Countries (codes, sorted) where some unit has a value of some yearly indicator: elsewhere every
   * value is the same in every year and the scores cannot change between years.
   */
  countriesWithYears: string[];
  /** Per panel year (aligned to `years`): each unit's score on the goalposts fixed over the years (NaN without one). */
  score: Float64Array[];
  /** Per panel year (aligned to `years`): ranks within the year, region-wide and within country. */
  rankRegion: Float64Array[];
  rankCountry: Float64Array[];
  /** The spec's `compareYear` and the places each unit moved up from it to `year` (rankChange: + = towards rank 1). */
  compare?: { year: number; region: Float64Array; country: Float64Array };
}

export interface RankResult {
  units: RankUnit[];
  index: IndexResult;
  /** Present when sensitivity was run. */
  sensitivity?: SensitivityResult;
  /** Unit indices in priority order (region rank, or country then rank), units without score last. */
  order: Int32Array;
  /** Unit is in the top N (by the spec's topN and topNScope). */
  inTopN: Uint8Array;
  /** Present when the spec has a `year`: the panel behind the result. */
  time?: RankTime;
}
