import { describe, expect, it } from 'vitest';
import type { IndexOptions } from '../../src/lib/analysis/composite-types.ts';
import { panelIndex, rankChange, type PanelIndexInput } from '../../src/lib/analysis/panel-index.ts';

const options: IndexOptions = {
  treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
  normalisation: { method: 'minmax', range: [0, 100], scope: 'region' },
  aggregation: 'arithmetic',
  minWeightShare: 0.5,
};

/**
 * Three units, two years. x (↑ need): 2013 = 10, 20, 30; 2018 = 20, 40, 50 → over the panel
 * (min 10, max 50): 0, 25, 50 | 25, 75, 100. y (↓ need): 2013 = 1, 2, 3; 2018 = 3, 3, 5 → (5 − y) · 25:
 * 100, 75, 50 | 50, 50, 0. Index (equal weights) 2013 = 50, 50, 50; 2018 = 37.5, 62.5, 50.
 */
const input = (): PanelIndexInput => ({
  n: 3,
  years: [2013, 2018],
  scopeGroup: Int32Array.of(0, 0, 1),
  groups: [{ id: 'index', parent: null, weight: 1 }],
  leaves: [
    { id: 'x', parent: 'index', weight: 1, direction: 1, byYear: [Float64Array.of(10, 20, 30), Float64Array.of(20, 40, 50)] },
    { id: 'y', parent: 'index', weight: 1, direction: -1, byYear: [Float64Array.of(1, 2, 3), Float64Array.of(3, 3, 5)] },
  ],
  options,
});

describe('panelIndex: goalposts fixed across years', () => {
  it('normalises over all unit-years, hand-computed', () => {
    const r = panelIndex(input());
    const [a, b] = r.years;
    expect(a.year).toBe(2013);
    expect(Array.from(a.score)).toEqual([50, 50, 50]);
    expect(Array.from(b.score)).toEqual([37.5, 62.5, 50]);
    // The same raw x (20) scores the same in both years: unit 2 in 2013, unit 1 in 2018.
    const x = r.stacked.nodeScores.get('x')!;
    expect(x[1]).toBe(25);
    expect(x[3]).toBe(25);
  });

  it('ranks within each year, region and country, and the rank change between years', () => {
    const [a, b] = panelIndex(input()).years;
    expect(Array.from(a.rankRegion)).toEqual([2, 2, 2]);
    expect(Array.from(b.rankRegion)).toEqual([3, 1, 2]);
    expect(Array.from(b.rankCountry)).toEqual([2, 1, 1]);
    expect(Array.from(rankChange(a.rankRegion, b.rankRegion))).toEqual([-1, 1, 0]);
  });

  it('differs from normalising each year on its own (the reason for fixed goalposts)', () => {
    const one = panelIndex({ ...input(), years: [2018], leaves: input().leaves.map((l) => ({ ...l, byYear: [l.byYear[1]] })) });
    // 2018 alone: x → 0, 66.7, 100; y → 100, 100, 0; index 50, 83.3, 50 — not 37.5, 62.5, 50.
    expect(one.years[0].score[1]).toBeCloseTo(250 / 3, 10);
  });

  it('a unit missing in one year is unscored in that year only', () => {
    const i = input();
    i.leaves[0].byYear[1][2] = NaN;
    i.leaves[1].byYear[1][2] = NaN;
    const [a, b] = panelIndex(i).years;
    // The goalposts are what the panel has: x 10–40, y 1–3, so unit 3 in 2013 is (66.7 + 0) / 2.
    expect(a.score[2]).toBeCloseTo(100 / 3, 10);
    expect(b.score[2]).toBeNaN();
    expect(rankChange(a.rankRegion, b.rankRegion)[2]).toBeNaN();
  });

  it('refuses a leaf without a column for every year', () => {
    const i = input();
    i.leaves[1].byYear.pop();
    expect(() => panelIndex(i)).toThrow(/"y" has 1 years of values for 2 years/);
  });
});

describe('panelIndex: each year as an index result', () => {
  it('slices node scores and contributions to the year, ranks within it', () => {
    const r = panelIndex(input());
    const b = r.years[1].index;
    expect(Array.from(b.score)).toEqual([37.5, 62.5, 50]);
    // 2018: x → 25, 75, 100; y → 50, 50, 0 (hand-computed above); contributions w·x / Σw.
    expect(Array.from(b.nodeScores.get('x')!)).toEqual([25, 75, 100]);
    expect(Array.from(b.nodeScores.get('y')!)).toEqual([50, 50, 0]);
    expect(Array.from(b.contributions.get('x')!)).toEqual([12.5, 37.5, 50]);
    expect(Array.from(b.rankRegion)).toEqual([3, 1, 2]);
    expect(b.treatment).toBe(r.stacked.treatment);
  });
});
