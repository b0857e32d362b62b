import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';
import type { IndexInput, IndexOptions, IndicatorLeaf } from '../../src/lib/analysis/composite-types.ts';
import { prepareLeaves } from '../../src/lib/analysis/prepare-leaves.ts';

const options = (o: Partial<IndexOptions> = {}): IndexOptions => ({
  treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
  normalisation: { method: 'minmax', range: [0, 100], scope: 'region' },
  aggregation: 'arithmetic',
  minWeightShare: 0.5,
  ...o,
});
const leaf = (id: string, parent: string, weight: number, values: number[], direction: 1 | -1 = 1): IndicatorLeaf => ({
  id,
  parent,
  weight,
  direction,
  values: Float64Array.from(values),
});
const close = (actual: ArrayLike<number>, expected: number[]) =>
  expected.forEach((e, i) => (Number.isNaN(e) ? expect(actual[i], `at ${i}`).toBeNaN() : expect(actual[i], `at ${i}`).toBeCloseTo(e, 10)));

/**
 * Three levels: index → A (weight 2) → a1, a2 (↓); index → B (weight 1) → B1 (weight 1) → b1, and
 * B → b2 (weight 1), a leaf beside a group. Three units, min–max 0–100 over the region:
 * a1 = 0, 50, 100; a2 (inverted) = 100, 50, 0; b1 = 0, 100, 50; b2 = 0, 0, 100.
 * A = 50, 50, 50; B1 = b1; B = (B1 + b2) / 2 = 0, 50, 75; index = (2A + B) / 3 = 33.3, 50, 58.3.
 */
const threeLevels = (values: { a1?: number[] } = {}, o: Partial<IndexOptions> = {}): IndexInput => ({
  n: 3,
  scopeGroup: Int32Array.of(0, 0, 0),
  groups: [
    { id: 'index', parent: null, weight: 1 },
    { id: 'A', parent: 'index', weight: 2 },
    { id: 'B', parent: 'index', weight: 1 },
    { id: 'B1', parent: 'B', weight: 1 },
  ],
  leaves: [
    leaf('a1', 'A', 1, values.a1 ?? [0, 5, 10]),
    leaf('a2', 'A', 1, [1, 2, 3], -1),
    leaf('b1', 'B1', 1, [10, 30, 20]),
    leaf('b2', 'B', 1, [4, 4, 8]),
  ],
  options: options(o),
});

