/**
 * The scenarios ticked for comparison, ranked: the current index as it is, each saved spec ranked
 * once on the same tables (kept by spec object), and their comparison with the base.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult, RankUnit } from '../data/rank-types.ts';
import { compareScenarios, MIN_SCENARIOS, type ScenarioComparison, type ScenarioRun } from '../data/scenario-compare.ts';
import { CURRENT, type ScenariosView } from './scenarios-view.ts';

export interface ComparedScenarios {
  /** The scenarios' keys, in the comparison's order (the order they were ticked). */
  keys: string[];
  runs: ScenarioRun[];
  units: RankUnit[];
  comparison: ScenarioComparison;
}

/** What a comparison needs of the index: the current spec and ranking, and a way to rank another spec. */
export interface ScenarioRanking {
  spec: IndexSpec;
  result: RankResult | null;
  rankOther(spec: IndexSpec): RankResult | null;
}

export class ScenarioRunner {
  #cache = new WeakMap<IndexSpec, RankResult>();

  /**
   * The comparison of the ticked scenarios; null with fewer than two ticked or before the index is
   * computed. `currentName`: how the current index is called (in the interface language).
   * @throws Error when a saved spec cannot be computed on the data (as `rankUnits`).
   */
  compare(view: ScenariosView, targeting: ScenarioRanking, currentName: string): ComparedScenarios | null {
    const keys = view.compare.filter((k) => k === CURRENT || view.saved.some((s) => s.name === k));
    if (keys.length < MIN_SCENARIOS || !targeting.result) return null;
    const runs: ScenarioRun[] = [];
    for (const key of keys) {
      if (key === CURRENT) {
        runs.push({ name: currentName, spec: targeting.spec, result: targeting.result });
        continue;
      }
      const saved = view.saved.find((s) => s.name === key)!;
      let result = this.#cache.get(saved.spec);
      if (!result) {
        result = targeting.rankOther(saved.spec) ?? undefined;
        if (!result) return null;
        this.#cache.set(saved.spec, result);
      }
      runs.push({ name: saved.name, spec: saved.spec, result });
    }
    const units = targeting.result.units;
    const base = Math.max(0, keys.indexOf(view.base));
    const comparison = compareScenarios(
      units,
      runs.map((r) => ({ name: r.name, index: r.result.index })),
      base,
      view.topN,
    );
    return { keys, runs, units, comparison };
  }
}
