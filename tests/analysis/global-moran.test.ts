import { describe, expect, it } from 'vitest';
import { globalMoran, globalMoranPermutation } from '../../src/lib/analysis/global-moran.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { fromNeighbourLists, rowStandardise } from '../../src/lib/analysis/spatial-weights.ts';
import { latticeWeights, naiveGlobalMoran, randomValues } from './hotspot-test-helpers.ts';

describe('globalMoran', () => {
  it('3×3 rook, y = 1…9: Σ Iᵢ / Σ zᵢ² = (40/9) / 8 = 5/9 (by hand; R gives 0.555555555555556)', () => {
    // Local Is (local-moran.test.ts) sum to 2·16/15 + 2·0.8 + 2·4/15 + 2·4/45 = 40/9; Σz² = n − 1 = 8.
    const w = rowStandardise(latticeWeights(3, 3, 'rook'));
    expect(globalMoran(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), w)).toBeCloseTo(5 / 9, 14);
  });
  it('4×4 queen and rook as the R implementation', () => {
    const y = Float64Array.from([3, 8, 1, 5, 9, 2, 7, 4, 6, 10, 12, 0, 11, 5, 3, 8]);
    expect(Math.abs(globalMoran(y, rowStandardise(latticeWeights(4, 4, 'queen'))) - -0.0610898254576416)).toBeLessThan(1e-13);
    expect(Math.abs(globalMoran(y, rowStandardise(latticeWeights(4, 4, 'rook'))) - -0.344508301404853)).toBeLessThan(1e-13);
  });
  it('equals the naive dense formula, islands included (S₀ < n), binary or row-standardised', () => {
    const rng = seededRng(3);
    const lists = Array.from({ length: 60 }, (_, i) => (i % 10 === 9 ? [] : [(i + 1) % 60, (i + 59) % 60, (i * 7) % 60].filter((j) => j !== i && j % 10 !== 9)));
    const wb = fromNeighbourLists(lists);
    const y = randomValues(60, () => rng.random());
    for (const w of [wb, rowStandardise(wb)]) expect(Math.abs(globalMoran(y, w) - naiveGlobalMoran([...y], w))).toBeLessThan(1e-12);
  });
  it('NaN when the values do not vary', () => {
    expect(globalMoran(Float64Array.from([2, 2, 2, 2]), rowStandardise(latticeWeights(2, 2, 'rook')))).toBeNaN();
  });
});

describe('globalMoranPermutation', () => {
  it('a strong gradient on 10×10 is at the floor p = 1/(R+1); chunking does not change the result', () => {
    const w = rowStandardise(latticeWeights(10, 10, 'rook'));
    const y = Float64Array.from({ length: 100 }, (_, i) => i);
    const a = globalMoranPermutation(y, w, 99, seededRng(1));
    a.step(99);
    expect(a.pSim).toBe(1 / 100);
    const b = globalMoranPermutation(y, w, 99, seededRng(1));
    while (b.done < 99) b.step(7);
    expect(b.pSim).toBe(a.pSim);
  });
  it('p-values of spatially random fields are roughly uniform (40 fields, 199 permutations)', () => {
    const w = rowStandardise(latticeWeights(8, 8, 'queen'));
    const values = seededRng(99);
    const ps: number[] = [];
    for (let f = 0; f < 40; f++) {
      const p = globalMoranPermutation(randomValues(64, () => values.random()), w, 199, seededRng(f));
      p.step(199);
      ps.push(p.pSim);
    }
    // Folded p is uniform on (0, 0.5]: its mean is ≈ 0.25; with 40 fields the sd of the mean is ≈ 0.023.
    const meanP = ps.reduce((a, b) => a + b, 0) / ps.length;
    expect(meanP).toBeGreaterThan(0.15);
    expect(meanP).toBeLessThan(0.35);
  });
  it('pSim is NaN until every permutation is done', () => {
    const p = globalMoranPermutation(Float64Array.from([1, 2, 3, 4]), rowStandardise(latticeWeights(2, 2, 'rook')), 9, seededRng(1));
    p.step(5);
    expect(p.pSim).toBeNaN();
    p.step(100);
    expect(p.done).toBe(9);
    expect(p.pSim).toBeGreaterThan(0);
  });
});
