import { describe, expect, it } from 'vitest';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { buildIndexTree } from '../../src/lib/analysis/index-tree.ts';
import { weightCoverage } from '../../src/lib/analysis/weight-coverage.ts';

/** Coverage of the raw values (as if each were already normalised). */
const countryCoverage = (input: IndexInput): Float64Array =>
  weightCoverage(input.n, input.scopeGroup, buildIndexTree(input.leaves, input.groups), input.leaves, input.groups, input.leaves.map((l) => l.values));

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

  it("does not count another country's indicators as missing, but counts a group the country lacks", () => {
    const c = countryCoverage(input);
    // GT1 has both GT indicators; GT2 lacks a_gt (A is GT's half); HN1 has all of A that HN
    // publishes and nothing of B; HN2 has nothing.
    expect([...c]).toEqual([1, 0.5, 0.5, 0]);
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
});
