// Local Geary's c (local-geary.ts): a chain worked by hand from esda's `Geary_Local` formula, the
// relation to esda's scaling, GeoDa's way of writing the sum, the conditional expectation against
// enumeration, GeoDa's classes, islands and missing values. GeoDa's own code is compared in
// geoda-agreement.test.ts.
import { describe, expect, it } from 'vitest';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { GEARY_HH, GEARY_LL, GEARY_NEGATIVE, GEARY_OTHER_POSITIVE, gearyClass, localGeary } from '../../src/lib/analysis/local-geary.ts';
import { fromNeighbourLists, rowStandardise } from '../../src/lib/analysis/spatial-weights.ts';
import { latticeWeights } from './hotspot-test-helpers.ts';

/** The chain 0 – 1 – 2 – 3 – 4, row-standardised. */
const chain = rowStandardise(fromNeighbourLists([[1], [0, 2], [1, 3], [2, 4], [3]]));
const y = Float64Array.from([1, 2, 3, 4, 10]);

describe('localGeary', () => {
  it('works a chain by hand: cᵢ = Σⱼ wᵢⱼ (zᵢ − zⱼ)² with z on the sample sd', () => {
    // mean 4, deviations −3, −2, −1, 0, 6, Σd² = 50: sample variance 12.5 (GeoDa), population 10 (esda).
    // Σⱼ wᵢⱼ (dᵢ − dⱼ)²: unit 0 (1 − 0)²… = 1, 1, 1, ½(1 + 36) = 18.5, 36; divided by 12.5.
    const r = localGeary(y, chain);
    const expected = [1 / 12.5, 1 / 12.5, 1 / 12.5, 18.5 / 12.5, 36 / 12.5];
    r.C.forEach((c, i) => expect(c).toBeCloseTo(expected[i], 14));
    expect(Array.from(r.C, (c) => Number(c.toFixed(12)))).toEqual([0.08, 0.08, 0.08, 1.48, 2.88]);
  });

  it("is esda's Geary_Local localG times (n − 1)/n: esda scales z by the population sd", () => {
    // esda: zscore_x = (x − mean) / np.std(x); localG = Σ w (zi − zj)², on the row-standardised weights.
    const n = y.length;
    const mean = y.reduce((s, v) => s + v, 0) / n;
    const sdPop = Math.sqrt(y.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
    const zEsda = Array.from(y, (v) => (v - mean) / sdPop);
    const esda = Array.from({ length: n }, (_, i) => {
      let c = 0;
      for (let k = chain.offsets[i]; k < chain.offsets[i + 1]; k++) c += chain.weights[k] * (zEsda[i] - zEsda[chain.neighbors[k]]) ** 2;
      return c;
    });
    expect(esda.map((c) => Number(c.toFixed(12)))).toEqual([0.1, 0.1, 0.1, 1.85, 3.6]);
    localGeary(y, chain).C.forEach((c, i) => expect(c * (n / (n - 1))).toBeCloseTo(esda[i], 13));
  });

  it("equals GeoDa's zᵢ² − 2 zᵢ lagᵢ + Σⱼ wᵢⱼ zⱼ²", () => {
    const w = rowStandardise(latticeWeights(4, 5, 'queen'));
    const values = Float64Array.from({ length: 20 }, (_, i) => Math.sin(i * 1.7) * 3 + i / 4);
    const r = localGeary(values, w);
    for (let i = 0; i < w.n; i++) {
      let sq = 0;
      for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) sq += w.weights[k] * r.z[w.neighbors[k]] ** 2;
      expect(r.C[i]).toBeCloseTo(r.z[i] ** 2 - 2 * r.z[i] * r.lag[i] + sq, 12);
    }
  });

  it('gives the exact mean of cᵢ over every conditional permutation as its expectation', () => {
    const r = localGeary(y, chain);
    const n = y.length;
    for (let i = 0; i < n; i++) {
      const a = chain.offsets[i];
      const k = chain.offsets[i + 1] - a;
      const others = [...Array(n).keys()].filter((j) => j !== i);
      let sum = 0;
      let count = 0;
      const walk = (picked: number[]): void => {
        if (picked.length === k) {
          sum += picked.reduce((s, j, m) => s + chain.weights[a + m] * (r.z[i] - r.z[j]) ** 2, 0);
          count++;
          return;
        }
        for (const j of others) if (!picked.includes(j)) walk([...picked, j]);
      };
      walk([]);
      expect(r.expected[i]).toBeCloseTo(sum / count, 12);
    }
  });

  it("classes as GeoDa's UniGeary: positive association by quadrant, else negative", () => {
    expect(gearyClass(0.1, 1, 1, 0.5)).toBe(GEARY_HH);
    expect(gearyClass(0.1, 1, -1, -0.5)).toBe(GEARY_LL);
    expect(gearyClass(0.1, 1, -1, 0.5)).toBe(GEARY_OTHER_POSITIVE);
    expect(gearyClass(0.1, 1, 1, -0.5)).toBe(GEARY_OTHER_POSITIVE);
    expect(gearyClass(0.1, 1, 0, 0.5)).toBe(GEARY_OTHER_POSITIVE);
    expect(gearyClass(1, 1, 1, 0.5)).toBe(GEARY_HH); // at the expectation: positive, as GeoDa's ≤
    expect(gearyClass(3, 1, 1, 0.5)).toBe(GEARY_NEGATIVE);
    expect(gearyClass(3, 1, -1, -0.5)).toBe(GEARY_NEGATIVE);
  });

  it('gives islands NaN and refuses a missing value', () => {
    const w = fromNeighbourLists([[1], [0], []]);
    const r = localGeary(Float64Array.from([1, 2, 5]), w);
    expect(r.C[2]).toBeNaN();
    expect(r.lag[2]).toBeNaN();
    expect(r.expected[2]).toBeNaN();
    expect(Number.isFinite(r.C[0])).toBe(true);
    expect(() => localGeary(Float64Array.from([1, NaN, 5]), w)).toThrow(/missing/);
    expect(() => localGeary(Float64Array.from([1, 5]), w)).toThrow(/2 values for 3 units/);
  });
});

