// GeoDa's differential local Moran (Anselin, GeoDa workbook "Local Spatial Autocorrelation",
// Differential Moran): the univariate Local Moran's I of the change yₜ₂ − yₜ₁, standardised. focal
// computes it as hotspots() on changeBetween(…, 'absolute'); the reference is GeoDa's own C++
// (@geoda/lisa) given the differences computed independently here.
import { describe, expect, it } from 'vitest';
import { changeBetween } from '../../src/lib/analysis/change-between.ts';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { compareLocalMoran, geodaLocalMoran } from '../../scripts/bench/hotspots-bench.ts';
import { gridInput, municipioTopologies, neighbourLists } from '../../scripts/bench/hotspot-bench-inputs.ts';
import { readFileSync } from 'node:fs';
import { subsetWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import { yearColumnsFromCsv } from '../../src/lib/data/year-columns.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';

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

// The same check on the real yearly series of public/data, as the Hotspots panel runs it: the change
// between two years of the 682-unit columns (NaN outside the series' country), focal's hotspots()
// on the app's queen contiguity snapped at 500 m, against GeoDa given the differences computed from
// the file's text and the contiguity among the units that have both years.
describe('differential local Moran on the real series equals GeoDa', () => {
  const topologies = municipioTopologies();
  const features = unitFeatures(topologies);
  const ids = features.map((f) => f.properties.unit_id);
  const weights = contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 });
  const csv = readFileSync('public/data/indicator-years.csv', 'utf8');
  const series = yearColumnsFromCsv(csv, new Map(ids.map((u, i) => [u, i])), ids.length);
  /** Each unit's value of `id` in `year`, read from the text line by line (NaN where there is no line). */
  const raw = (id: string, year: number): Float64Array => {
    const out = new Float64Array(ids.length).fill(NaN);
    const at = new Map(ids.map((u, i) => [u, i]));
    for (const line of csv.split('\n')) {
      const [u, ind, y, v] = line.split(',');
      if (ind === id && Number(y) === year && v !== '' && at.has(u)) out[at.get(u)!] = Number(v);
    }
    return out;
  };

  async function agreement(id: string, first: number, second: number) {
    const s = series.get(id)!;
    const change = changeBetween(s.columns[s.years.indexOf(first)], s.columns[s.years.indexOf(second)], 'absolute');
    const f = hotspots(change.values, weights, { statistic: 'moran', permutations: 999, seed: 7, alpha: 0.05, correction: 'none' });
    const a = raw(id, first);
    const b = raw(id, second);
    const keep = Uint8Array.from(a, (x, i) => (Number.isFinite(x) && Number.isFinite(b[i]) ? 1 : 0));
    const sub = subsetWeights(weights, keep);
    const data = Array.from(sub.index, (i) => b[i] - a[i]);
    const g = await geodaLocalMoran({ data, neighbors: neighbourLists(sub.weights) }, 999, 7);
    expect(g.isValid).toBe(true);
    let n = 0;
    let maxDiffI = 0;
    let maxDiffLag = 0;
    let sumDiffP = 0;
    sub.index.forEach((i, j) => {
      if (f.cluster[i] >= 5 || g.clusters[j] >= 5 || g.nn[j] === 0) return;
      n++;
      maxDiffI = Math.max(maxDiffI, Math.abs(f.statisticValue[i] - g.lisaValues[j]));
      maxDiffLag = Math.max(maxDiffLag, Math.abs(f.lag[i] - g.lagValues[j]));
      sumDiffP += Math.abs(f.pSim[i] - g.pValues[j]);
    });
    return { f, n, kept: sub.index.length, maxDiffI, maxDiffLag, meanDiffP: sumDiffP / n };
  }

  it('El Salvador departures 2014 → 2023: 44 municipios, Iᵢ and lag to 1e-9, p within Monte Carlo error', async () => {
    const r = await agreement('sv_emigrants_departed_per_1000', 2014, 2023);
    expect(r.kept).toBe(44);
    expect(r.f.missing.length).toBe(ids.length - 44);
    expect(r.n).toBeGreaterThanOrEqual(40);
    expect(r.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(r.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(r.meanDiffP).toBeLessThan(0.03);
    // Not vacuous: some |Iᵢ| is sizeable.
    expect(Math.max(...Array.from(r.f.statisticValue).filter(Number.isFinite).map(Math.abs))).toBeGreaterThan(0.5);
  }, 60_000);

  it('SEGEPLAN 2013 → 2018: the 334 Guatemalan municipios with both years, Iᵢ and lag to 1e-9', async () => {
    const r = await agreement('gt_segeplan_ranking_2018', 2013, 2018);
    expect(r.kept).toBe(334);
    expect(r.n).toBeGreaterThan(320);
    expect(r.maxDiffI).toBeLessThanOrEqual(1e-9);
    expect(r.maxDiffLag).toBeLessThanOrEqual(1e-9);
    expect(r.meanDiffP).toBeLessThan(0.02);
  }, 60_000);
});
