import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SPEC_PATH } from './index-spec-fixtures.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { readRankYears } from '../../src/cli/read-rank-years.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { rankUnitsInYear } from '../../src/lib/data/rank-units-in-year.ts';
import { scoreTrend } from '../../src/lib/data/score-trend.ts';
import type { RankTables, RankUnit } from '../../src/lib/data/rank-types.ts';
import type { YearSeries } from '../../src/lib/data/year-columns.ts';
import { PUBLIC_DATA, readRows } from './public-data.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const units: RankUnit[] = ['a', 'b', 'c'].map((id, i) => ({ unit_id: id, name: id, department: '', country: i < 2 ? 'X' : 'Y' }));

const spec = (indicators: { id: string; direction: 1 | -1 }[], patch: Record<string, unknown> = {}): IndexSpec =>
  parseIndexSpec({
    focal_spec: 1,
    data: { units: { file: 'u.csv', key: 'unit_id' }, values: { file: 'v.csv', format: 'long', key: 'unit_id' } },
    indicators: indicators.map((i) => ({ ...i, weight: 1, parent: 'index' })),
    groups: [{ id: 'index', parent: null, weight: 1 }],
    treatment: { method: 'none' },
    normalisation: { method: 'minmax', scope: 'region' },
    topN: 1,
    ...patch,
  });

/** The analysis fixture (tests/analysis/panel-index.test.ts) as tables: x and y in 2013 and 2018. */
const tables = (): RankTables => ({
  units,
  // The reference values are the 2018 ones (as indicators.csv holds a series' reference year).
  columns: new Map([
    ['x', f(20, 40, 50)],
    ['y', f(3, 3, 5)],
    ['w', f(0, 50, 100)],
  ]),
  years: new Map<string, YearSeries>([
    ['x', { years: [2013, 2018], columns: [f(10, 20, 30), f(20, 40, 50)] }],
    ['y', { years: [2013, 2018], columns: [f(1, 2, 3), f(3, 3, 5)] }],
  ]),
});

