// The general permutation path (kernel-permutation.ts) against the fast one
// (conditional-permutation.ts): with the same seed they make the same draws, so for a statistic
// linear in the drawn values — Local Moran's I, Gi* — they must give the same pseudo p-values; and
// for Local Geary's c, the general path's p-values against the exact permutation distribution.
import { describe, expect, it } from 'vitest';
import { kernelPermutation } from '../../src/lib/analysis/kernel-permutation.ts';
import { permutationTest } from '../../src/lib/analysis/permutation-test.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { rowStandardise, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { spatialLag } from '../../src/lib/analysis/spatial-lag.ts';
import { standardise } from '../../src/lib/analysis/standardise.ts';
import { STATISTIC_MODULES } from '../../src/lib/analysis/statistic-registry.ts';
import type { HotspotStatistic } from '../../src/lib/analysis/statistic-registry.ts';
import { municipioInput } from '../../scripts/bench/hotspot-bench-inputs.ts';
import { latticeWeights, randomValues } from './hotspot-test-helpers.ts';

function pValues(statistic: HotspotStatistic, values: Float64Array, weights: SpatialWeights, R: number, seed: number, general: boolean, chunk = Infinity): Float64Array {
  const z = standardise(values);
  const row = rowStandardise(weights);
  const local = STATISTIC_MODULES[statistic].local({ y: values, z, weights, row, lag: spatialLag(z, row) });
  const test = permutationTest(local.permutation, R, seededRng(seed), general);
  while (test.done < test.total) test.step(chunk);
  return test.pSim;
}

const maxDiff = (a: Float64Array, b: Float64Array): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    expect(Number.isNaN(a[i])).toBe(Number.isNaN(b[i]));
    if (!Number.isNaN(a[i])) d = Math.max(d, Math.abs(a[i] - b[i]));
  }
  return d;
};

describe('the general permutation path gives the fast path’s p-values (same seed, same draws)', () => {
  const municipios = municipioInput('emigrants_per_1000');
  const grid = { values: randomValues(15 * 15, seededRng(3).random), weights: latticeWeights(15, 15, 'queen') };
  // Values with many ties: department figures repeated over their municipios make exact ties common.
  const tied = { values: Float64Array.from(grid.values, (v) => Math.round(v * 4)), weights: grid.weights };

  for (const statistic of ['moran', 'gistar'] as const) {
    it(`${statistic}: on the 682 municipios, a queen grid and tied values`, () => {
      expect(STATISTIC_MODULES[statistic].local({ y: grid.values, z: standardise(grid.values), weights: grid.weights, row: rowStandardise(grid.weights), lag: new Float64Array(grid.values.length) }).permutation.direction).toBeDefined();
      for (const [input, R, seed] of [[municipios, 999, 20240917], [grid, 999, 1], [tied, 199, 2]] as const) {
        const fast = pValues(statistic, input.values, input.weights, R, seed, false);
        const general = pValues(statistic, input.values, input.weights, R, seed, true);
        expect(maxDiff(fast, general)).toBeLessThanOrEqual(1e-12);
        // Not vacuous: a seed of its own gives other p-values.
        expect(maxDiff(fast, pValues(statistic, input.values, input.weights, R, seed + 1, true))).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  it('whatever the progress chunks', () => {
    const whole = pValues('geary', grid.values, grid.weights, 99, 5, true);
    expect(maxDiff(whole, pValues('geary', grid.values, grid.weights, 99, 5, true, 7))).toBe(0);
  });

  it('takes the fast path only for a statistic with a direction', () => {
    // Local Geary's c has none: both calls take the general path and agree.
    expect(STATISTIC_MODULES.geary.local({ y: grid.values, z: standardise(grid.values), weights: grid.weights, row: rowStandardise(grid.weights), lag: new Float64Array(grid.values.length) }).permutation.direction).toBeUndefined();
    const a = pValues('geary', grid.values, grid.weights, 99, 8, false);
    expect(maxDiff(a, pValues('geary', grid.values, grid.weights, 99, 8, true))).toBe(0);
  });
});

/**
 * Exact tail probabilities of Local Geary's cᵢ for unit i by enumeration: every ordered kᵢ-tuple of
 * distinct other units takes unit i's kᵢ weights in row order, all equally likely.
 */
function exactGearyTails(z: Float64Array, w: SpatialWeights, i: number): { ge: number; le: number } {
  const a = w.offsets[i];
  const k = w.offsets[i + 1] - a;
  const c = (vals: number[]) => vals.reduce((s, v, m) => s + w.weights[a + m] * (z[i] - v) ** 2, 0);
  const observed = c(Array.from({ length: k }, (_, m) => z[w.neighbors[a + m]]));
  const others = [...Array(w.n).keys()].filter((j) => j !== i);
  let ge = 0;
  let le = 0;
  let total = 0;
  const used = new Set<number>();
  const picked: number[] = [];
  const walk = (): void => {
    if (picked.length === k) {
      const d = c(picked.map((j) => z[j])) - observed;
      if (d >= -1e-12) ge++;
      if (d <= 1e-12) le++;
      total++;
      return;
    }
    for (const j of others) {
      if (used.has(j)) continue;
      used.add(j);
      picked.push(j);
      walk();
      picked.pop();
      used.delete(j);
    }
  };
  walk();
  return { ge: ge / total, le: le / total };
}

describe('kernelPermutation: Local Geary p-values against the exact permutation distribution', () => {
  it('on a 3×3 queen lattice, every unit within Monte Carlo error of the exact folded p', () => {
    const values = Float64Array.from([3, 9, 1, 7, 4, 4, 2, 8, 6]);
    const w = rowStandardise(latticeWeights(3, 3, 'queen'));
    const z = standardise(values);
    const R = 9999;
    const local = STATISTIC_MODULES.geary.local({ y: values, z, weights: latticeWeights(3, 3, 'queen'), row: w, lag: spatialLag(z, w) });
    const test = kernelPermutation(z, w, local.permutation.kernel, local.permutation.scale, R, seededRng(11));
    test.step(9);
    for (let i = 0; i < 9; i++) {
      const { ge, le } = exactGearyTails(z, w, i);
      const exact = Math.min(ge, le);
      // Folded p ≈ (M + 1)/(R + 1) with M ~ Binomial(R, exact): 4 standard errors.
      const se = Math.sqrt((exact * (1 - exact)) / R);
      expect(Math.abs(test.pSim[i] - exact)).toBeLessThan(4 * se + 2 / (R + 1));
    }
  });

  it('refuses mismatched lengths and bad permutation counts', () => {
    const w = latticeWeights(2, 2, 'rook');
    const k = () => 0;
    expect(() => kernelPermutation(new Float64Array(3), w, k, new Float64Array(4), 9, seededRng(1))).toThrow(/values/);
    expect(() => kernelPermutation(new Float64Array(4), w, k, new Float64Array(4), 0, seededRng(1))).toThrow(/permutations/);
  });

  it('gives an island NaN and a unit whose statistic cannot move p = 1', () => {
    const w: SpatialWeights = { n: 3, offsets: Int32Array.from([0, 1, 2, 2]), neighbors: Int32Array.from([1, 0]), weights: Float64Array.from([1, 1]) };
    const test = kernelPermutation(Float64Array.from([1, 2, 3]), w, () => 42, new Float64Array(3).fill(1), 99, seededRng(1));
    test.step(3);
    expect(test.pSim[0]).toBe(1);
    expect(test.pSim[1]).toBe(1);
    expect(test.pSim[2]).toBeNaN();
  });
});
