/**
 * Coverage when indicators are published for some countries only. In the default data most
 * indicators exist for one country (`gt_*`, `hn_*`, `sv_*`): an indicator that a country does not
 * publish is not missing data for its units, so within its group the weights re-scale over the
 * indicators the country has. A group with no indicator for the country still counts as missing:
 * the score rests on less of the index's weight. (Counting every other country's indicators as
 * missing would leave Honduras, with migration and violence data only, at 16% of the weight.)
 */
import type { IndexInput } from '../analysis/composite-types.ts';

/**
 * Per unit, the share (0–1) of the index's weight its values cover: the sum over its present
 * leaves (not NaN) of the product of normalised weights from the leaf up to the root's children,
 * where a node's weight is normalised over its sibling groups and those of its sibling leaves that
 * have at least one value in the unit's scope group (country). Leaves whose weights sum
 * to 0 among those present, or groups of weight 0, contribute 0.
 */
export function countryCoverage(input: IndexInput): Float64Array {
  const { n, leaves, groups, scopeGroup } = input;
  const nGroups = scopeGroup.reduce((m, g) => Math.max(m, g + 1), 0);
  // applicable[l][g]: leaf l has a value somewhere in scope group g.
  const applicable = leaves.map((leaf) => {
    const a = new Uint8Array(nGroups);
    for (let i = 0; i < n; i++) if (!Number.isNaN(leaf.values[i])) a[scopeGroup[i]] = 1;
    return a;
  });
  const groupById = new Map(groups.map((g) => [g.id, g]));
  // Sum of the group weights under each parent.
  const siblingSum = new Map<string, number>();
  for (const g of groups) if (g.parent !== null) siblingSum.set(g.parent, (siblingSum.get(g.parent) ?? 0) + g.weight);
  // Weight of the leaves under `parent` that are applicable in scope group `sg`.
  const leafSum = (parent: string, sg: number): number =>
    leaves.reduce((s, leaf, l) => s + (leaf.parent === parent && applicable[l][sg] ? leaf.weight : 0), 0);

  const groupShare = (id: string, sg: number): number => {
    let share = 1;
    for (let g = groupById.get(id); g && g.parent !== null; g = groupById.get(g.parent)) {
      const total = siblingSum.get(g.parent)! + leafSum(g.parent, sg);
      share *= total > 0 ? g.weight / total : 0;
    }
    return share;
  };

  // A leaf's share in scope group sg: its weight over the applicable leaves' and sibling groups'.
  const share = leaves.map((leaf, l) =>
    Float64Array.from({ length: nGroups }, (_, sg) => {
      if (!applicable[l][sg]) return 0;
      const total = leafSum(leaf.parent, sg) + (siblingSum.get(leaf.parent) ?? 0);
      return total > 0 ? (leaf.weight / total) * groupShare(leaf.parent, sg) : 0;
    }),
  );
  const coverage = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let c = 0;
    leaves.forEach((leaf, l) => {
      if (!Number.isNaN(leaf.values[i])) c += share[l][scopeGroup[i]];
    });
    coverage[i] = c;
  }
  return coverage;
}