describe('rankUnits with a year: goalposts fixed over the years', () => {
  it('scores, ranks and the rank change, hand-computed', () => {
    // Over the panel x (min 10, max 50) → 2013: 0, 25, 50; 2018: 25, 75, 100; y (↓, min 1, max 5)
    // → 2013: 100, 75, 50; 2018: 50, 50, 0. Index 2013 = 50, 50, 50; 2018 = 37.5, 62.5, 50.
    const s = spec([{ id: 'x', direction: 1 }, { id: 'y', direction: -1 }], { year: 2018, compareYear: 2013 });
    const r = rankUnits(tables(), s);
    expect(Array.from(r.index.score)).toEqual([37.5, 62.5, 50]);
    expect(Array.from(r.index.rankRegion)).toEqual([3, 1, 2]);
    expect(Array.from(r.index.rankCountry)).toEqual([2, 1, 1]);
    expect(Array.from(r.order)).toEqual([1, 2, 0]);
    expect(Array.from(r.inTopN)).toEqual([0, 1, 0]);
    const t = r.time!;
    expect(t.year).toBe(2018);
    expect(t.years).toEqual([2013, 2018]);
    expect(Array.from(t.rankRegion[0])).toEqual([2, 2, 2]);
    // 2013 → 2018: a from 2 to 3 (down one), b from 2 to 1 (up one), c stays.
    expect(Array.from(t.compare!.region)).toEqual([-1, 1, 0]);
    expect(Array.from(t.compare!.country)).toEqual([-0.5, 0.5, 0]);
    expect(t.compare!.year).toBe(2013);
    // Without a year, the same tables give the 2018 values on 2018's own goalposts: 50, 83.3, 50.
    const plain = rankUnits(tables(), { ...s, year: undefined, compareYear: undefined });
    expect(plain.index.score[1]).toBeCloseTo(250 / 3, 10);
    expect(plain.time).toBeUndefined();
  });

  it('carries a series forward to a later year, leaves it missing before its first, repeats an indicator without years', () => {
    const t = tables();
    t.columns.set('z', f(1, 2, 3));
    t.years = new Map([...t.years!, ['z', { years: [2016], columns: [f(1, 2, 3)] }]]);
    // Years 2013, 2016, 2018. x: 2013, 2013, 2018 → over the panel 0, 25, 50 | 0, 25, 50 | 25, 75, 100.
    // z: none, 2016, 2016 → 0, 50, 100. w (no years): 0, 50, 100 in every year.
    const s = spec([{ id: 'x', direction: 1 }, { id: 'z', direction: 1 }, { id: 'w', direction: 1 }], { year: 2016 });
    const r = rankUnitsInYear(t, s);
    expect(r.result.time!.years).toEqual([2013, 2016, 2018]);
    expect(Object.fromEntries(r.result.time!.valueYears)).toEqual({ x: [2013, 2013, 2018], z: [null, 2016, 2016] });
    const scores = (year: number) => Array.from(rankUnits(t, { ...s, year }).index.score);
    // 2013 without z (2 of 3 weights ≥ 50%): (0+0)/2, (25+50)/2, (50+100)/2.
    expect(scores(2013)).toEqual([0, 37.5, 75]);
    expect(scores(2016)[1]).toBeCloseTo(125 / 3, 10);
    expect(scores(2016)[2]).toBeCloseTo(250 / 3, 10);
    expect(scores(2018)[0]).toBeCloseTo(25 / 3, 10);
    expect(scores(2018)[2]).toBe(100);
    // The year's input holds the columns the values come from (for what a score rests on).
    expect(Array.from(r.input.leaves.find((l) => l.id === 'x')!.values)).toEqual([10, 20, 30]);
    expect(r.input.leaves.find((l) => l.id === 'w')!.values).toBe(t.columns.get('w'));
  });

  it('refuses a year the yearly indicators do not have, missing yearly values, no yearly indicator, and a sensitivity', () => {
    const s = spec([{ id: 'x', direction: 1 }, { id: 'w', direction: 1 }], { year: 2015 });
    expect(() => rankUnits(tables(), s)).toThrow("year 2015 is not a year of the index's yearly indicators (2013, 2018)");
    expect(() => rankUnits(tables(), { ...s, year: 2018, compareYear: 2010 })).toThrow(/compareYear 2010 is not a year/);
    expect(() => rankUnits({ ...tables(), years: undefined }, { ...s, year: 2018 })).toThrow(/yearly values are not loaded/);
    expect(() => rankUnits(tables(), spec([{ id: 'w', direction: 1 }], { year: 2018 }))).toThrow(/no enabled indicator of the index has values by year/);
    expect(() => rankUnits(tables(), { ...s, year: 2018 }, { sensitivity: () => { throw new Error('never'); } })).toThrow(/sensitivity is not run/);
  });
});

