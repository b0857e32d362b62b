/**
 * `rankUnits(tables, spec)`: the one headless entry point of the targeting index, used alike by the UI, the CLI (`focal rank`) and the tests.
 */
import type { IndexInput, SensitivityResult } from '../analysis/composite-types.ts';
import { computeIndex } from '../analysis/composite-index.ts';
import type { PreparedLeaves } from '../analysis/prepare-leaves.ts';
import type { IndexSpec } from './index-spec.ts';
import { indexInputFromSpec } from './index-input-from-spec.ts';
import { priorityOrder } from './priority-order.ts';
import { rankUnitsInYear } from './rank-units-in-year.ts';
import type { RankResult, RankTables } from './rank-types.ts';
import { topNMask } from './top-n-mask.ts';

export interface RankUnitsOptions {
  /**
   * The sensitivity to attach to the result: one already computed for this spec and these tables,
   * or a function that runs it on the engine input (the CLI passes `runSensitivity` this way).
   * Absent: no sensitivity, the ranking alone.
   */
  sensitivity?: SensitivityResult | ((input: IndexInput, spec: IndexSpec) => SensitivityResult);
  /**
   * `prepareLeaves` of this spec's input, kept by a caller from an earlier call when only weights,
   * aggregation, minWeightShare or top N changed (the leaves do not depend on them).
   */
  prepared?: PreparedLeaves;
}

/**
 * Ranks `tables.units` by the index `spec` describes: the engine input from
 * {@link indexInputFromSpec}, scores and ranks from `computeIndex`, the units in priority order
 * ({@link priorityOrder}: by region rank, or by country then country rank when `spec.topNScope` is
 * `country`; ties by `unit_id`; units without score last) and the top-N mask ({@link topNMask}:
 * ties at the cut-off all in). Pure: the same tables and spec give the same result.
 *
 * A spec with a `year` ranks that year on goalposts fixed over all the years of its yearly
 * indicators (`rankUnitsInYear`, which needs `tables.years`); `result.time` then holds the panel's
 * years, the year each yearly indicator's values come from and the rank change from
 * `spec.compareYear`. No sensitivity is run for the index of a year.
 *
 * @throws Error naming the indicator columns the tables lack, a malformed tree (from the engine),
 *   or a sensitivity result that does not match the units.
 */
export function rankUnits(tables: RankTables, spec: IndexSpec, options: RankUnitsOptions = {}): RankResult {
  if (spec.year !== undefined) {
    if (options.sensitivity) throw new Error('the sensitivity is not run for the index of a year');
    return rankUnitsInYear(tables, spec).result;
  }
  const input = indexInputFromSpec(tables, spec);
  const index = computeIndex(input, options.prepared);
  const result: RankResult = {
    units: tables.units,
    index,
    order: priorityOrder(tables.units, index, spec.topNScope),
    inTopN: topNMask(tables.units, index, spec.topN, spec.topNScope),
  };
  const s = typeof options.sensitivity === 'function' ? options.sensitivity(input, spec) : options.sensitivity;
  if (s) {
    if (s.medianRank.length !== input.n) {
      throw new Error(`the sensitivity result has ${s.medianRank.length} units, the ranking ${input.n}`);
    }
    result.sensitivity = s;
  }
  return result;
}
