/**
 * Each indicator's share of the index's total weight in each scope group (country), under the
 * missing-pillar rule (docs/METHODS.md §1 step 5). The common ground of the coverage a score rests on
 * (weight-coverage.ts) and of what it rests on by level (score-evidence.ts).
 *
 * An indicator is applicable in a scope group when some unit there has a value; a group is
 * applicable when an indicator below it is. An indicator a country does not publish is left out of
 * that country's weights (its siblings re-scale). A group the country has nothing for is left out
 * too under `available`; under `strict` it keeps its weight, which then no indicator can fill: the
 * country's scores rest on less of the weight.
 */
import type { GroupNode, IndicatorLeaf, PillarRule } from './composite-types.ts';
import type { IndexTree } from './index-tree.ts';

export interface ScopeWeightShares {
  /** Number of scope groups (1 + the largest id in `scopeGroup`, at least 1). */
  nScopes: number;
  /** Per leaf (aligned to `leaves`), per scope group: its share (0–1) of the total weight; 0 where not applicable. */
  leaf: Float64Array[];
  /** Per group (aligned to `groups`), per scope group: 1 where an indicator below it has a value in that scope. */
  groupApplicable: Uint8Array[];
}

/**
 * The shares, computed top-down: at each group, a child's share is the group's share times the
 * child's weight over the weights of its siblings that count (applicable leaves; groups, all of
 * them under `strict`, the applicable ones under `available`). A sibling set whose weights sum to
 * 0 gives 0 to each.
 */
export function scopeWeightShares(
  n: number,
  scopeGroup: Int32Array,
  tree: IndexTree,
  leaves: readonly Pick<IndicatorLeaf, 'weight'>[],
  groups: readonly Pick<GroupNode, 'weight'>[],
  leafValues: readonly Float64Array[],
  rule: PillarRule,
): ScopeWeightShares {
  const nScopes = scopeGroup.reduce((m, g) => Math.max(m, g + 1), 1);
  const applicable = leafValues.map((values) => {
    const a = new Uint8Array(nScopes);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === v) a[scopeGroup[i]] = 1;
    }
    return a;
  });
  const groupApplicable = groups.map(() => new Uint8Array(nScopes));
  for (const g of tree.postOrder) {
    const a = groupApplicable[g];
    for (const l of tree.childLeaves[g]) for (let s = 0; s < nScopes; s++) a[s] |= applicable[l][s];
    for (const c of tree.childGroups[g]) for (let s = 0; s < nScopes; s++) a[s] |= groupApplicable[c][s];
  }
  const strict = rule === 'strict';
  const leaf = leafValues.map(() => new Float64Array(nScopes));
  const groupShare = groups.map(() => new Float64Array(nScopes));
  groupShare[tree.root].fill(1);
  for (const g of [...tree.postOrder].reverse()) {
    for (let s = 0; s < nScopes; s++) {
      let total = 0;
      for (const l of tree.childLeaves[g]) if (applicable[l][s]) total += leaves[l].weight;
      for (const c of tree.childGroups[g]) if (strict || groupApplicable[c][s]) total += groups[c].weight;
      const base = groupShare[g][s];
      for (const l of tree.childLeaves[g]) leaf[l][s] = applicable[l][s] && total > 0 ? (base * leaves[l].weight) / total : 0;
      for (const c of tree.childGroups[g]) {
        groupShare[c][s] = (strict || groupApplicable[c][s]) && total > 0 ? (base * groups[c].weight) / total : 0;
      }
    }
  }
  return { nScopes, leaf, groupApplicable };
}
