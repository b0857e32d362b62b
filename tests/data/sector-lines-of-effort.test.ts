/**
 * Investment sectors tagged with the lines of effort of the Collaborative Migration Management
 * Strategy, and the coverage engine filtering and counting by them.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { knownSectorLinesOfEffort, linesOfEffortMask, sectorLinesOfEffort } from '../../src/lib/data/sector-lines-of-effort.ts';
import { splitList, type CoverageUnit, type InvestmentRecord } from '../../src/lib/data/coverage-input.ts';
import { coverageByUnit } from '../../src/lib/data/coverage-by-unit.ts';
import { readRows } from './public-data.ts';
import { sectorKey } from '../../src/lib/data/sector-pillars.ts';

describe('sector → lines of effort', () => {
  it('lists every sector of public/data/investments.csv explicitly (an empty list is a decision)', () => {
    const sectors = new Set(readRows('investments.csv').flatMap((r) => splitList(r.sector)));
    expect([...sectors].filter((s) => knownSectorLinesOfEffort(s) === null)).toEqual([]);
    const tagged = [...sectors].filter((s) => sectorLinesOfEffort(s).length > 0);
    expect(tagged.map((s) => [sectorKey(s), sectorLinesOfEffort(s)])).toEqual([['emergency assistance and reconstruction, combinations ofpurposes', [1]]]);
  });

  it('reads CRS names a planner’s file may carry; unknown sectors serve no line', () => {
    expect(sectorLinesOfEffort('Facilitation of orderly, safe, regular and responsible migration and mobility')).toEqual([4, 5, 6, 8]);
    expect(sectorLinesOfEffort('Human rights')).toEqual([3]);
    expect(sectorLinesOfEffort('Space exploration')).toEqual([]);
    expect(linesOfEffortMask([1, 8])).toBe(0b1000_0001);
    expect(linesOfEffortMask([])).toBe(0);
  });
});

describe('the coverage engine by line of effort', () => {
  const sq = (x0: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, 14], [x0 + 1, 14], [x0 + 1, 15], [x0, 15], [x0, 14]]] });
  const units: CoverageUnit[] = [
    { unit_id: 'HN0101', country: 'HN', dept_code: '01', geometry: sq(-88) },
    { unit_id: 'HN0102', country: 'HN', dept_code: '01', geometry: sq(-87) },
  ];
  const row = (r: Partial<InvestmentRecord>): InvestmentRecord => ({
    activity_id: '', donor: 'D', sector: '', office: '', start_year: NaN, end_year: NaN, amount_usd: 10, country: 'HN',
    unit_id: '', lon: NaN, lat: NaN, precision: NaN, level: 'municipio', status: '', ...r,
  });
  const rows = [
    row({ activity_id: 'e', sector: 'Emergency assistance and reconstruction, combinations ofpurposes; Agriculture, purpose unspecified', unit_id: 'HN0101' }),
    row({ activity_id: 'm', sector: 'Facilitation of orderly, safe, regular and responsible migration and mobility', unit_id: 'HN0101' }),
    row({ activity_id: 'm', sector: 'Facilitation of orderly, safe, regular and responsible migration and mobility', unit_id: 'HN0102', amount_usd: 5 }),
    row({ activity_id: 'a', sector: 'Agriculture, purpose unspecified', unit_id: 'HN0102' }),
  ];
  const all = coverageByUnit(units, rows);

  it('counts distinct activities per unit and line', () => {
    const l = all.result.loeActivities;
    expect(Array.from(l.subarray(0, 8))).toEqual([1, 0, 0, 1, 1, 1, 0, 1]);
    expect(Array.from(l.subarray(8, 16))).toEqual([0, 0, 0, 1, 1, 1, 0, 1]);
  });

  it('keeps the rows of a sector serving the line asked for, and nothing else', () => {
    const one = coverageByUnit(units, rows, { prepared: all.prepared, filter: { linesOfEffort: [1] } }).result;
    expect(Array.from(one.amount)).toEqual([10, 0]);
    const five = coverageByUnit(units, rows, { prepared: all.prepared, filter: { linesOfEffort: [5] } }).result;
    expect(Array.from(five.amount)).toEqual([10, 5]);
    expect(five.totals.excluded).toBe(2);
    const two = coverageByUnit(units, rows, { prepared: all.prepared, filter: { linesOfEffort: [2] } }).result;
    expect(two.totals.rows.total).toBe(0);
    expect(() => coverageByUnit(units, rows, { prepared: all.prepared, filter: { linesOfEffort: [9] } })).toThrow(/1 to 8/);
  });
});
