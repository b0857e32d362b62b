import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { detectLong } from '../../../src/lib/data/import/detect-long.ts';
import { guessIndicatorColumns, guessKey } from '../../../src/lib/data/import/guess-mapping.ts';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';
import type { ReshapeSpec } from '../../../src/lib/data/import/reshape-spec.ts';
import { reshapeTable } from '../../../src/lib/data/import/reshape-table.ts';
import { seriesColumns } from '../../../src/lib/data/import/series-columns.ts';
import { longFromSeries } from '../../../src/lib/data/import/series-long.ts';
import { ROOT } from '../public-data.ts';

function readCsv(path: string): RawTable {
  const [header, ...rows] = csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  return rawTableFromRows(path.split('/').pop()!, header, rows);
}

/** One row per Guatemalan municipio × year (2021–2023) × type (cronica, aguda, global); GT0102's 2023 aguda `casos` is empty. */
const NATIONAL = readCsv(join(ROOT, 'tests/fixtures/reshape/gt_desnutricion_municipio_anio_tipo.csv'));
/** El Salvador's census 2024 emigrants by municipio, sex, area, cause, year of departure and age group. */
const DETAIL = readCsv('/work/shared/data/indicators/slv_census2024_emigrants_detail.csv');

/** The reshaped table's cell `column` for the row whose `keyColumn` is `key`. */
function cell(t: RawTable, keyColumn: string, key: string, column: string): string | number | null | undefined {
  const r = t.values[t.columns.indexOf(keyColumn)].indexOf(key);
  expect(r, `row ${key}`).toBeGreaterThanOrEqual(0);
  const c = t.columns.indexOf(column);
  expect(c, `column ${column} in ${t.columns.join(', ')}`).toBeGreaterThanOrEqual(0);
  return t.values[c][r];
}

const base: ReshapeSpec = { keys: ['codigo_municipio'], yearColumn: 'anio', filters: [], aggregate: 'sum' };

describe('detectLong', () => {
  it('finds the national file long when it is read: 3,060 rows for 340 municipios, years 2021–2023, type as a category', () => {
    const long = detectLong(NATIONAL)!;
    expect(long).not.toBeNull();
    expect(long.rows).toBe(3060);
    expect(long.units).toBe(340);
    expect(long.years).toEqual([2021, 2022, 2023]);
    expect(long.spec).toMatchObject({ keys: ['codigo_municipio'], yearColumn: 'anio', year: 2023, aggregate: 'sum' });
    const tipo = long.categories.find((c) => c.column === 'tipo')!;
    expect(tipo.values.map((v) => v.value).sort()).toEqual(['aguda', 'cronica', 'global']);
    expect(tipo.values.every((v) => v.rows === 1020)).toBe(true);
    // The municipio's own columns are not categories.
    expect(long.categories.map((c) => c.column)).not.toContain('municipio');
  });

  it('leaves a one-row-per-municipio file alone', () => {
    const wide = reshapeTable(NATIONAL, { ...base, filters: [{ column: 'tipo', values: ['cronica'] }], year: 2023 }).table;
    expect(wide.rowCount).toBe(340);
    expect(detectLong(wide)).toBeNull();
  });

  it("finds the census detail file long (50,714 rows) with the year of departure as its year column", () => {
    const long = detectLong(DETAIL)!;
    expect(long.rows).toBe(50714);
    expect(long.spec.yearColumn).toBe('year_departure');
    // The municipio by its name with its department (not dept_geo_code, the first column named like a code).
    expect(long.key).toEqual({ by: 'name', column: 'munic_name_inferred', deptColumn: 'depto' });
    expect(long.units).toBe(44);
    expect(long.years).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const c of ['sex', 'urban_rural', 'cause']) expect(long.categories.map((x) => x.column)).toContain(c);
  });
});

