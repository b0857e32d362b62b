import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { balanceSum, computeCoverage, unplacedMoney } from '../../src/lib/analysis/coverage.ts';
import { PLACE_KIND } from '../../src/lib/analysis/coverage-types.ts';
import { coverageByUnit } from '../../src/lib/data/coverage-by-unit.ts';
import type { CoverageUnit, InvestmentRecord } from '../../src/lib/data/coverage-input.ts';

const sq = (x0: number, y0: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x0 + 1, y0], [x0 + 1, y0 + 1], [x0, y0 + 1], [x0, y0]]] });
const units: CoverageUnit[] = [
  { unit_id: 'GT0101', country: 'GT', dept_code: '01', geometry: sq(-90, 14) },
  { unit_id: 'GT0102', country: 'GT', dept_code: '01', geometry: sq(-89, 14) },
  { unit_id: 'GT0201', country: 'GT', dept_code: '02', geometry: sq(-90, 15) },
  { unit_id: 'HN0101', country: 'HN', dept_code: '01', geometry: sq(-88, 14) },
];
const population = Float64Array.from([100, 300, 600, NaN]);
const emigrants = Float64Array.from([10, NaN, NaN, NaN]);

const row = (r: Partial<InvestmentRecord>): InvestmentRecord => ({
  activity_id: '', donor: '', sector: '', office: '', start_year: NaN, end_year: NaN, amount_usd: NaN, country: 'GT',
  unit_id: '', lon: NaN, lat: NaN, precision: NaN, level: '', status: '', ...r,
});
const rows: InvestmentRecord[] = [
  row({ activity_id: 'a1', donor: 'D1; D2', sector: 'Economic growth', amount_usd: 100, unit_id: 'GT0101', level: 'municipio' }),
  row({ activity_id: 'a1', donor: 'D1', sector: 'Economic growth', amount_usd: 50, lon: -89.5, lat: 14.5, precision: 1, level: 'municipio' }),
  row({ activity_id: 'a2', donor: 'D3', sector: 'Democracy, human rights and governance', lon: -88.5, lat: 14.5, precision: 3, level: 'municipio' }),
  row({ activity_id: 'a3', donor: 'D1', sector: 'Multisector aid', amount_usd: 1000, lon: -89.5, lat: 14.5, precision: 4, level: 'department' }),
  row({ activity_id: 'a4', donor: 'D2', amount_usd: 2000, precision: 8, level: 'country' }),
  row({ activity_id: 'a5', amount_usd: 7, lon: -70, lat: 14.5, precision: 1 }),
  row({ activity_id: 'a6', amount_usd: 11, lon: 14.5, lat: -89.5, precision: 1 }),
  row({ activity_id: 'a7', amount_usd: 13, level: 'municipio' }),
  row({ activity_id: 'a8', amount_usd: 17, unit_id: 'GT9999' }),
  row({ activity_id: 'a9', amount_usd: 19, lon: -87.5, lat: 14.5, precision: 4, country: 'HN' }),
  row({ activity_id: 'a10', donor: 'D3', sector: 'Health and education', office: 'HEO', status: 'Completion', amount_usd: 23, unit_id: 'GT0201', start_year: 2010, end_year: 2012 }),
  // A precision-4 point stated as municipio: the coarser level wins, never the municipio under it.
  row({ activity_id: 'a11', amount_usd: 29, lon: -88.5, lat: 14.5, precision: 4, level: 'municipio' }),
];

