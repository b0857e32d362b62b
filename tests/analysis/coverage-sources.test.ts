/**
 * "No false zeros": a country with no municipio-level investment source gets the
 * class "no investment data", no money figure (NaN, not 0), and is left out of the underserved list
 * and the concentration figures; a country with a source keeps "no coverage" where it has nothing,
 * whatever the filter.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { coverageSources } from '../../src/lib/analysis/coverage-sources.ts';
import { coverageByUnit } from '../../src/lib/data/coverage-by-unit.ts';
import type { CoverageUnit, InvestmentRecord } from '../../src/lib/data/coverage-input.ts';
import { bivariateClasses, coverageClasses, NO_COVERAGE, NO_SOURCE } from '../../src/lib/analysis/bivariate-classes.ts';
import { bivariateFill, coverageFill, NO_SOURCE_COLOUR } from '../../src/lib/map/coverage-colours.ts';
import { coverageConcentration } from '../../src/lib/state/coverage-concentration.ts';
import { underservedUnits } from '../../src/lib/state/coverage-underserved.ts';
import { coverageTable } from '../../src/lib/export/coverage-table.ts';
import { tableCsv } from '../../src/lib/export/csv.ts';

const sq = (x0: number, y0: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x0 + 1, y0], [x0 + 1, y0 + 1], [x0, y0 + 1], [x0, y0]]] });
// Two GT municipios, one HN, two SV; the SV rows are a nationwide one and a HN point that lies in SV.
const units: CoverageUnit[] = [
  { unit_id: 'GT0101', country: 'GT', dept_code: '01', geometry: sq(-91, 14) },
  { unit_id: 'GT0102', country: 'GT', dept_code: '01', geometry: sq(-90, 14) },
  { unit_id: 'HN0101', country: 'HN', dept_code: '01', geometry: sq(-88, 15) },
  { unit_id: 'SV01001', country: 'SV', dept_code: '01', geometry: sq(-89, 13) },
  { unit_id: 'SV01002', country: 'SV', dept_code: '01', geometry: sq(-88, 13) },
];
const row = (r: Partial<InvestmentRecord>): InvestmentRecord => ({
  activity_id: '', donor: '', sector: '', office: '', start_year: NaN, end_year: NaN, amount_usd: NaN, country: 'GT',
  unit_id: '', lon: NaN, lat: NaN, precision: NaN, level: '', status: '', ...r,
});
const rows: InvestmentRecord[] = [
  row({ activity_id: 'g1', donor: 'USAID', unit_id: 'GT0101', level: 'municipio' }),
  row({ activity_id: 'h1', donor: 'IDB', country: 'HN', amount_usd: 500, lon: -87.5, lat: 15.5, precision: 1, start_year: 2009, end_year: 2016 }),
  row({ activity_id: 'h2', donor: 'IDB', country: 'HN', amount_usd: 40, lon: -87.5, lat: 13.5, precision: 1, start_year: 2014 }),
  row({ activity_id: 's1', donor: 'EU', country: 'SV', amount_usd: 900, level: 'country', start_year: 2020 }),
];
const population = Float64Array.from([100, 100, 1000, 50, 50]);

describe('coverageSources', () => {
  const { prepared, result } = coverageByUnit(units, rows, { population });

  it('covers a country only when one of its own rows is placed in one of its municipios', () => {
    const s = coverageSources(prepared.input);
    expect(prepared.countries).toEqual(['GT', 'HN', 'SV']);
    // SV: a nationwide row and a Honduran point across the border; neither is Salvadoran municipio data.
    expect(Array.from(s.sourcedCountry)).toEqual([1, 1, 0]);
    expect(Array.from(s.sourcedUnit)).toEqual([1, 1, 1, 0, 0]);
    expect(Array.from(result.sourced)).toEqual([1, 1, 1, 0, 0]);
    expect(result.activities[4]).toBe(1); // the Honduran point still counts where it lies
  });

  it('summarises each country’s rows: amounts, years, last start year', () => {
    const s = coverageSources(prepared.input).byCountry;
    expect(s[0]).toEqual({ rows: 1, placedRows: 1, rowsWithAmount: 0, rowsWithYear: 0, firstStartYear: NaN, lastStartYear: NaN, lastEndYear: NaN });
    expect(s[1]).toEqual({ rows: 2, placedRows: 2, rowsWithAmount: 2, rowsWithYear: 2, firstStartYear: 2009, lastStartYear: 2014, lastEndYear: 2016 });
    expect(s[2]).toEqual({ rows: 1, placedRows: 0, rowsWithAmount: 1, rowsWithYear: 1, firstStartYear: 2020, lastStartYear: 2020, lastEndYear: NaN });
  });

  it('gives a country without a source no money and no money per capita (NaN), a covered one 0', () => {
    expect(result.amount[1]).toBe(0); // GT0102: Guatemala has a source, nothing here
    expect(result.perCapita[1]).toBe(0);
    expect(result.amount[3]).toBeNaN(); // SV01001
    expect(result.perCapita[3]).toBeNaN();
    expect(result.perEmigrant[3]).toBeNaN();
  });

  it('does not let a filter turn a covered country into “no data”', () => {
    const eu = coverageByUnit(units, rows, { prepared, filter: { donors: ['EU'] } }).result;
    expect(Array.from(eu.sourced)).toEqual([1, 1, 1, 0, 0]);
    expect(eu.amount[0]).toBe(0);
    expect(eu.amount[2]).toBe(0);
    expect(eu.amount[3]).toBeNaN();
  });

  it('classes: “no investment data” for the country without a source, “no coverage” only in covered ones', () => {
    const c = coverageClasses(result.activities, result.amount, 3, result.sourced).classes;
    expect(c[1]).toBe(NO_COVERAGE);
    expect(c[3]).toBe(NO_SOURCE);
    expect(c[4]).toBe(NO_SOURCE);
    const need = [1, 5, 3, 9, 8];
    const b = bivariateClasses(need, result.activities, result.amount, result.sourced);
    expect(b.classes[3]).toBe(NO_SOURCE);
    expect(b.classes[4]).toBe(NO_SOURCE);
    // need terciles over the covered units only (1, 5, 3), not shifted by the SV 9 and 8
    expect(b.needBreaks[0]).toBeCloseTo(7 / 3, 12);
    expect(b.needBreaks[1]).toBeCloseTo(11 / 3, 12);
    const hex = (rgba: Uint8ClampedArray, i: number) => `#${[...rgba.slice(4 * i, 4 * i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(hex(coverageFill(c), 3)).toBe(NO_SOURCE_COLOUR);
    expect(hex(bivariateFill(b.classes), 4)).toBe(NO_SOURCE_COLOUR);
  });

  it('leaves the country without a source out of the underserved list and the concentration', () => {
    const inTopN = [0, 1, 0, 1, 1];
    const listed = underservedUnits({ need: [1, 5, 3, 9, 8], inTopN, inHotspot: null, activities: result.activities, maxActivities: 0, sourced: result.sourced });
    expect(listed.map((u) => u.index)).toEqual([1]);
    const without = underservedUnits({ need: [1, 5, 3, 9, 8], inTopN, inHotspot: null, activities: result.activities, maxActivities: 0 });
    expect(without.map((u) => u.index)).toEqual([3, 1]); // what the old rule listed: SV01001 first
    const c = coverageConcentration([1, 5, 3, 9, 8], result.amount, inTopN, result.sourced);
    expect(c.order).toEqual([1, 2, 0]);
    expect(c.topCount).toBe(1);
    expect(c.total).toBe(500);
    expect(c.topShare).toBe(0);
  });

  it('writes the per-capita and money cells of a country without a source empty in the CSV, a covered zero as 0', () => {
    const table = coverageTable(
      units.map((u) => ({ unit_id: u.unit_id, name: u.unit_id, department: u.dept_code, country: u.country })),
      result,
    );
    const lines = tableCsv(table).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    const cell = (line: number, col: string) => lines[line].split(',')[header.indexOf(col)];
    expect(cell(2, 'amount_per_capita_usd')).toBe('0'); // GT0102: covered, nothing there
    expect(cell(2, 'amount_usd')).toBe('0');
    expect(cell(4, 'amount_per_capita_usd')).toBe(''); // SV01001
    expect(cell(4, 'amount_usd')).toBe('');
    expect(cell(4, 'activities')).toBe('');
    expect(cell(4, 'investment_data')).toBe('0');
    expect(cell(2, 'investment_data')).toBe('1');
  });
});
