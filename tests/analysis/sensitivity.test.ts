import { describe, expect, it } from 'vitest';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';
import {
  drawChoices,
  drawInput,
  rankQuantiles,
  runSensitivity,
  sensitivityRun,
  type SensitivityOptions,
} from '../../src/lib/analysis/sensitivity.ts';
import { syntheticIndexInput } from '../../scripts/bench/synthetic-index-input.ts';

const OPTIONS: SensitivityOptions = {
  draws: 200,
  seed: 1,
  weightJitter: 0.5,
  varyNormalisation: true,
  varyTreatment: true,
  robustThreshold: 0.9,
  topN: 10,
  rankScope: 'region',
};

/** A one-group index of `columns` (one per indicator, values per unit), min–max, no treatment. */
function smallInput(columns: number[][], weights: number[], scopeGroup?: number[]): IndexInput {
  const n = columns[0].length;
  return {
    n,
    scopeGroup: Int32Array.from(scopeGroup ?? new Array(n).fill(0)),
    leaves: columns.map((values, k) => ({ id: `i${k}`, parent: 'index', weight: weights[k], direction: 1, values: Float64Array.from(values) })),
    groups: [{ id: 'index', parent: null, weight: 1 }],
    options: {
      treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
      normalisation: { method: 'minmax', range: [0, 100], scope: 'region' },
      aggregation: 'arithmetic',
      minWeightShare: 0.5,
    },
  };
}

const bytes = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

describe('rankQuantiles', () => {
  it('is R quantile type 7 over the ranks with a score: quantile(1:4, c(.05, .5, .95)) = 1.15, 2.5, 3.85', () => {
    const q = rankQuantiles(Float32Array.from([4, NaN, 1, 3, 2]));
    expect(q.median).toBeCloseTo(2.5, 12);
    expect(q.p05).toBeCloseTo(1.15, 6);
    expect(q.p95).toBeCloseTo(3.85, 6);
  });

  it('a single rank is every quantile; no rank gives NaN', () => {
    expect(rankQuantiles(Float64Array.from([NaN, 7, NaN]))).toEqual({ median: 7, p05: 7, p95: 7 });
    const none = rankQuantiles(Float64Array.from([NaN, NaN]));
    expect([none.median, none.p05, none.p95].every(Number.isNaN)).toBe(true);
  });

  it('odd count: the median is the middle rank; p95 of 1..21 = 1 + 0.95·20 = 20', () => {
    const q = rankQuantiles(Float64Array.from({ length: 21 }, (_, i) => 21 - i));
    expect(q.median).toBe(11);
    expect(q.p05).toBeCloseTo(2, 12);
    expect(q.p95).toBeCloseTo(20, 12);
  });
});