describe('reshapeTable on the national file (hand-computed from the fixture rows)', () => {
  it('keeps year 2023 and type cronica: one row per municipio, the value as given', () => {
    const r = reshapeTable(NATIONAL, { ...base, year: 2023, filters: [{ column: 'tipo', values: ['cronica'] }] });
    expect(r.table.rowCount).toBe(340);
    expect(r.rowsKept).toBe(340);
    expect(r.combinedCells).toBe(0);
    expect(cell(r.table, 'codigo_municipio', '0101', 'casos')).toBe(20);
    expect(cell(r.table, 'codigo_municipio', '0102', 'casos')).toBe(27);
    expect(cell(r.table, 'codigo_municipio', '0101', 'tasa')).toBe(9);
    // The municipio's name and department go along; the year, type and breakdowns do not.
    expect(r.table.columns).toEqual(['codigo_municipio', 'municipio', 'departamento', 'casos', 'tasa']);
    expect(cell(r.table, 'codigo_municipio', '0102', 'municipio')).toBe('Santa Catarina Pinula');
  });

  it('sums two types, an empty cell counting as missing (never as 0)', () => {
    const r = reshapeTable(NATIONAL, { ...base, year: 2023, filters: [{ column: 'tipo', values: ['cronica', 'aguda'] }], values: ['casos'] });
    expect(cell(r.table, 'codigo_municipio', '0101', 'casos')).toBe(20 + 31);
    expect(cell(r.table, 'codigo_municipio', '0102', 'casos')).toBe(27);
    const only = reshapeTable(NATIONAL, { ...base, year: 2023, filters: [{ column: 'tipo', values: ['aguda'] }], values: ['casos'] });
    expect(cell(only.table, 'codigo_municipio', '0102', 'casos')).toBeNull();
  });

  it('mean and max over the three types of 2023', () => {
    const mean = reshapeTable(NATIONAL, { ...base, year: 2023, aggregate: 'mean', values: ['casos'] });
    expect(cell(mean.table, 'codigo_municipio', '0101', 'casos')).toBeCloseTo((20 + 31 + 42) / 3, 12);
    expect(cell(mean.table, 'codigo_municipio', '0102', 'casos')).toBeCloseTo((27 + 49) / 2, 12);
    const max = reshapeTable(NATIONAL, { ...base, year: 2023, aggregate: 'max', values: ['casos'] });
    expect(cell(max.table, 'codigo_municipio', '0101', 'casos')).toBe(42);
    expect(cell(max.table, 'codigo_municipio', '0102', 'casos')).toBe(49);
  });

  it('latest: the value of the latest year with a value, and that year beside it', () => {
    const r = reshapeTable(NATIONAL, { keys: ['codigo_municipio'], yearColumn: 'anio', aggregate: 'latest', filters: [{ column: 'tipo', values: ['aguda'] }], values: ['casos'] });
    expect(cell(r.table, 'codigo_municipio', '0101', 'casos')).toBe(31);
    expect(cell(r.table, 'codigo_municipio', '0101', 'casos year')).toBe(2023);
    // 2023 is empty for GT0102: its latest value is 2022's.
    expect(cell(r.table, 'codigo_municipio', '0102', 'casos')).toBe(35);
    expect(cell(r.table, 'codigo_municipio', '0102', 'casos year')).toBe(2022);
    expect(r.latestTies).toBe(0);
    // Without the type filter the latest year has three rows: counted as ties.
    const ties = reshapeTable(NATIONAL, { keys: ['codigo_municipio'], yearColumn: 'anio', aggregate: 'latest', filters: [], values: ['casos'] });
    expect(ties.latestTies).toBe(340);
  });

  it('pivots the type into one column per type, and the year into one column per year', () => {
    const byType = reshapeTable(NATIONAL, { ...base, year: 2023, pivot: 'tipo', values: ['casos'] });
    expect(byType.table.columns.slice(3)).toEqual(['casos aguda', 'casos cronica', 'casos global']);
    expect(cell(byType.table, 'codigo_municipio', '0101', 'casos cronica')).toBe(20);
    expect(cell(byType.table, 'codigo_municipio', '0101', 'casos aguda')).toBe(31);
    expect(cell(byType.table, 'codigo_municipio', '0102', 'casos aguda')).toBeNull();
    const byYear = reshapeTable(NATIONAL, { keys: ['codigo_municipio'], yearColumn: 'anio', pivot: 'anio', aggregate: 'sum', filters: [{ column: 'tipo', values: ['cronica'] }], values: ['casos'] });
    expect(byYear.table.columns.slice(3)).toEqual(['casos 2021', 'casos 2022', 'casos 2023']);
    expect([2021, 2022, 2023].map((y) => cell(byYear.table, 'codigo_municipio', '0101', `casos ${y}`))).toEqual([14, 17, 20]);
    // Each pivoted year is guessed as an indicator of that year; the year column itself never is.
    const guessed = guessIndicatorColumns(byYear.table, guessKey(byYear.table), []);
    expect(guessed.map((c) => [c.column, c.year])).toEqual([
      ['casos 2021', '2021'],
      ['casos 2022', '2022'],
      ['casos 2023', '2023'],
    ]);
  });
});

