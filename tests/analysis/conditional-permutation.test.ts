import { describe, expect, it } from 'vitest';
import { conditionalPermutation } from '../../src/lib/analysis/conditional-permutation.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, rowStandardise, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { latticeWeights, randomValues } from './hotspot-test-helpers.ts';

/**
 * The exact conditional-randomisation tail probabilities of unit i by enumeration: every ordered
 * k-tuple of distinct other units takes the k weights in row order (all equally likely).
 */
function exactTails(x: Float64Array, w: SpatialWeights, i: number, dir: number): { ge: number; le: number } {
  const a = w.offsets[i];
  const k = w.offsets[i + 1] - a;
  let observed = 0;
  for (let m = 0; m < k; m++) observed += w.weights[a + m] * x[w.neighbors[a + m]];
  const others = [...Array(w.n).keys()].filter((j) => j !== i);
  let ge = 0;
  let le = 0;
  let total = 0;
  const used = new Set<number>();
  const walk = (m: number, s: number): void => {
    if (m === k) {
      const d = dir * (s - observed);
      if (d >= -1e-12) ge++;
      if (d <= 1e-12) le++;
      total++;
      return;
    }
    for (const j of others) {
      if (used.has(j)) continue;
      used.add(j);
      walk(m + 1, s + w.weights[a + m] * x[j]);
      used.delete(j);
    }
  };
  walk(0, 0);
  return { ge: ge / total, le: le / total };
}

function run(x: Float64Array, w: SpatialWeights, dir: Float64Array, R: number, seed: number, chunk = Infinity): Float64Array {
  const p = conditionalPermutation(x, w, dir, R, seededRng(seed));
  while (p.done < p.total) p.step(chunk);
  return p.pSim;
}

describe('conditionalPermutation: pseudo p-values against the exact permutation distribution', () => {
  // Small graphs, so that unit i's own table position (standing for unit n − 1) turns up in many
  // table rows and the correction for it matters.
  const R = 9999;
  const check = (x: Float64Array, w: SpatialWeights, dir: Float64Array, seed: number): void => {
    const pSim = run(x, w, dir, R, seed);
    for (let i = 0; i < w.n; i++) {
      if (w.offsets[i + 1] === w.offsets[i]) {
        expect(pSim[i]).toBeNaN();
        continue;
      }
      const { ge, le } = exactTails(x, w, i, dir[i]);
      const exact = Math.min(ge, le);
      // (M + 1)/(R + 1) with M ~ Binomial(R, exact) — or min of two: allow 4.5 standard errors.
      const se = Math.sqrt((Math.max(exact, 1 / R) * (1 - exact)) / R);
      expect(Math.abs(pSim[i] - exact)).toBeLessThan(4.5 * se + 2 / R);
    }
  };
  it('uniform rows (row-standardised contiguity), 3×3 queen, both directions', () => {
    const x = Float64Array.from([0.3, -1.2, 2.5, 0.9, -0.4, 1.7, -2.2, 0.1, 1.1]);
    const dir = Float64Array.from([1, -1, 1, 1, -1, -1, 1, -1, 1]);
    check(x, rowStandardise(latticeWeights(3, 3, 'queen')), dir, 7);
  });
  it('uniform rows with an island and the last unit (which has no table position of its own)', () => {
    const w = rowStandardise(fromNeighbourLists([[1, 2], [0, 2, 5], [0, 1], [], [5], [1, 4]]));
    const x = Float64Array.from([5, 1, 4, 2, 8, 3]);
    check(x, w, Float64Array.from([1, 1, 1, 1, -1, 1]), 3);
  });
  it('weighted rows (different weights per link): the weighted path', () => {
    const w = fromNeighbourLists([[1, 2, 3], [0, 2], [0, 1, 3], [0, 2]], [[0.5, 0.3, 0.2], [0.9, 0.1], [0.2, 0.2, 0.6], [1, 3]]);
    const x = Float64Array.from([1.5, -0.5, 3, 0.25, 2, -1, 0.75]).subarray(0, 4);
    check(Float64Array.from(x), w, Float64Array.from([1, -1, 1, 1]), 5);
  });
  it('ties count on both sides: 0/1 values, one neighbour', () => {
    // Unit 0 (value 1) has one neighbour with value 1; 3 of its 5 others are 1s: a draw ties with
    // probability 3/5 and is below with 2/5. #{sim ≥ obs} ≈ 0.6 R, #{sim ≤ obs} = R: p ≈ 0.6.
    const w = fromNeighbourLists([[1], [0], [3], [2], [5], [4]]);
    const pSim = run(Float64Array.from([1, 1, 0, 1, 0, 1]), w, new Float64Array(6).fill(1), R, 1);
    expect(Math.abs(pSim[0] - 0.6)).toBeLessThan(0.02);
  });
  it('a unit whose statistic cannot move (direction 0) gets p = 1', () => {
    const pSim = run(Float64Array.from([1, 2, 3]), fromNeighbourLists([[1], [0, 2], [1]]), Float64Array.from([0, 1, 1]), 99, 1);
    expect(pSim[0]).toBe(1);
  });
});

describe('conditionalPermutation: reproducibility', () => {
  const w = rowStandardise(latticeWeights(15, 20, 'queen'));
  const rng = seededRng(21);
  const x = randomValues(300, () => rng.random() - 0.5);
  const dir = x.map(Math.sign);
  it('same seed → same p-values, however the units are chunked', () => {
    const a = run(x, w, dir, 999, 42);
    expect(run(x, w, dir, 999, 42)).toEqual(a);
    expect(run(x, w, dir, 999, 42, 17)).toEqual(a);
  });
  it('different seed → different p-values (most units)', () => {
    const a = run(x, w, dir, 999, 42);
    const b = run(x, w, dir, 999, 43);
    let differ = 0;
    for (let i = 0; i < 300; i++) if (a[i] !== b[i]) differ++;
    expect(differ).toBeGreaterThan(250);
  });
  it('p-values are multiples of 1/(R+1) in [1/(R+1), 1]', () => {
    const a = run(x, w, dir, 99, 1);
    for (const p of a) {
      expect(p).toBeGreaterThanOrEqual(0.01);
      expect(p).toBeLessThanOrEqual(1);
      expect(Math.abs(p * 100 - Math.round(p * 100))).toBeLessThan(1e-9);
    }
  });
  it('refuses bad input', () => {
    expect(() => conditionalPermutation(x, w, dir, 0, seededRng(1))).toThrow(/permutations/);
    expect(() => conditionalPermutation(x.subarray(1), w, dir, 9, seededRng(1))).toThrow(/values/);
  });
});