describe('drawChoices', () => {
  const input = syntheticIndexInput(30, 12, 4, 5);

  it('renormalises weights among siblings: each sibling set keeps its total', () => {
    const c = drawChoices(input, OPTIONS, 17);
    const sums = (parents: (string | null)[], w: ArrayLike<number>) => {
      const m = new Map<string | null, number>();
      parents.forEach((p, i) => m.set(p, (m.get(p) ?? 0) + w[i]));
      return m;
    };
    const leafBase = sums(input.leaves.map((l) => l.parent), input.leaves.map((l) => l.weight));
    const leafDrawn = sums(input.leaves.map((l) => l.parent), c.leafWeights);
    for (const [p, s] of leafBase) expect(leafDrawn.get(p)).toBeCloseTo(s, 12);
    const groupBase = sums(input.groups.map((g) => g.parent), input.groups.map((g) => g.weight));
    const groupDrawn = sums(input.groups.map((g) => g.parent), c.groupWeights);
    for (const [p, s] of groupBase) expect(groupDrawn.get(p)).toBeCloseTo(s, 12);
    // The root keeps its weight; the weights did move.
    expect(c.groupWeights[0]).toBe(1);
    expect(Array.from(c.leafWeights)).not.toEqual(input.leaves.map((l) => l.weight));
  });

  it('a perturbed ratio of two siblings stays within (1−j)/(1+j) … (1+j)/(1−j) of the base ratio', () => {
    for (let d = 0; d < 200; d++) {
      const c = drawChoices(input, OPTIONS, d);
      // leaves i0 and i4 share parent g0 (12 indicators over 4 groups: k mod 4).
      const ratio = c.leafWeights[0] / c.leafWeights[4] / (input.leaves[0].weight / input.leaves[4].weight);
      expect(ratio).toBeGreaterThanOrEqual(0.5 / 1.5 - 1e-12);
      expect(ratio).toBeLessThanOrEqual(1.5 / 0.5 + 1e-12);
    }
  });

  it('jitter 0 and nothing varied: the base weights and methods', () => {
    const c = drawChoices(input, { ...OPTIONS, weightJitter: 0, varyNormalisation: false, varyTreatment: false }, 3);
    expect(Array.from(c.leafWeights)).toEqual(input.leaves.map((l) => l.weight));
    expect(Array.from(c.groupWeights)).toEqual(input.groups.map((g) => g.weight));
    expect(c.normalisation).toBe('minmax');
    expect(c.treatment).toBe('coinr');
  });

  it('draws each normalisation about a third of the time and each treatment about half', () => {
    const norm = { minmax: 0, zscore: 0, rank: 0 };
    const treat: Record<string, number> = { none: 0, coinr: 0, log: 0 };
    const D = 3000;
    for (let d = 0; d < D; d++) {
      const c = drawChoices(input, OPTIONS, d);
      norm[c.normalisation]++;
      treat[c.treatment]++;
    }
    // sd of a count: sqrt(3000·(1/3)·(2/3)) ≈ 25.8 and sqrt(3000/4) ≈ 27.4; 5 sd.
    for (const k of ['minmax', 'zscore', 'rank'] as const) expect(Math.abs(norm[k] - D / 3)).toBeLessThan(130);
    expect(Math.abs(treat.none - D / 2)).toBeLessThan(137);
    expect(treat.log).toBe(0);
  });

  it('drawInput changes weights and methods only; range and scope kept; coinr thresholds from COINr when the base is none', () => {
    const base = smallInput([[1, 2, 3]], [1]);
    const di = drawInput(base, { leafWeights: Float64Array.of(2), groupWeights: Float64Array.of(1), normalisation: 'zscore', treatment: 'coinr' });
    expect(di.options.normalisation).toEqual({ method: 'zscore', range: [0, 100], scope: 'region' });
    expect(di.options.treatment).toEqual({ method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 });
    expect(di.leaves[0].weight).toBe(2);
    expect(di.leaves[0].values).toBe(base.leaves[0].values);
    expect(base.leaves[0].weight).toBe(1);
  });
});

