import { describe, expect, it } from 'vitest';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { RankTables } from '../../src/lib/data/rank-types.ts';
import type { YearSeries } from '../../src/lib/data/year-columns.ts';
import { panelYearsOf, withoutYear, yearlyIndicatorsOf } from '../../src/lib/state/index-year.ts';
import { effectiveSort, rankingRows, sortRows } from '../../src/lib/state/ranking-rows.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const years = new Map<string, YearSeries>([
  ['x', { years: [2013, 2018], columns: [f(10, 20, 30), f(20, 40, 50)] }],
  ['y', { years: [2013, 2016], columns: [f(1, 2, 3), f(3, 3, 5)] }],
]);
const spec = parseIndexSpec({
  focal_spec: 1,
  data: { units: { file: 'u.csv', key: 'unit_id' }, values: { file: 'v.csv', format: 'long', key: 'unit_id' } },
  indicators: [
    { id: 'x', direction: 1, weight: 1, parent: 'index' },
    { id: 'y', direction: -1, weight: 1, parent: 'index' },
    { id: 'w', direction: 1, weight: 1, parent: 'index', enabled: false },
  ],
  groups: [{ id: 'index', parent: null, weight: 1 }],
  treatment: { method: 'none' },
  normalisation: { method: 'minmax', scope: 'region' },
});

describe('the year choice of the index', () => {
  it('offers the union of the enabled yearly indicators’ years, none without yearly values', () => {
    expect(panelYearsOf(spec, years)).toEqual([2013, 2016, 2018]);
    expect(yearlyIndicatorsOf(spec, years)).toEqual(['x', 'y']);
    const xOff = { ...spec, indicators: spec.indicators.map((i) => (i.id === 'x' ? { ...i, enabled: false } : i)) };
    expect(panelYearsOf(xOff, years)).toEqual([2013, 2016]);
    expect(panelYearsOf(spec, null)).toEqual([]);
    const withYear = { ...spec, year: 2018, compareYear: 2013 };
    expect(withoutYear(withYear)).toEqual(spec);
    expect(withYear.year).toBe(2018);
  });

  it('the ranking rows carry the rank change; sorting by it puts the biggest move up first', () => {
    const tables: RankTables = {
      units: ['a', 'b', 'c'].map((id) => ({ unit_id: id, name: id, department: '', country: 'X' })),
      columns: new Map([
        ['x', f(20, 40, 50)],
        ['y', f(3, 3, 5)],
      ]),
      years,
    };
    // x over the panel (10–50) 2018: 25, 75, 100; y (↓, 1–5) carried from 2016: 50, 50, 0 → 37.5, 62.5, 50.
    // 2013: x 0, 25, 50; y 100, 75, 50 → 50, 50, 50 (all rank 2). Moves: a −1, b +1, c 0.
    const r = rankUnits(tables, { ...spec, year: 2018, compareYear: 2013 });
    const rows = rankingRows(r, null, []);
    expect(rows.map((x) => [x.id, x.rankChangeRegion, x.rankChangeCountry])).toEqual([
      ['b', 1, 1],
      ['c', 0, 0],
      ['a', -1, -1],
    ]);
    const sort = effectiveSort({ key: 'rankChangeCountry', dir: 'asc' }, [], false, undefined, true, true);
    expect(sortRows(rows, sort, []).map((x) => x.id)).toEqual(['a', 'c', 'b']);
    // Without a comparison the column is not shown: its sort falls back.
    expect(effectiveSort({ key: 'rankChangeCountry', dir: 'asc' }, [], false).key).toBe('rankRegion');
    expect(rankingRows(rankUnits(tables, spec), null, [])[0].rankChangeCountry).toBeNaN();
  });
});
