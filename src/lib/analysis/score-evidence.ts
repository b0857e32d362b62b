/**
 * What each unit's score rests on: the share of the index's weight measured at
 * municipio level, at department level, and missing; and, per scope group (country), the groups it
 * has no indicator for. Department figures are the same for every municipio of a department, so a
 * score resting mostly on them says little about one municipio against its neighbours.
 */
import type { GroupNode, IndicatorLeaf, PillarRule } from './composite-types.ts';
import type { IndexTree } from './index-tree.ts';
import { scopeWeightShares } from './scope-weight-shares.ts';

/** The level at which one indicator is measured in one scope group. */
export type LeafLevel = 'municipio' | 'department';

export interface ScoreEvidence {
  /** Per unit: share (0–1) of the total weight on indicators measured per municipio that it has. */
  municipio: Float64Array;
  /** Per unit: share (0–1) on department figures it has. */
  department: Float64Array;
  /**
   * Per unit: share (0–1) with no value: indicators its country has but it lacks, and under
   * `strict` the groups its country lacks. The three shares sum to 1 (up to rounding).
   */
  missing: Float64Array;
  /**
   * Per scope group: the groups (indices into `groups`) with no indicator there whose parent has
   * one — the highest such groups, e.g. a pillar, not each of its empty sub-groups. Left out of the
   * weights under `available`, counted missing under `strict`.
   */
  absent: number[][];
}

/**
 * The evidence of every unit's score.
 *
 * @param leafLevels - per leaf (aligned to `leaves`), per scope group: the level of its values there
 *   (from the catalog; a level is only read where the leaf has a value).
 * @param rule - the missing-pillar rule the index uses (default `available`).
 * Missing values are NaN in `leafValues`; the shares are never NaN.
 */
export function scoreEvidence(
  n: number,
  scopeGroup: Int32Array,
  tree: IndexTree,
  leaves: readonly Pick<IndicatorLeaf, 'weight'>[],
  groups: readonly Pick<GroupNode, 'weight'>[],
  leafValues: readonly Float64Array[],
  leafLevels: readonly (readonly LeafLevel[])[],
  rule: PillarRule = 'available',
): ScoreEvidence {
  const { nScopes, leaf: share, groupApplicable } = scopeWeightShares(n, scopeGroup, tree, leaves, groups, leafValues, rule);
  const municipio = new Float64Array(n);
  const department = new Float64Array(n);
  leafValues.forEach((values, l) => {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== v) continue;
      const s = scopeGroup[i];
      if (leafLevels[l][s] === 'department') department[i] += share[l][s];
      else municipio[i] += share[l][s];
    }
  });
  const missing = new Float64Array(n);
  // Rounding can leave 1 − (m + d) a hair below 0 where a unit has everything.
  for (let i = 0; i < n; i++) missing[i] = Math.max(0, 1 - municipio[i] - department[i]);
  const parent = new Int32Array(groups.length).fill(-1);
  tree.childGroups.forEach((children, g) => children.forEach((c) => (parent[c] = g)));
  const absent: number[][] = [];
  for (let s = 0; s < nScopes; s++) {
    const list: number[] = [];
    groups.forEach((_, g) => {
      const p = parent[g];
      if (p >= 0 && !groupApplicable[g][s] && groupApplicable[p][s]) list.push(g);
    });
    absent.push(list);
  }
  return { municipio, department, missing, absent };
}