describe('rankUnits with a year on the real SEGEPLAN ranking 2013 → 2018', () => {
  // Guatemala's municipal management score alone (↓ need), no treatment, min–max within country.
  const s = parseIndexSpec({
    focal_spec: 1,
    data: {
      units: { file: 'units.csv', key: 'unit_id', name: 'name', country: 'country', department: 'dept_name' },
      values: { file: 'indicators.csv', format: 'long', key: 'unit_id' },
    },
    indicators: [{ id: 'gt_segeplan_ranking_2018', direction: -1, weight: 1, parent: 'index' }],
    groups: [{ id: 'index', parent: null, weight: 1 }],
    treatment: { method: 'none' },
    normalisation: { method: 'minmax', scope: 'country' },
    year: 2018,
    compareYear: 2013,
  });
  const t = readRankTables(s, PUBLIC_DATA);
  t.years = readRankYears(s, PUBLIC_DATA, t.units);
  const r = rankUnits(t, s);
  const at = (id: string) => t.units.findIndex((u) => u.unit_id === id);

  // Independent: the rows of indicator-years.csv read with d3, goalposts = min and max over all
  // three years (0.0187 and 0.6749 over 1,014 unit-years), rank = 1 + units with a lower management
  // score in the year (more need) + half the ties.
  const rows = readRows('indicator-years.csv').filter((row) => row.indicator_id === 'gt_segeplan_ranking_2018');
  const byYear = (y: number) => new Map(rows.filter((row) => Number(row.year) === y).map((row) => [row.unit_id, Number(row.value)]));
  const all = rows.map((row) => Number(row.value));
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const rank = (y: number, id: string) => {
    const m = byYear(y);
    const v = m.get(id)!;
    const vs = [...m.values()];
    return vs.filter((x) => x < v).length + (vs.filter((x) => x === v).length + 1) / 2;
  };

  it('scores 2018 on the goalposts of 2013–2018', () => {
    expect(all.length).toBe(1014);
    expect([lo, hi]).toEqual([0.0187, 0.6749]);
    for (const id of ['GT1202', 'GT1415', 'GT0101']) {
      expect(r.index.score[at(id)]).toBeCloseTo((100 * (hi - byYear(2018).get(id)!)) / (hi - lo), 9);
    }
    // San Pedro Sacatepéquez (San Marcos): 0.5626 in 2018 → 100 (0.6749 − 0.5626) / 0.6562 = 17.11.
    expect(r.index.score[at('GT1202')]).toBeCloseTo(17.1137, 3);
  });

  it('the rank change of known municipios matches the count by hand', () => {
    const change = r.time!.compare!.country;
    // San Pedro Sacatepéquez: 0.1243 in 2013 (7th most in need of 334) → 0.5626 in 2018 (329th of 340): down 322.
    expect(rank(2013, 'GT1202')).toBe(7);
    expect(rank(2018, 'GT1202')).toBe(329);
    expect(change[at('GT1202')]).toBe(-322);
    // Uspantán (Quiché): 0.5166 (321st) → 0.2129 (30.5th, a tie): up 290.5.
    expect(change[at('GT1415')]).toBe(290.5);
    for (const id of ['GT0101', 'GT0805', 'GT1803']) expect(change[at(id)]).toBe(rank(2013, id) - rank(2018, id));
    // Municipios without a 2013 score (created since) have no rank change; Honduras and El Salvador no score.
    const created = t.units.findIndex((u) => u.country === 'GT' && !byYear(2013).has(u.unit_id));
    expect(change[created]).toBeNaN();
    expect(r.index.score[t.units.findIndex((u) => u.country === 'SV')]).toBeNaN();
    expect(created).toBeGreaterThan(0);
    expect(r.time!.valueYears.get('gt_segeplan_ranking_2018')).toEqual([2013, 2016, 2018]);
    expect(r.time!.countriesWithYears).toEqual(['GT']);
  });

  it("each unit's score in every panel year (the ranking's trend) on the same goalposts; a gap where a year has none; no trend outside Guatemala", () => {
    const time = r.time!;
    expect(time.years).toEqual([2013, 2016, 2018]);
    for (const id of ['GT1202', 'GT1415', 'GT0101']) {
      const trend = scoreTrend(time, at(id), 'GT')!;
      const want = time.years.map((y) => (100 * (hi - byYear(y).get(id)!)) / (hi - lo));
      Array.from(trend).forEach((v, k) => expect(v, `${id} ${time.years[k]}`).toBeCloseTo(want[k], 9));
    }
    // A municipio created after 2013 has no 2013 score: a gap, never 0.
    const created = t.units.findIndex((u) => u.country === 'GT' && !byYear(2013).has(u.unit_id));
    expect(scoreTrend(time, created, 'GT')![0]).toBeNaN();
    const hn = t.units.findIndex((u) => u.country === 'HN');
    expect(scoreTrend(time, hn, 'HN')).toBeNull();
  });
});

describe('rankUnits with a year on the default spec', () => {
  const base = parseIndexSpec(JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')));
  const t = readRankTables(base, PUBLIC_DATA);
  t.years = readRankYears(base, PUBLIC_DATA, t.units);
  const ref = rankUnits(t, base);
  const y2018 = rankUnits(t, { ...base, year: 2018, compareYear: 2013 });

  it('prepares an indicator without years exactly as the index without years (COINr treatment included)', () => {
    const plain = base.indicators.filter((i) => i.id !== 'gt_segeplan_ranking_2018').map((i) => i.id);
    expect(plain.length).toBeGreaterThan(10);
    for (const id of plain) expect(y2018.index.nodeScores.get(id), id).toEqual(ref.index.nodeScores.get(id));
    // Pillars without a yearly indicator are unchanged; pillar II holds SEGEPLAN and moves.
    for (const g of ['migration', 'I', 'III', 'IV', 'V']) expect(y2018.index.nodeScores.get(g), g).toEqual(ref.index.nodeScores.get(g));
    expect(y2018.index.nodeScores.get('II')).not.toEqual(ref.index.nodeScores.get('II'));
    // Honduras and El Salvador have no yearly indicator: their scores are the reference ones.
    const hn = t.units.findIndex((u) => u.country === 'HN');
    expect(y2018.index.score[hn]).toBe(ref.index.score[hn]);
    expect(y2018.time!.compare!.country[hn]).toBe(0);
  });
});