describe('runSensitivity', () => {
  const input = syntheticIndexInput(120, 12, 4, 2);

  it('same seed ⇒ bit-identical result; another seed ⇒ a different one', () => {
    const a = runSensitivity(input, OPTIONS);
    const b = runSensitivity(input, OPTIONS);
    for (const k of ['medianRank', 'p05', 'p95', 'probTopN', 'robust'] as const) expect(bytes(b[k])).toEqual(bytes(a[k]));
    const c = runSensitivity(input, { ...OPTIONS, seed: 2 });
    expect(bytes(c.probTopN)).not.toEqual(bytes(a.probTopN));
    expect(bytes(c.medianRank)).not.toEqual(bytes(a.medianRank));
    expect(a).toMatchObject({ draws: 200, seed: 1, topN: 10, rankScope: 'region' });
  });

  it('the result does not depend on how the draws are chunked or ordered', () => {
    const whole = runSensitivity(input, OPTIONS);
    const run = sensitivityRun(input, OPTIONS);
    run.run(150, 200);
    run.run(0, 7);
    expect(run.done).toBe(57);
    expect(() => run.result()).toThrow(/57 of 200/);
    run.run(7, 150);
    run.run(0, 200); // already done: nothing runs twice
    expect(run.done).toBe(200);
    const chunked = run.result();
    for (const k of ['medianRank', 'p05', 'p95', 'probTopN', 'robust'] as const) expect(bytes(chunked[k])).toEqual(bytes(whole[k]));
  });

  it('jitter 0, nothing varied: every draw is the base ranking', () => {
    const options = { ...OPTIONS, draws: 20, weightJitter: 0, varyNormalisation: false, varyTreatment: false };
    for (const rankScope of ['region', 'country'] as const) {
      const base = computeIndex(input);
      const baseRank = rankScope === 'region' ? base.rankRegion : base.rankCountry;
      const s = runSensitivity(input, { ...options, rankScope });
      expect(Array.from(s.medianRank)).toEqual(Array.from(baseRank));
      expect(Array.from(s.p05)).toEqual(Array.from(baseRank));
      expect(Array.from(s.p95)).toEqual(Array.from(baseRank));
      for (let u = 0; u < input.n; u++) {
        expect([0, 1]).toContain(s.probTopN[u]);
        // No ties in continuous synthetic data: in the top N ⇔ rank ≤ N.
        expect(s.probTopN[u]).toBe(baseRank[u] <= 10 ? 1 : 0);
        expect(s.robust[u]).toBe(s.probTopN[u]);
      }
    }
  });

  it('probabilities in [0, 1], quantiles ordered, robust ⇔ probTopN ≥ threshold, ranks within the scope', () => {
    for (const rankScope of ['region', 'country'] as const) {
      const s = runSensitivity(input, { ...OPTIONS, rankScope, robustThreshold: 0.6 });
      const scopeSize = (u: number) => (rankScope === 'region' ? input.n : input.scopeGroup.filter((g) => g === input.scopeGroup[u]).length);
      let inTop = 0;
      for (let u = 0; u < input.n; u++) {
        expect(s.probTopN[u]).toBeGreaterThanOrEqual(0);
        expect(s.probTopN[u]).toBeLessThanOrEqual(1);
        expect(s.p05[u]).toBeLessThanOrEqual(s.medianRank[u]);
        expect(s.medianRank[u]).toBeLessThanOrEqual(s.p95[u]);
        expect(s.p05[u]).toBeGreaterThanOrEqual(1);
        expect(s.p95[u]).toBeLessThanOrEqual(scopeSize(u));
        expect(s.robust[u]).toBe(s.probTopN[u] >= 0.6 ? 1 : 0);
        inTop += s.probTopN[u];
      }
      // Each draw puts 10 units in the top N per scope (no ties in continuous data).
      expect(inTop).toBeCloseTo(rankScope === 'region' ? 10 : 30, 9);
    }
  });

  it('a unit that dominates every indicator is always first, with probability 1 and robust', () => {
    const dominated = smallInput(
      [
        [10, 5, 1],
        [300, 200, 250],
        [0.9, 0.1, 0.5],
      ],
      [1, 2, 3],
    );
    const s = runSensitivity(dominated, { ...OPTIONS, draws: 300, topN: 1 });
    expect(s.medianRank[0]).toBe(1);
    expect(s.p05[0]).toBe(1);
    expect(s.p95[0]).toBe(1);
    expect(s.probTopN[0]).toBe(1);
    expect(s.robust[0]).toBe(1);
    expect(s.probTopN[1]).toBe(0);
    expect(s.probTopN[2]).toBe(0);
  });

  it('hand-computed probability: two units that split two indicators with weights 2:1, jitter 0.5', () => {
    // Unit A is 100 on i0 and 0 on i1, unit B the reverse (min–max). A ranks first iff 2·u0 > u1
    // with u0, u1 ~ U(0.5, 1.5): P(u1 > 2·u0) = ∫ from 0.5 to 0.75 of (1.5 − 2u) du = 0.0625, so
    // P(A first) = 0.9375; sd over 2,000 draws ≈ 0.0054.
    const two = smallInput(
      [
        [1, 0],
        [0, 1],
      ],
      [2, 1],
    );
    const s = runSensitivity(two, { ...OPTIONS, draws: 2000, topN: 1, varyNormalisation: false, varyTreatment: false });
    expect(Math.abs(s.probTopN[0] - 0.9375)).toBeLessThan(0.022);
    expect(s.probTopN[0] + s.probTopN[1]).toBeCloseTo(1, 12);
    expect(s.robust[0]).toBe(1);
    expect(s.robust[1]).toBe(0);
    expect(s.medianRank[0]).toBe(1);
    expect(s.p95[0]).toBe(2); // ranked second in about 6% of the draws, more than 5%
    // Equal weights: a fair coin.
    const fair = runSensitivity(smallInput(two.leaves.map((l) => Array.from(l.values)), [1, 1]), { ...OPTIONS, draws: 2000, topN: 1, varyNormalisation: false, varyTreatment: false });
    expect(Math.abs(fair.probTopN[0] - 0.5)).toBeLessThan(0.05);
  });

  it('ties at the cut-off are all in the top N (as the priority list)', () => {
    // Units 0 and 1 are identical and best: with top 1 both are in, in every draw.
    const tied = smallInput(
      [
        [5, 5, 1],
        [9, 9, 2],
      ],
      [1, 1],
    );
    const s = runSensitivity(tied, { ...OPTIONS, draws: 50, topN: 1 });
    expect(Array.from(s.probTopN)).toEqual([1, 1, 0]);
    expect(Array.from(s.medianRank)).toEqual([1.5, 1.5, 3]);
  });

  it('a unit without a score in every draw: NaN ranks, probability 0', () => {
    const missing = smallInput(
      [
        [1, 2, NaN, 4],
        [4, 1, NaN, 2],
      ],
      [1, 1],
    );
    const s = runSensitivity(missing, { ...OPTIONS, draws: 30, topN: 3 });
    expect(Number.isNaN(s.medianRank[2])).toBe(true);
    expect(Number.isNaN(s.p05[2])).toBe(true);
    expect(s.probTopN[2]).toBe(0);
    expect(s.robust[2]).toBe(0);
    expect(s.probTopN.filter((p) => p === 1).length).toBe(3);
  });

  it('the units ranked are those the index as set scores: the missing-data rule is not re-drawn with the weights', () => {
    // Group A (weight 0.6) holds indicator a, group B (0.4) indicator b. Unit 0 lacks b: it rests
    // on 60% of the weight, scored (threshold 50%). A draw can push A's share below 50%
    // (0.6·0.5 vs 0.4·1.5): unit 0 must still be ranked in every draw. Unit 3 lacks a: 40%, no
    // score, never ranked.
    const input: IndexInput = {
      ...smallInput([[0]], [1]),
      n: 4,
      scopeGroup: Int32Array.of(0, 0, 0, 0),
      groups: [
        { id: 'index', parent: null, weight: 1 },
        { id: 'A', parent: 'index', weight: 0.6 },
        { id: 'B', parent: 'index', weight: 0.4 },
      ],
      leaves: [
        { id: 'a', parent: 'A', weight: 1, direction: 1, values: Float64Array.of(3, 2, 1, NaN) },
        { id: 'b', parent: 'B', weight: 1, direction: 1, values: Float64Array.of(NaN, 5, 9, 7) },
      ],
    };
    const base = computeIndex(input);
    expect(Number.isNaN(base.score[0])).toBe(false);
    expect(Number.isNaN(base.score[3])).toBe(true);
    const s = runSensitivity(input, { ...OPTIONS, draws: 400, topN: 3 });
    // Three units ranked in every draw, all in the top 3.
    expect(Array.from(s.probTopN)).toEqual([1, 1, 1, 0]);
    expect(Number.isNaN(s.medianRank[3])).toBe(true);
    for (let u = 0; u < 3; u++) expect(s.p95[u]).toBeLessThanOrEqual(3);
  });

  it('rejects bad options, naming each', () => {
    expect(() => runSensitivity(input, { ...OPTIONS, draws: 0 })).toThrow(/draws must be an integer ≥ 1/);
    expect(() => runSensitivity(input, { ...OPTIONS, seed: -1 })).toThrow(/seed must be an integer/);
    expect(() => runSensitivity(input, { ...OPTIONS, weightJitter: 1 })).toThrow(/weightJitter/);
    expect(() => runSensitivity(input, { ...OPTIONS, robustThreshold: 0 })).toThrow(/robustThreshold/);
    expect(() => runSensitivity(input, { ...OPTIONS, topN: 0 })).toThrow(/topN/);
    expect(() => sensitivityRun(input, OPTIONS).run(0, 201)).toThrow(/outside/);
  });

  it('passes on the engine error of a malformed tree', () => {
    const bad = smallInput([[1, 2]], [1]);
    bad.leaves[0].parent = 'nowhere';
    expect(() => runSensitivity(bad, { ...OPTIONS, draws: 2 })).toThrow(/not a group/);
  });
});