describe('coverageByUnit on a hand-computed fixture', () => {
  const { prepared, result } = coverageByUnit(units, rows, { population, emigrants });

  it('places by code and by point, and keeps department, country, outside, swapped, no-place and unknown rows apart', () => {
    const K = PLACE_KIND;
    expect(Array.from(prepared.input.kind)).toEqual([K.unit, K.point, K.point, K.department, K.nationwide, K.outside, K.swapped, K.noPlace, K.unknownUnit, K.department, K.unit, K.department]);
    expect(Array.from(prepared.input.unit)).toEqual([0, 0, 1, -1, -1, -1, -1, -1, -1, -1, 2, -1]);
    expect(prepared.swappedUnit[6]).toBe(0);
  });

  it('counts distinct activities and donors per unit, money, per capita and per emigrant (NaN, never 0, when unknown)', () => {
    expect(Array.from(result.activities)).toEqual([1, 1, 1, 0]);
    expect(Array.from(result.donors)).toEqual([2, 1, 1, 0]);
    // HN0101: Honduras has only a department-level row here, no municipio-level source: its money
    // is unknown (NaN), not 0, and it is marked as such.
    expect(Array.from(result.amount)).toEqual([150, NaN, 23, NaN]);
    expect(Array.from(result.sourced)).toEqual([1, 1, 1, 0]);
    expect(Array.from(result.rowsWithoutAmount)).toEqual([0, 1, 0, 0]);
    expect(result.perCapita[0]).toBe(1.5);
    expect(result.perCapita[2]).toBeCloseTo(23 / 600, 15);
    expect(result.perCapita[3]).toBeNaN();
    expect(result.perEmigrant[0]).toBe(15);
    expect(result.perEmigrant[2]).toBeNaN();
    // pillars: a1 → I in GT0101, a2 → II in GT0102, a10 → I in GT0201
    expect(Array.from(result.pillarActivities.subarray(0, 6))).toEqual([1, 0, 0, 0, 0, 0]);
    expect(Array.from(result.pillarActivities.subarray(6, 12))).toEqual([0, 1, 0, 0, 0, 0]);
    expect(Array.from(result.pillarActivities.subarray(12, 18))).toEqual([1, 0, 0, 0, 0, 0]);
    expect(prepared.offices).toEqual(['HEO']);
    expect(Array.from(result.officeActivities)).toEqual([0, 0, 1, 0]);
  });

  it('balances the money: every dollar in exactly one place, the total the sum of the rows', () => {
    const m = result.totals.money;
    expect(m).toEqual({ total: 3269, located: 173, spread: 0, department: 1048, nationwide: 2000, outside: 7, swapped: 11, noPlace: 13, unknownUnit: 17 });
    expect(balanceSum(m)).toBe(m.total);
    expect(unplacedMoney(m)).toBe(3096);
    expect(result.totals.rows).toEqual({ total: 12, located: 4, spread: 0, department: 3, nationwide: 1, outside: 1, swapped: 1, noPlace: 1, unknownUnit: 1 });
    expect(result.totals.rowsWithoutAmount).toBe(1);
    expect(result.totals.activities).toBe(11);
  });

  it('spreads department and country money by population only when asked, and only where every municipio has a population', () => {
    const { result: s } = coverageByUnit(units, rows, { population, emigrants, spread: 'population', prepared });
    // dept GT 01 (pop 100, 300) shares 1000 and 29; GT (100, 300, 600) shares 2000; HN 01 has no population.
    expect(s.amountSpread[0]).toBeCloseTo(250 + 7.25 + 200, 9);
    expect(s.amountSpread[1]).toBeCloseTo(750 + 21.75 + 600, 9);
    expect(s.amountSpread[2]).toBeCloseTo(1200, 9);
    expect(s.amountSpread[3]).toBe(0);
    expect(s.amount[1]).toBeCloseTo(1371.75, 9); // no longer NaN: it got a share
    expect(Array.from(s.activities)).toEqual([1, 1, 1, 0]); // spreading moves money, not activities
    expect(s.totals.money).toMatchObject({ total: 3269, located: 173, spread: 3029, department: 19, nationwide: 0 });
    expect(s.totals.notSpread).toBe(1);
    expect(balanceSum(s.totals.money)).toBe(3269);
  });

  it('filters by donor, pillar, sector, years and status', () => {
    const by = (filter: object) => coverageByUnit(units, rows, { prepared, filter }).result;
    const d1 = by({ donors: ['d1'] }); // a1 (two rows) and a3
    expect(d1.totals.money).toMatchObject({ total: 1150, located: 150, department: 1000 });
    expect(d1.totals.excluded).toBe(9);
    const y = by({ years: [2011, 2011] });
    expect(y.totals.money.total).toBe(23);
    expect(y.totals.excludedNoYear).toBe(11);
    expect(by({ years: [2013, 2020] }).totals.rows.total).toBe(0);
    const p2 = by({ pillars: ['II'] });
    expect(p2.totals.rows.total).toBe(1);
    expect(p2.totals.money.total).toBe(0);
    expect(Array.from(p2.activities)).toEqual([0, 1, 0, 0]);
    expect(by({ sectors: ['economic growth'] }).totals.money.total).toBe(150);
    expect(by({ statuses: ['Completion'] }).totals.money.total).toBe(23);
    expect(() => by({ donors: ['Nobody'] })).toThrow(/unknown donor "Nobody"; the data have 3: "D1", "D2", "D3"/);
    expect(() => by({ years: [2015, 2010] })).toThrow(/years/);
  });
});

describe('computeCoverage', () => {
  it('refuses columns of different lengths and a placed row without a unit', () => {
    const { prepared } = coverageByUnit(units, rows.slice(0, 1));
    expect(() => computeCoverage({ ...prepared.input, amount: new Float64Array(2) })).toThrow(/amount has 2 rows, kind has 1/);
    expect(() => computeCoverage({ ...prepared.input, unit: Int32Array.from([7]) })).toThrow(/row 0 is placed in unit 7/);
  });
});