describe('computeIndex on a hand-computed three-level tree', () => {
  it('normalises, inverts, aggregates at every level and ranks', () => {
    const r = computeIndex(threeLevels());
    close(r.nodeScores.get('a2')!, [100, 50, 0]);
    close(r.nodeScores.get('A')!, [50, 50, 50]);
    close(r.nodeScores.get('B')!, [0, 50, 75]);
    close(r.score, [100 / 3, 50, 175 / 3]);
    expect([...r.rankRegion]).toEqual([3, 2, 1]);
    close(r.coverage, [1, 1, 1]);
  });

  it('contributions of the root children sum to the score', () => {
    const r = computeIndex(threeLevels());
    close(r.contributions.get('A')!, [100 / 3, 100 / 3, 100 / 3]);
    close(r.contributions.get('B')!, [0, 50 / 3, 25]);
  });

  it('drops a missing value and re-scales the weights; below the threshold the unit gets no score', () => {
    // a1 missing for unit 2: a1 = 0, 100, NaN; A = (0+100)/2, (100+50)/2, 0 (a2 alone).
    const r = computeIndex(threeLevels({ a1: [0, 5, NaN] }));
    close(r.nodeScores.get('A')!, [50, 75, 0]);
    // Unit 2 rests on 2/3 · 1/2 (a2) + 1/3 (B) = 2/3 of the weight.
    close(r.coverage, [1, 1, 2 / 3]);
    close(r.score, [100 / 3, (150 + 50) / 3, (0 + 75) / 3]);
    const strict = computeIndex(threeLevels({ a1: [0, 5, NaN] }, { minWeightShare: 0.7 }));
    close(strict.score, [100 / 3, 200 / 3, NaN]);
    expect(strict.rankRegion[2]).toBeNaN();
    expect([...strict.rankRegion.subarray(0, 2)]).toEqual([2, 1]);
    expect(strict.contributions.get('A')![2]).toBeNaN();
  });

  it('a unit with no value at all has no score, never 0', () => {
    const input = threeLevels();
    input.leaves = input.leaves.map((l) => ({ ...l, values: Float64Array.from(l.values, (v, i) => (i === 0 ? NaN : v)) }));
    const r = computeIndex({ ...input, options: options({ minWeightShare: 0 }) });
    expect(r.score[0]).toBeNaN();
    expect(r.coverage[0]).toBe(0);
  });

  it('geometric mean at every node (range 1–100: no shift, COINr a_gmean)', () => {
    const input: IndexInput = {
      n: 2,
      scopeGroup: Int32Array.of(0, 0),
      groups: [
        { id: 'index', parent: null, weight: 1 },
        { id: 'G', parent: 'index', weight: 1 },
        { id: 'H', parent: 'index', weight: 3 },
      ],
      leaves: [leaf('g1', 'G', 1, [0, 1]), leaf('g2', 'G', 1, [1, 0]), leaf('h', 'H', 1, [1, 0])],
      options: options({ aggregation: 'geometric', normalisation: { method: 'minmax', range: [1, 100], scope: 'region' } }),
    };
    const r = computeIndex(input);
    // G = sqrt(1·100) = 10 for both; H = 100, 1; index = (10 · 100³)^(1/4), (10 · 1)^(1/4)
    close(r.nodeScores.get('G')!, [10, 10]);
    close(r.score, [Math.pow(10 * 100 ** 3, 1 / 4), Math.pow(10, 1 / 4)]);
    const sum = r.contributions.get('G')![0] + r.contributions.get('H')![0];
    expect(sum).toBeCloseTo(r.score[0], 10);
  });

  it('geometric mean shifts values that reach 0 and shifts the result back', () => {
    const input = threeLevels({}, { aggregation: 'geometric' });
    const r = computeIndex(input);
    // Leaves 0–100 → shift 1. A = sqrt(1·101) − 1, sqrt(51·51) − 1, sqrt(101·1) − 1.
    close(r.nodeScores.get('A')!, [Math.sqrt(101) - 1, 50, Math.sqrt(101) - 1]);
  });

  it('ties share the average rank', () => {
    const input: IndexInput = {
      n: 4,
      scopeGroup: Int32Array.of(0, 0, 1, 1),
      groups: [{ id: 'index', parent: null, weight: 1 }],
      leaves: [leaf('x', 'index', 1, [3, 3, 1, 2])],
      options: options(),
    };
    const r = computeIndex(input);
    expect([...r.rankRegion]).toEqual([1.5, 1.5, 4, 3]);
    expect([...r.rankCountry]).toEqual([1.5, 1.5, 2, 1]);
  });

  it('country scope normalises within each country', () => {
    const input: IndexInput = {
      n: 4,
      scopeGroup: Int32Array.of(0, 0, 1, 1),
      groups: [{ id: 'index', parent: null, weight: 1 }],
      leaves: [leaf('x', 'index', 1, [1, 2, 100, 300])],
      options: options({ normalisation: { method: 'minmax', range: [0, 100], scope: 'country' } }),
    };
    close(computeIndex(input).score, [0, 100, 0, 100]);
    close(computeIndex({ ...input, options: options() }).score, [0, 100 / 299, 9900 / 299, 100]);
  });

  it('reports the treatment per indicator and scope', () => {
    const skewed = [...Array.from({ length: 20 }, (_, i) => i + 1), 400];
    const input: IndexInput = {
      n: 21,
      scopeGroup: new Int32Array(21),
      groups: [{ id: 'index', parent: null, weight: 1 }],
      leaves: [leaf('x', 'index', 1, skewed)],
      options: options({ treatment: { method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 } }),
    };
    const r = computeIndex(input);
    expect(r.treatment).toEqual([expect.objectContaining({ indicator: 'x', scopeGroup: -1, applied: 'winsorised', winsorised: 1 })]);
    expect(r.score[20]).toBe(100); // 400 pulled down to 20, still the top
    expect(r.score[19]).toBe(100);
  });

  it('refuses a malformed tree with a clear message', () => {
    const base = threeLevels();
    expect(() => computeIndex({ ...base, groups: base.groups.map((g) => ({ ...g, parent: g.id === 'A' ? null : g.parent })) })).toThrow(/exactly one group/);
    expect(() => computeIndex({ ...base, leaves: [...base.leaves, leaf('c', 'nowhere', 1, [1, 2, 3])] })).toThrow(/"nowhere" of "c" is not a group/);
    expect(() => computeIndex({ ...base, leaves: base.leaves.map((l) => (l.id === 'b2' ? { ...l, weight: -1 } : l)) })).toThrow(/weight -1/);
    expect(() => computeIndex({ ...base, groups: [...base.groups, { id: 'C', parent: 'index', weight: 1 }] })).toThrow(/"C" has no indicator/);
    expect(() => computeIndex({ ...base, leaves: [...base.leaves, leaf('a1', 'A', 1, [1, 2, 3])] })).toThrow(/used twice/);
    const cyclic = [...base.groups, { id: 'X', parent: 'Y', weight: 1 }, { id: 'Y', parent: 'X', weight: 1 }];
    expect(() => computeIndex({ ...base, groups: cyclic, leaves: [...base.leaves, leaf('x', 'X', 1, [1, 2, 3])] })).toThrow(/cycle/);
  });
});

