// "Statistics equal to GeoDa's": focal's Local Moran's I against GeoDa's own C++ code compiled to
// WebAssembly (`@geoda/lisa` 0.0.22, loaded under Node by scripts/bench/geoda-lisa.ts), on the same
// values and the same neighbour lists. Iᵢ and the spatial lag must agree to 1e-9; the pseudo
// p-values only within Monte Carlo error, as the two random generators differ.
import { describe, expect, it } from 'vitest';
import { fromNeighbourLists } from '../../src/lib/analysis/spatial-weights.ts';
import { compareLocalMoran, focalLocalMoran, geodaLocalMoran } from '../../scripts/bench/hotspots-bench.ts';
import { gridInput, municipioInput, type HotspotBenchInput } from '../../scripts/bench/hotspot-bench-inputs.ts';

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
