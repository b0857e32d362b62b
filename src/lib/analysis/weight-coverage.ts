/**
 * How much of the index's weight each unit's score rests on (METHODS.md §1 step 5).
 *
 * Indicators published for some countries only (most of focal's: `gt_*`, `hn_*`, `sv_*`) are not
 * missing data in the other countries: within its group, an indicator with no value anywhere in a
 * unit's country is left out and its siblings' weights re-scale. An indicator the country has but
 * the unit lacks is missing, and so is a group with nothing for the country: the score then rests
 * on less of the weight. (Counting every other country's indicators as missing would leave Honduras,
 * with migration and violence data only, at 16% of the weight.)
 */
import type { GroupNode, IndicatorLeaf } from './composite-types.ts';
import type { IndexTree } from './index-tree.ts';

/**
 * Per unit, the share (0–1): Σ over its present leaves of the product, from the leaf up to the
 * root's children, of each node's weight over the weights of its siblings — groups, and the leaves
 * with a value in the unit's scope group. A sibling set whose weights sum to 0 gives 0.
 */
export function weightCoverage(
  n: number,
  scopeGroup: Int32Array,
  tree: IndexTree,
  leaves: readonly Pick<IndicatorLeaf, 'weight'>[],
  groups: readonly Pick<GroupNode, 'weight'>[],
  leafValues: readonly Float64Array[],
): Float64Array {
  const nScopes = scopeGroup.reduce((m, g) => Math.max(m, g + 1), 1);
  const applicable = leafValues.map((values) => {
    const a = new Uint8Array(nScopes);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === v) a[scopeGroup[i]] = 1;
    }
    return a;
  });
  // share[l][s]: the leaf's share of the total weight in scope group s; computed top-down.
  const share = leafValues.map(() => new Float64Array(nScopes));
  const groupShare = groups.map(() => new Float64Array(nScopes));
  groupShare[tree.root].fill(1);
  for (const g of [...tree.postOrder].reverse()) {
    for (let s = 0; s < nScopes; s++) {
      let total = 0;
      for (const l of tree.childLeaves[g]) if (applicable[l][s]) total += leaves[l].weight;
      for (const c of tree.childGroups[g]) total += groups[c].weight;
      const base = groupShare[g][s];
      for (const l of tree.childLeaves[g]) share[l][s] = applicable[l][s] && total > 0 ? (base * leaves[l].weight) / total : 0;
      for (const c of tree.childGroups[g]) groupShare[c][s] = total > 0 ? (base * groups[c].weight) / total : 0;
    }
  }
  const coverage = new Float64Array(n);
  leafValues.forEach((values, l) => {
    const sh = share[l];
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === v) coverage[i] += sh[scopeGroup[i]];
    }
  });
  return coverage;
}
