/**
 * Input and output of `rankUnits(tables, spec)`, the one headless entry point of the targeting
 * index, shared by the UI, the CLI and the tests. Types only.
 */
import type { IndexResult, SensitivityResult } from '../analysis/composite-types.ts';

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
}