describe('reshapeTable with each year apart (byYear): one yearly series per value (hand-computed from the fixture rows)', () => {
  it('one column per year of the filtered type, listed as a series; a year without a value is empty, never 0', () => {
    const r = reshapeTable(NATIONAL, { ...base, byYear: true, filters: [{ column: 'tipo', values: ['aguda'] }], values: ['casos'] });
    expect(r.table.rowCount).toBe(340);
    expect(r.series).toEqual([{ name: 'casos', years: [2021, 2022, 2023], columns: ['casos 2021', 'casos 2022', 'casos 2023'] }]);
    expect([2021, 2022, 2023].map((y) => cell(r.table, 'codigo_municipio', '0101', `casos ${y}`))).toEqual([25, 28, 31]);
    expect([2021, 2022, 2023].map((y) => cell(r.table, 'codigo_municipio', '0102', `casos ${y}`))).toEqual([32, 35, null]);
    // The year of a series is its own: the rows of one year are combined apart (sum of two types).
    const two = reshapeTable(NATIONAL, { ...base, byYear: true, filters: [{ column: 'tipo', values: ['aguda', 'cronica'] }], values: ['casos'] });
    expect([2021, 2022, 2023].map((y) => cell(two.table, 'codigo_municipio', '0102', `casos ${y}`))).toEqual([21 + 32, 24 + 35, 27]);
    // Without byYear, no series.
    expect(reshapeTable(NATIONAL, { ...base, year: 2023 }).series).toEqual([]);
  });

  it('a pivoted category and the years together: one series per type, each with its years', () => {
    const r = reshapeTable(NATIONAL, { ...base, byYear: true, pivot: 'tipo', values: ['casos'] });
    expect(r.series.map((s) => [s.name, s.years])).toEqual([
      ['casos aguda', [2021, 2022, 2023]],
      ['casos cronica', [2021, 2022, 2023]],
      ['casos global', [2021, 2022, 2023]],
    ]);
    const cronica = r.series[1];
    expect(cronica.columns.map((c) => cell(r.table, 'codigo_municipio', '0102', c))).toEqual([21, 24, 27]);
    expect(r.series[0].columns.map((c) => cell(r.table, 'codigo_municipio', '0102', c))).toEqual([32, 35, null]);
  });

  it('folded into one yearly indicator per series by the mapping, and written long again with its year', () => {
    const r = reshapeTable(NATIONAL, { ...base, byYear: true, pivot: 'tipo', filters: [{ column: 'tipo', values: ['aguda', 'global'] }], values: ['casos'] });
    const guessed = guessIndicatorColumns(r.table, guessKey(r.table), []);
    const cols = seriesColumns(guessed, r.series, ['user_casos_aguda']);
    expect(cols.map((c) => [c.id, c.column, c.year, c.series?.years])).toEqual([
      ['user_casos_aguda_2', 'casos aguda 2023', '2023', [2021, 2022, 2023]],
      ['user_casos_global', 'casos global 2023', '2023', [2021, 2022, 2023]],
    ]);
    expect(cols[0].label.en).toBe('Casos aguda');
    const long = longFromSeries(r.table, r.series, 'anio');
    expect(long.table.columns).toEqual(['codigo_municipio', 'municipio', 'departamento', 'anio', 'casos aguda', 'casos global']);
    const rowsOf = (key: string) => long.rowOf.map((w, i) => [w, i] as const).filter(([w]) => r.table.values[0][w] === key).map(([, i]) => long.table.columns.map((_, c) => long.table.values[c][i]));
    expect(rowsOf('0102')).toEqual([
      ['0102', 'Santa Catarina Pinula', 'Guatemala', 2021, 32, 43],
      ['0102', 'Santa Catarina Pinula', 'Guatemala', 2022, 35, 46],
      ['0102', 'Santa Catarina Pinula', 'Guatemala', 2023, null, 49],
    ]);
    expect(long.table.rowCount).toBe(3 * 340);
  });
});

describe('reshapeTable on the census detail file (hand sums in Python over the file rows)', () => {
  it('emigrants who left for insecurity or violence in 2023, summed per municipio', () => {
    const r = reshapeTable(DETAIL, {
      keys: ['munic_name_inferred', 'depto_name_inferred'],
      yearColumn: 'year_departure',
      year: 2023,
      filters: [{ column: 'cause', values: ['insecurity_violence'] }],
      aggregate: 'sum',
      values: ['emigrants'],
    });
    expect(cell(r.table, 'munic_name_inferred', 'Ahuachapán Centro', 'emigrants')).toBe(18); // 13 rows
    expect(cell(r.table, 'munic_name_inferred', 'San Salvador Centro', 'emigrants')).toBe(173); // 25 rows
    const mean = reshapeTable(DETAIL, { keys: ['municdesc'], yearColumn: 'year_departure', year: 2023, filters: [{ column: 'cause', values: ['insecurity_violence'] }], aggregate: 'mean', values: ['emigrants'] });
    expect(cell(mean.table, 'municdesc', '0601', 'emigrants')).toBeCloseTo(173 / 25, 12);
    const max = reshapeTable(DETAIL, { keys: ['municdesc'], yearColumn: 'year_departure', year: 2023, filters: [{ column: 'cause', values: ['insecurity_violence'] }], aggregate: 'max', values: ['emigrants'] });
    expect(cell(max.table, 'municdesc', '0601', 'emigrants')).toBe(19);
  });

  it('every emigrant by year of departure: one column per year, totals conserved', () => {
    const r = reshapeTable(DETAIL, { keys: ['municdesc'], yearColumn: 'year_departure', pivot: 'year_departure', filters: [], aggregate: 'sum', values: ['emigrants'] });
    expect(r.table.rowCount).toBe(44);
    const expected: Record<number, number> = { 2014: 245, 2015: 180, 2016: 190, 2017: 185, 2018: 247, 2019: 312, 2020: 219, 2021: 377, 2022: 541, 2023: 563, 2024: 281 };
    for (const [y, v] of Object.entries(expected)) expect(cell(r.table, 'municdesc', '0101', `emigrants ${y}`)).toBe(v);
    let total = 0;
    r.table.columns.forEach((c, i) => {
      if (c.startsWith('emigrants ')) for (const v of r.table.values[i]) total += (v as number | null) ?? 0;
    });
    expect(total).toBe(226808);
  });
});
