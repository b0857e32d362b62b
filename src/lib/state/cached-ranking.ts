/**
 * Recomputation of the ranking on every change of the builder, keeping the prepared (treated,
 * normalised) indicators while only weights, aggregation, the coverage threshold or top N change:
 * `prepareLeaves` depends on the enabled indicators, their directions, values and own treatments,
 * the scope groups, the treatment and the normalisation only.
 */
import type { IndexInput } from '../analysis/composite-types.ts';
import { prepareLeaves, type PreparedLeaves } from '../analysis/prepare-leaves.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import { indexInputFromSpec } from '../data/index-input-from-spec.ts';
import type { RankResult, RankTables } from '../data/rank-types.ts';
import { rankUnits } from '../data/operations.ts';
import { rankUnitsInYear } from '../data/rank-units-in-year.ts';

export interface Ranking {
  input: IndexInput;
  result: RankResult;
  /** True when the prepared indicators of the previous call were reused. */
  reused: boolean;
}

/** What `prepareLeaves` reads from an input, to tell whether a kept preparation still holds. */
function sameLeaves(a: IndexInput, b: IndexInput): boolean {
  if (a.scopeGroup !== b.scopeGroup && (a.n !== b.n || a.scopeGroup.some((g, i) => g !== b.scopeGroup[i]))) return false;
  if (a.leaves.length !== b.leaves.length) return false;
  for (let l = 0; l < a.leaves.length; l++) {
    const x = a.leaves[l];
    const y = b.leaves[l];
    if (x.id !== y.id || x.direction !== y.direction || x.values !== y.values) return false;
    if (JSON.stringify(x.treatment) !== JSON.stringify(y.treatment)) return false;
  }
  return JSON.stringify([a.options.treatment, a.options.normalisation]) === JSON.stringify([b.options.treatment, b.options.normalisation]);
}

/**
 * Ranks a spec on tables like `rankUnits`, reusing the last preparation when it still holds. For a
 * spec with a year, `input` is that year's (each yearly leaf holding the column its values come from).
 */
export class CachedRanking {
  #input: IndexInput | null = null;
  #prepared: PreparedLeaves | null = null;

  /** @throws as `rankUnits` (missing columns, malformed tree); the kept preparation is then left as it was. */
  run(tables: RankTables, spec: IndexSpec): Ranking {
    // The index of a year normalises over every year at once: nothing of a one-year preparation holds.
    if (spec.year !== undefined) return { ...rankUnitsInYear(tables, spec), reused: false };
    const input = indexInputFromSpec(tables, spec);
    const reused = this.#input !== null && this.#prepared !== null && sameLeaves(this.#input, input);
    const prepared = reused ? this.#prepared! : prepareLeaves(input);
    const result = rankUnits(tables, spec, { prepared });
    this.#input = input;
    this.#prepared = prepared;
    return { input, result, reused };
  }
}