describe('properties', () => {
  /** A deterministic pseudo-random input: 40 units in 3 countries, 6 indicators in 2 groups, some missing. */
  function randomInput(): IndexInput {
    let s = 12345;
    const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 40;
    const col = () => Array.from({ length: n }, () => (next() < 0.1 ? NaN : Math.exp(3 * next())));
    return {
      n,
      scopeGroup: Int32Array.from({ length: n }, (_, i) => i % 3),
      groups: [
        { id: 'index', parent: null, weight: 1 },
        { id: 'P', parent: 'index', weight: 0.6 },
        { id: 'Q', parent: 'index', weight: 0.4 },
      ],
      leaves: ['p1', 'p2', 'p3', 'q1', 'q2', 'q3'].map((id, k) => leaf(id, id[0].toUpperCase(), 1 + k, col(), k % 2 ? -1 : 1)),
      options: options({ treatment: { method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 }, normalisation: { method: 'minmax', range: [0, 100], scope: 'country' } }),
    };
  }

  it('scaling an indicator by a positive constant changes no min–max score or rank', () => {
    const input = randomInput();
    const base = computeIndex(input);
    const scaled = computeIndex({ ...input, leaves: input.leaves.map((l, k) => (k === 2 ? { ...l, values: l.values.map((v) => v * 37.5) } : l)) });
    close(scaled.score, [...base.score]);
    expect([...scaled.rankRegion]).toEqual([...base.rankRegion]);
    expect([...scaled.rankCountry]).toEqual([...base.rankCountry]);
  });

  it('relabelling (permuting) the units permutes the results and changes nothing else', () => {
    const input = randomInput();
    const base = computeIndex(input);
    const perm = Array.from({ length: input.n }, (_, i) => (i * 17) % input.n); // 17 is coprime with 40
    const permuted = computeIndex({
      ...input,
      scopeGroup: Int32Array.from(perm, (p) => input.scopeGroup[p]),
      leaves: input.leaves.map((l) => ({ ...l, values: Float64Array.from(perm, (p) => l.values[p]) })),
    });
    perm.forEach((p, i) => {
      expect(permuted.score[i]).toBe(base.score[p]);
      expect(permuted.rankRegion[i]).toBe(base.rankRegion[p]);
      expect(permuted.rankCountry[i]).toBe(base.rankCountry[p]);
      expect(permuted.coverage[i]).toBe(base.coverage[p]);
    });
  });

  it('weights on any scale give the same index (they are re-scaled)', () => {
    const input = randomInput();
    const base = computeIndex(input);
    const times = computeIndex({ ...input, leaves: input.leaves.map((l) => ({ ...l, weight: l.weight * 10 })), groups: input.groups.map((g) => ({ ...g, weight: g.weight * 3 })) });
    close(times.score, [...base.score]);
  });

  it('the prepared leaves can be reused when only the weights change', () => {
    const input = randomInput();
    const prepared = prepareLeaves(input);
    const reweighted = { ...input, groups: input.groups.map((g) => (g.id === 'P' ? { ...g, weight: 0.1 } : g)) };
    const a = computeIndex(reweighted, prepared);
    const b = computeIndex(reweighted);
    expect([...a.score]).toEqual([...b.score]);
    expect([...a.score]).not.toEqual([...computeIndex(input).score]);
  });
});
