/**
 * Two to four scenarios (named index specs, each ranked on the same tables) compared with a chosen
 * base: per unit, each scenario's score, rank within country and their differences from the base;
 * per country, the municipios that enter and leave its top N. Ranks are within country and
 * differences are of the same unit between scenarios: no score is compared across countries.
 */
import type { IndexResult } from '../analysis/composite-types.ts';
import type { IndexSpec } from './index-spec.ts';
import type { RankResult, RankUnit } from './rank-types.ts';
import { topNMask } from './top-n-mask.ts';

/** One scenario as compared: its name and its index on the shared units. */
export interface ScenarioIndex {
  name: string;
  index: Pick<IndexResult, 'score' | 'rankCountry' | 'rankRegion'>;
}

/** A scenario ranked: its name, its spec and its ranking on the shared tables. */
export interface ScenarioRun {
  name: string;
  spec: IndexSpec;
  result: RankResult;
}

/** Who enters and leaves one country's top N between the base and one other scenario. */
export interface TopNShift {
  country: string;
  /** Index of the scenario (in the comparison's order) compared with the base. */
  scenario: number;
  /** Units in the scenario's top N and not in the base's, by the scenario's rank. */
  enters: number[];
  /** Units in the base's top N and not in the scenario's, by the base's rank. */
  leaves: number[];
}

export interface ScenarioComparison {
  names: string[];
  base: number;
  topN: number;
  /** Per scenario, per unit: 1 in its country's top N (ties at the cut-off all in). */
  inTop: Uint8Array[];
  /** Per scenario, per unit: base rank in country − this rank (+: moved towards 1); NaN when either has no rank. */
  rankChange: Float64Array[];
  /** Per scenario, per unit: this score − the base score (same unit, same country); NaN when either is missing. */
  scoreChange: Float64Array[];
  /** Per country (sorted by code), per scenario other than the base (in order). */
  shifts: TopNShift[];
}

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 4;

/**
 * Compares `scenarios` (2–4, every index on `units`) with `scenarios[base]`, the top N counted
 * within each country.
 * @throws RangeError for fewer than 2 or more than 4 scenarios, a base out of range, a top N below
 *   1, or an index of another length than the units.
 */
export function compareScenarios(units: readonly RankUnit[], scenarios: readonly ScenarioIndex[], base: number, topN: number): ScenarioComparison {
  if (scenarios.length < MIN_SCENARIOS || scenarios.length > MAX_SCENARIOS) {
    throw new RangeError(`compare ${MIN_SCENARIOS} to ${MAX_SCENARIOS} scenarios, not ${scenarios.length}`);
  }
  if (!Number.isInteger(base) || base < 0 || base >= scenarios.length) throw new RangeError(`base ${base} is not one of the ${scenarios.length} scenarios`);
  if (!Number.isInteger(topN) || topN < 1) throw new RangeError(`top N must be a whole number from 1, not ${topN}`);
  for (const s of scenarios) {
    if (s.index.score.length !== units.length) throw new RangeError(`scenario "${s.name}" has ${s.index.score.length} units, not ${units.length}`);
  }
  const n = units.length;
  const inTop = scenarios.map((s) => topNMask(units, s.index, topN, 'country'));
  const b = scenarios[base].index;
  const rankChange = scenarios.map((s) => Float64Array.from({ length: n }, (_, i) => b.rankCountry[i] - s.index.rankCountry[i]));
  const scoreChange = scenarios.map((s) => Float64Array.from({ length: n }, (_, i) => s.index.score[i] - b.score[i]));
  const countries = [...new Set(units.map((u) => u.country))].sort();
  const shifts: TopNShift[] = [];
  for (const country of countries) {
    scenarios.forEach((s, k) => {
      if (k === base) return;
      const enters: number[] = [];
      const leaves: number[] = [];
      for (let i = 0; i < n; i++) {
        if (units[i].country !== country) continue;
        if (inTop[k][i] && !inTop[base][i]) enters.push(i);
        else if (!inTop[k][i] && inTop[base][i]) leaves.push(i);
      }
      const byRank = (r: Float64Array) => (x: number, y: number) => r[x] - r[y] || (units[x].unit_id < units[y].unit_id ? -1 : 1);
      enters.sort(byRank(s.index.rankCountry));
      leaves.sort(byRank(b.rankCountry));
      shifts.push({ country, scenario: k, enters, leaves });
    });
  }
  return { names: scenarios.map((s) => s.name), base, topN, inTop, rankChange, scoreChange, shifts };
}
