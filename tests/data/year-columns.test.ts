import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { yearColumnsFromCsv } from '../../src/lib/data/year-columns.ts';

const at = new Map([
  ['A', 0],
  ['B', 1],
  ['C', 2],
]);

describe('yearColumnsFromCsv', () => {
  it('puts each year in its own column aligned to the units, years ascending, missing as NaN', () => {
    const csv = 'unit_id,indicator_id,year,value\nA,x,2018,3\nB,x,2013,1.5\nA,x,2013,2\nZ,x,2016,9\nC,y,2020,\n';
    const cols = yearColumnsFromCsv(csv, at, 3);
    const x = cols.get('x')!;
    expect(x.years).toEqual([2013, 2016, 2018]);
    expect([...x.columns[0]]).toEqual([2, 1.5, NaN]);
    // The unknown unit Z makes the year exist but gives nobody a value.
    expect([...x.columns[1]]).toEqual([NaN, NaN, NaN]);
    expect([...x.columns[2]]).toEqual([3, NaN, NaN]);
    expect([...cols.get('y')!.columns[0]]).toEqual([NaN, NaN, NaN]);
  });

  it('refuses a wrong header and a year that is not a whole number', () => {
    expect(() => yearColumnsFromCsv('unit_id,indicator_id,value\nA,x,1\n', at, 3)).toThrow(/header/);
    expect(() => yearColumnsFromCsv('unit_id,indicator_id,year,value\nA,x,2018.5,1\n', at, 3)).toThrow(/line 2.*whole number/);
  });

  it('reads the default file: SEGEPLAN 2013/2016/2018 and El Salvador departures 2014–2023', () => {
    const csv = readFileSync('public/data/indicator-years.csv', 'utf8');
    const units = readFileSync('public/data/units.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0].replace(/"/g, ''));
    const cols = yearColumnsFromCsv(csv, new Map(units.map((u, i) => [u, i])), units.length);
    expect(cols.get('gt_segeplan_ranking_2018')!.years).toEqual([2013, 2016, 2018]);
    expect(cols.get('sv_emigrants_departed_per_1000')!.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const finite = (c: Float64Array) => c.filter(Number.isFinite).length;
    expect(cols.get('gt_segeplan_ranking_2018')!.columns.map(finite)).toEqual([334, 340, 340]);
    expect(cols.get('sv_emigrants_departed_per_1000')!.columns.every((c) => finite(c) === 44)).toBe(true);
    // GT0101 2013 from the file's first data row.
    expect(cols.get('gt_segeplan_ranking_2018')!.columns[0][units.indexOf('GT0101')]).toBe(0.5181);
  });
});
