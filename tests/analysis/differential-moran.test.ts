// GeoDa's differential local Moran (Anselin, GeoDa workbook "Local Spatial Autocorrelation",
// Differential Moran): the univariate Local Moran's I of the change yₜ₂ − yₜ₁, standardised. focal
// computes it as hotspots() on changeBetween(…, 'absolute'); the reference is GeoDa's own C++
// (@geoda/lisa) given the differences computed independently here.
import { describe, expect, it } from 'vitest';
import { changeBetween } from '../../src/lib/analysis/change-between.ts';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { compareLocalMoran, geodaLocalMoran } from '../../scripts/bench/hotspots-bench.ts';
import { gridInput, neighbourLists } from '../../scripts/bench/hotspot-bench-inputs.ts';

describe('differential local Moran equals GeoDa on the change between two years', () => {
  it('on a 20×25 rook grid with two autocorrelated years: Iᵢ and lag to 1e-9, p within Monte Carlo error', async () => {
    const year1 = gridInput(20, 25, 1);
    const year2 = gridInput(20, 25, 2);
    const change = changeBetween(year1.values, year2.values, 'absolute');
    const f = hotspots(change.values, year1.weights, { statistic: 'moran', permutations: 999, seed: 7, alpha: 0.05, correction: 'none' });
    const data = Array.from(year2.values, (v, i) => v - year1.values[i]);
    const g = await geodaLocalMoran({ data, neighbors: neighbourLists(year1.weights) }, 999, 7);
    expect(g.isValid).toBe(true);
    const d = compareLocalMoran(f, g);
    expect(d.n).toBe(500);
    expect(d.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(d.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(d.meanDiffP).toBeLessThan(0.02);
    // Not the same as the second year's own Local Moran: the change has its own clusters.
    const level = hotspots(year2.values, year2.weights, { statistic: 'moran', permutations: 99, seed: 7, alpha: 0.05, correction: 'none' });
    const differs = f.statisticValue.some((x, i) => Math.abs(x - level.statisticValue[i]) > 0.1);
    expect(differs).toBe(true);
  }, 60_000);

  it('a unit missing in either year is left out of the test, not given a zero change', () => {
    const year1 = gridInput(4, 4, 1);
    const v1 = year1.values.slice();
    const v2 = gridInput(4, 4, 2).values.slice();
    v2[5] = NaN;
    const change = changeBetween(v1, v2, 'absolute');
    const f = hotspots(change.values, year1.weights, { statistic: 'moran', permutations: 99, seed: 7, alpha: 0.05, correction: 'none' });
    expect(f.missing).toEqual([5]);
  });
});
