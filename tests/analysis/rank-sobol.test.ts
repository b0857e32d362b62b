/**
 * The variance-based sensitivity of the ranks: properties that follow from the estimators' form,
 * on a small index of two countries (seeded data): one factor alone explains everything (S = 1
 * exactly); a factor without effect (a treatment on columns that need none) has S_T = 0 exactly;
 * chunked runs equal one run; the same seed, the same result.
 */
import { describe, expect, it } from 'vitest';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { rankSobolRun, rankSobolFactors, runRankSobol, type RankSobolOptions } from '../../src/lib/analysis/rank-sobol.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';

function makeInput(seed: number): IndexInput {
  const rng = seededRng(seed);
  const n = 40;
  const col = () => Float64Array.from({ length: n }, () => rng.random() * 10);
  return {
    n,
    scopeGroup: Int32Array.from({ length: n }, (_, i) => (i < 25 ? 0 : 1)),
    leaves: [
      { id: 'a', parent: 'P', weight: 1, direction: 1, values: col() },
      { id: 'b', parent: 'P', weight: 2, direction: 1, values: col() },
      { id: 'c', parent: 'Q', weight: 1, direction: -1, values: col() },
      { id: 'd', parent: 'Q', weight: 1, direction: 1, values: col() },
    ],
    groups: [
      { id: 'root', parent: null, weight: 1 },
      { id: 'P', parent: 'root', weight: 1 },
      { id: 'Q', parent: 'root', weight: 1 },
    ],
    options: {
      treatment: { method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 },
      normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
      aggregation: 'arithmetic',
      minWeightShare: 0.5,
    },
  };
}

const input = makeInput(42);
const all: RankSobolOptions = { seed: 9, weightJitter: 0.5, varyNormalisation: true, varyTreatment: true, samples: 64, bootstrap: 50 };

describe('rank sensitivity indices', () => {
  it('factors: the weights span one dimension per weight (4 leaves + 2 groups)', () => {
    expect(rankSobolFactors(input, all)).toEqual([
      { id: 'weights', dims: 6 },
      { id: 'normalisation', dims: 1 },
      { id: 'treatment', dims: 1 },
    ]);
    expect(rankSobolFactors(input, { ...all, weightJitter: 0 }).map((f) => f.id)).toEqual(['normalisation', 'treatment']);
  });

  it('one factor alone: S = 1 exactly, S_T close to 1', () => {
    const r = runRankSobol(input, { ...all, varyNormalisation: false, varyTreatment: false });
    expect(r.indices.map((i) => i.id)).toEqual(['weights']);
    expect(r.indices[0].first).toBeCloseTo(1, 12);
    expect(Math.abs(r.indices[0].total - 1)).toBeLessThan(0.3);
    expect(r.meanShift).toBeGreaterThan(0);
  });

  it('a treatment with nothing to treat (uniform columns) has S_T = 0 exactly', () => {
    const r = runRankSobol(input, all);
    const t = r.indices.find((i) => i.id === 'treatment')!;
    expect(t.total).toBe(0);
    expect(r.indices.find((i) => i.id === 'weights')!.total).toBeGreaterThan(0);
    expect(r.evaluations).toBe(64 * 5);
  });

  it('chunked runs equal one run; the same seed gives the same result, another seed another', () => {
    const run = rankSobolRun(input, all);
    for (let from = 0; from < run.evaluations; from += 37) run.run(from, Math.min(run.evaluations, from + 37));
    expect(run.result()).toEqual(runRankSobol(input, all));
    expect(runRankSobol(input, { ...all, seed: 10 }).meanShift).not.toBe(run.result().meanShift);
  });

  it('refuses a run with nothing varied', () => {
    expect(() => runRankSobol(input, { ...all, weightJitter: 0, varyNormalisation: false, varyTreatment: false })).toThrow(/no factor/);
  });
});