describe("hotspots() with Local Geary's c", () => {
  // 8×8 rook lattice: a smooth gradient r + c (alike neighbours) with a 3×3 checkerboard of 0 and
  // 14 in the bottom-right corner (every cell unlike its neighbours).
  const w = latticeWeights(8, 8, 'rook');
  const checker = (i: number) => Math.floor(i / 8) >= 5 && i % 8 >= 5;
  const values = Float64Array.from({ length: 64 }, (_, i) => {
    const r = Math.floor(i / 8);
    const c = i % 8;
    return checker(i) ? ((r + c) % 2 ? 14 : 0) : r + c;
  });

  it('finds the checkerboard unlike its neighbours and the smooth gradient alike, with its labels', () => {
    const r = hotspots(values, w, { statistic: 'geary', permutations: 999, seed: 3, alpha: 0.05, correction: 'none' });
    expect(r.global).toBeNull();
    for (let i = 0; i < 64; i++) if (checker(i)) expect(r.cluster[i]).toBe(GEARY_NEGATIVE);
    expect(r.cluster.filter((c) => c === GEARY_NEGATIVE).length).toBe(9);
    expect(r.clusterLabel(GEARY_NEGATIVE)).toBe('negative');
    expect(r.clusterLabel(GEARY_OTHER_POSITIVE)).toBe('other_positive');
    expect(r.clusterLabel(GEARY_HH)).toBe('HH');
    expect(r.clusterLabel(GEARY_LL)).toBe('LL');
    expect(r.clusterLabel(9)).toBe('');
    // The statistic reported is localGeary's on the row-standardised weights.
    const c = localGeary(values, rowStandardise(w)).C;
    r.statisticValue.forEach((x, i) => expect(x).toBeCloseTo(c[i], 14));
    // The gradient: low among low at the top left, high among high towards the middle.
    expect(r.cluster[9]).toBe(GEARY_LL);
    expect(r.cluster[4 * 8 + 4]).toBe(GEARY_HH);
  });

  it('same seed, same p-values; another seed, others', () => {
    const opts = { statistic: 'geary' as const, permutations: 99, seed: 5, alpha: 0.05, correction: 'fdr' as const };
    const a = hotspots(values, w, opts);
    expect(Array.from(hotspots(values, w, opts).pSim)).toEqual(Array.from(a.pSim));
    expect(Array.from(hotspots(values, w, { ...opts, seed: 6 }).pSim)).not.toEqual(Array.from(a.pSim));
  });
});
