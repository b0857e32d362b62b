// "Statistics equal to GeoDa's": focal's Local Moran's I against GeoDa's own C++ code compiled to
// WebAssembly (`@geoda/lisa` 0.0.22, loaded under Node by scripts/bench/geoda-lisa.ts), on the same
// values and the same neighbour lists. Iᵢ and the spatial lag must agree to 1e-9; the pseudo
// p-values only within Monte Carlo error, as the two random generators differ.
import { describe, expect, it } from 'vitest';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { fromNeighbourLists } from '../../src/lib/analysis/spatial-weights.ts';
import { geodaLisa } from '../../scripts/bench/geoda-lisa.ts';
import { compareLocalMoran, focalLocalMoran, geodaLocalMoran } from '../../scripts/bench/hotspots-bench.ts';
import { gridInput, municipioInput, neighbourLists, type HotspotBenchInput } from '../../scripts/bench/hotspot-bench-inputs.ts';

async function agreement(input: HotspotBenchInput, permutations = 999) {
  const f = focalLocalMoran(input, permutations, 7);
  const g = await geodaLocalMoran(input, permutations, 7);
  expect(g.isValid).toBe(true);
  return { f, g, d: compareLocalMoran(f, g) };
}

describe('Local Moran: focal equals GeoDa (@geoda/lisa)', () => {
  it('on a 6×7 rook grid: Iᵢ and lag to 1e-9, p within Monte Carlo error', async () => {
    const { f, d } = await agreement(gridInput(6, 7, 3));
    expect(d.n).toBe(42);
    expect(d.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    // Not vacuous: the statistics are not all tiny.
    expect(Math.max(...Array.from(f.statisticValue, Math.abs))).toBeGreaterThan(0.5);
    // Pseudo p on a grid of 1/1000: a difference of 0.1 would be > 6 standard errors at p = 0.5.
    expect(d.maxDiffP).toBeLessThan(0.1);
  });

  it('with queen links and an island given as neighbour lists', async () => {
    // 3×3 queen lattice plus unit 9 with no neighbour.
    const lists: number[][] = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        const l: number[] = [];
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const rr = r + dr;
            const cc = c + dc;
            if ((dr || dc) && rr >= 0 && rr < 3 && cc >= 0 && cc < 3) l.push(rr * 3 + cc);
          }
        }
        lists.push(l);
      }
    }
    lists.push([]);
    const input = { label: 'queen 3×3 + island', values: Float64Array.from([3, 9, 1, 7, 4, 4, 2, 8, 6, 5]), weights: fromNeighbourLists(lists) };
    const { f, g, d } = await agreement(input, 99);
    expect(d.n).toBe(9);
    expect(d.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(f.cluster[9]).toBe(5); // focal: island
    expect(g.clusters[9]).toBe(6); // GeoDa: isolated
  });

  it('on the municipios of public/data (real queen contiguity across borders)', async () => {
    const input = municipioInput();
    expect(input.values.length).toBeGreaterThan(600);
    const { d } = await agreement(input);
    expect(d.n).toBeGreaterThan(600);
    expect(d.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(d.meanDiffP).toBeLessThan(0.02);
    expect(d.classDiffShare).toBeLessThan(0.05);
  }, 60_000);
});

// Local Geary's c against GeoDa's `UniGeary` (the same package): cᵢ and the lag to 1e-9 (GeoDa
// writes cᵢ as zᵢ² − 2 zᵢ lagᵢ + Σⱼ wᵢⱼ zⱼ², focal as Σⱼ wᵢⱼ (zᵢ − zⱼ)²), pseudo p-values within
// Monte Carlo error — GeoDa's p counts the permuted values beyond the observed one on the side of
// the permutations' mean, focal's is esda's folded p, the two differ only near the middle — and
// the classes at p ≤ 0.05 (GeoDa's codes, which focal uses) mostly the same.
describe('Local Geary: focal equals GeoDa (@geoda/lisa)', () => {
  async function gearyAgreement(input: HotspotBenchInput, permutations = 999) {
    const f = hotspots(input.values, input.weights, { statistic: 'geary', permutations, seed: 7, alpha: 0.05, correction: 'none' });
    const lisa = await geodaLisa();
    const g = await lisa.localGeary({ data: Array.from(input.values), neighbors: neighbourLists(input.weights), permutation: permutations, significanceCutoff: 0.05, seed: 7 });
    expect(g.isValid).toBe(true);
    let n = 0;
    let maxDiffC = 0;
    let maxDiffLag = 0;
    let sumDiffP = 0;
    let classDiff = 0;
    let significant = 0;
    for (let i = 0; i < f.n; i++) {
      if (f.cluster[i] >= 5 || g.clusters[i] >= 5) continue;
      n++;
      maxDiffC = Math.max(maxDiffC, Math.abs(f.statisticValue[i] - g.lisaValues[i]));
      maxDiffLag = Math.max(maxDiffLag, Math.abs(f.lag[i] - g.lagValues[i]));
      sumDiffP += Math.abs(f.pSim[i] - g.pValues[i]);
      if (f.cluster[i] !== g.clusters[i]) classDiff++;
      if (f.cluster[i] !== 0) significant++;
    }
    expect(f.statisticValue.every((x, i) => f.cluster[i] >= 5 || Number.isFinite(x))).toBe(true);
    return { f, g, n, maxDiffC, maxDiffLag, meanDiffP: sumDiffP / n, classDiffShare: classDiff / n, significant };
  }

  it('on a 6×7 rook grid: cᵢ and lag to 1e-9, p within Monte Carlo error', async () => {
    const d = await gearyAgreement(gridInput(6, 7, 3));
    expect(d.n).toBe(42);
    expect(d.maxDiffC).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(Math.max(...Array.from(d.f.statisticValue))).toBeGreaterThan(1);
    expect(d.meanDiffP).toBeLessThan(0.05);
  });

  it('on the municipios of public/data (real queen contiguity across borders)', async () => {
    const d = await gearyAgreement(municipioInput());
    expect(d.n).toBeGreaterThan(600);
    expect(d.maxDiffC).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(d.meanDiffP).toBeLessThan(0.03);
    expect(d.classDiffShare).toBeLessThan(0.05);
    // Not vacuous: some units are significant, in more than one class.
    expect(d.significant).toBeGreaterThan(20);
    expect(new Set(Array.from(d.f.cluster).filter((c) => c >= 1 && c <= 4)).size).toBeGreaterThan(1);
  }, 60_000);
});
