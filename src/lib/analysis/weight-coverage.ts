/**
 * How much of the index's weight each unit's score rests on (docs/METHODS.md §1 step 5).
 *
 * Indicators published for some countries only (most of focal's: `gt_*`, `hn_*`, `sv_*`) are not
 * missing data in the other countries: within its group, an indicator with no value anywhere in a
 * unit's country is left out and its siblings' weights re-scale. An indicator the country has but
 * the unit lacks is missing. A group with nothing for the country follows the missing-pillar rule
 * (see scope-weight-shares.ts): left out under `available`, missing under `strict`. (Counting every
 * other country's indicators as missing would leave Honduras, with migration and violence data
 * only, at 16% of the weight.)
 */
import type { GroupNode, IndicatorLeaf, PillarRule } from './composite-types.ts';
import type { IndexTree } from './index-tree.ts';
import { scopeWeightShares } from './scope-weight-shares.ts';

/**
 * Per unit, the share (0–1): Σ over its present leaves of the leaf's share of the total weight in
 * the unit's scope group ({@link scopeWeightShares} under `rule`, default `available`). NaN values
 * are absent leaves; the result is never NaN.
 */
export function weightCoverage(
  n: number,
  scopeGroup: Int32Array,
  tree: IndexTree,
  leaves: readonly Pick<IndicatorLeaf, 'weight'>[],
  groups: readonly Pick<GroupNode, 'weight'>[],
  leafValues: readonly Float64Array[],
  rule: PillarRule = 'available',
): Float64Array {
  const { leaf: share } = scopeWeightShares(n, scopeGroup, tree, leaves, groups, leafValues, rule);
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
