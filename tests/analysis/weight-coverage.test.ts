import { describe, expect, it } from 'vitest';
import type { IndexInput, PillarRule } from '../../src/lib/analysis/composite-types.ts';
import { buildIndexTree } from '../../src/lib/analysis/index-tree.ts';
import { weightCoverage } from '../../src/lib/analysis/weight-coverage.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import type { IndexTree } from '../../src/lib/analysis/index-tree.ts';

/**
 * The coverage as focal computed it before the missing-pillar rule (main 8bc14d1), kept verbatim
 * as the reference `strict` must equal: every child group counts in its siblings' total.
 */
function coverageBeforeRule(
  n: number,
  scopeGroup: Int32Array,
  tree: IndexTree,
  leaves: readonly { weight: number }[],
  groups: readonly { weight: number }[],
  leafValues: readonly Float64Array[],
): Float64Array {
  const nScopes = scopeGroup.reduce((m, g) => Math.max(m, g + 1), 1);
  const applicable = leafValues.map((values) => {
    const a = new Uint8Array(nScopes);
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) a[scopeGroup[i]] = 1;
    return a;
  });
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
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) coverage[i] += share[l][scopeGroup[i]];
  });
  return coverage;
}

/** Coverage of the raw values (as if each were already normalised). */
const countryCoverage = (input: IndexInput, rule: PillarRule = 'strict'): Float64Array =>
  weightCoverage(input.n, input.scopeGroup, buildIndexTree(input.leaves, input.groups), input.leaves, input.groups, input.leaves.map((l) => l.values), rule);

const options: IndexInput['options'] = {
  treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
  normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
  aggregation: 'arithmetic',
  minWeightShare: 0.5,
};
const leaf = (id: string, parent: string, weight: number, values: number[]) => ({
  id,
  parent,
  weight,
  direction: 1 as const,
  values: Float64Array.from(values),
});

describe('weightCoverage', () => {
  // Units: GT1, GT2 (scope group 0), HN1, HN2 (1). Group A (0.5): a_gt (GT only), a_hn (HN only);
  // group B (0.5): b_gt (GT only).
  const input: IndexInput = {
    n: 4,
    scopeGroup: Int32Array.of(0, 0, 1, 1),
    groups: [
      { id: 'root', parent: null, weight: 1 },
      { id: 'A', parent: 'root', weight: 0.5 },
      { id: 'B', parent: 'root', weight: 0.5 },
    ],
    leaves: [
      leaf('a_gt', 'A', 1, [1, NaN, NaN, NaN]),
      leaf('a_hn', 'A', 1, [NaN, NaN, 2, NaN]),
      leaf('b_gt', 'B', 1, [1, 2, NaN, NaN]),
    ],
    options,
  };

  it("strict: does not count another country's indicators as missing, but counts a group the country lacks", () => {
    const c = countryCoverage(input, 'strict');
    // GT1 has both GT indicators; GT2 lacks a_gt (A is GT's half); HN1 has all of A that HN
    // publishes and nothing of B; HN2 has nothing.
    expect([...c]).toEqual([1, 0.5, 0.5, 0]);
  });

  it('available: leaves a group the country lacks out of its weights, as an indicator it does not publish', () => {
    const c = countryCoverage(input, 'available');
    // Honduras has no indicator of B: A is all of its weight, and HN1 has all of A.
    expect([...c]).toEqual([1, 0.5, 1, 0]);
  });

  it('is `available` unless told otherwise', () => {
    const tree = buildIndexTree(input.leaves, input.groups);
    const values = input.leaves.map((l) => l.values);
    expect([...weightCoverage(input.n, input.scopeGroup, tree, input.leaves, input.groups, values)]).toEqual([1, 0.5, 1, 0]);
  });

  it('equals the plain product of normalised weights when every indicator exists everywhere', () => {
    const all: IndexInput = {
      ...input,
      leaves: [leaf('a1', 'A', 3, [1, NaN, 1, 1]), leaf('a2', 'A', 1, [1, 1, NaN, 1]), leaf('b1', 'B', 1, [1, 1, 1, NaN])],
    };
    expect([...countryCoverage(all)]).toEqual([1, 0.5 * 0.25 + 0.5, 0.5 * 0.75 + 0.5, 0.5]);
  });

  it('normalises a group against its sibling leaves too', () => {
    const mixed: IndexInput = {
      n: 2,
      scopeGroup: Int32Array.of(0, 0),
      groups: [
        { id: 'root', parent: null, weight: 1 },
        { id: 'G', parent: 'root', weight: 3 },
      ],
      leaves: [leaf('x', 'root', 1, [1, NaN]), leaf('y', 'G', 1, [1, 1])],
      options,
    };
    expect([...countryCoverage(mixed)]).toEqual([1, 0.75]);
  });

  it('strict gives exactly the coverage of before the rule, on 200 random trees and data', () => {
    const rng = seededRng(17);
    for (let trial = 0; trial < 200; trial++) {
      const n = 3 + rng.int(10);
      const nScopes = 1 + rng.int(3);
      const scopeGroup = Int32Array.from({ length: n }, () => rng.int(nScopes));
      const groups: IndexInput['groups'] = [{ id: 'root', parent: null, weight: 1 }];
      const nGroups = 1 + rng.int(5);
      for (let g = 0; g < nGroups; g++) {
        // Sub-groups hang under the root or an earlier group; some weights are 0.
        groups.push({ id: `g${g}`, parent: groups[rng.int(groups.length)].id, weight: rng.int(4) === 0 ? 0 : rng.random() });
      }
      const leaves: IndexInput['leaves'] = groups.map((g, k) => leaf(`l${k}`, g.id, rng.random(), []));
      for (let k = 0; k < 6; k++) leaves.push(leaf(`x${k}`, groups[rng.int(groups.length)].id, rng.random(), []));
      for (const l of leaves) {
        // Each leaf exists in a random subset of countries and has gaps there.
        const inScope = Array.from({ length: nScopes }, () => rng.random() < 0.6);
        l.values = Float64Array.from(scopeGroup, (s) => (inScope[s] && rng.random() < 0.8 ? rng.random() : NaN));
      }
      const tree = buildIndexTree(leaves, groups);
      const values = leaves.map((l) => l.values);
      const now = weightCoverage(n, scopeGroup, tree, leaves, groups, values, 'strict');
      expect([...now]).toEqual([...coverageBeforeRule(n, scopeGroup, tree, leaves, groups, values)]);
      const available = weightCoverage(n, scopeGroup, tree, leaves, groups, values, 'available');
      // Leaving a group out only ever raises what a score rests on.
      for (let i = 0; i < n; i++) expect(available[i]).toBeGreaterThanOrEqual(now[i] - 1e-12);
    }
  });
});
