import { describe, expect, it } from 'vitest';
import { indicatorsFromImport } from '../../../src/lib/data/import/apply-indicators.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import type { IndicatorColumnMapping, IndicatorMapping } from '../../../src/lib/data/import/import-mapping.ts';
import { report, table } from './apply-fixtures.ts';

function column(column: string, id: string, extra: Partial<IndicatorColumnMapping> = {}): IndicatorColumnMapping {
  return {
    column,
    id,
    label: { en: `Label ${id}`, es: `Etiqueta ${id}` },
    pillar: 'migration',
    direction: 1,
    unit: '%',
    year: '2023',
    level: 'municipio',
    source: 'My survey 2023',
    ...extra,
  };
}

function mapping(...columns: IndicatorColumnMapping[]): IndicatorMapping {
  return { kind: 'indicators', key: { by: 'code', column: 'code' }, columns };
}

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('indicatorsFromImport', () => {
  const t = table('remesas.csv', ['code', 'share', 'count'], [
    ['0101', 12.5, 3],
    ['0102', null, 4],
    ['0801', '7,25', null],
    ['9999', 1, 1],
  ], ',');
  const rep = report({ 0: 'GT0101', 1: 'GT0102', 2: 'HN0801' });

  it('makes one long row per unit with a value; empty cells are missing, not 0', () => {
    const out = indicatorsFromImport(t, mapping(column('share', 'user_share'), column('count', 'user_count')), rep, { importId: 'import-3' });
    expect(out.rows).toEqual([
      { unit_id: 'GT0101', indicator_id: 'user_share', value: 12.5 },
      { unit_id: 'HN0801', indicator_id: 'user_share', value: 7.25 },
      { unit_id: 'GT0101', indicator_id: 'user_count', value: 3 },
      { unit_id: 'GT0102', indicator_id: 'user_count', value: 4 },
    ]);
    expect(out.catalog.map((e) => e.countries)).toEqual([['GT', 'HN'], ['GT']]);
    expect(out.catalog[0]).toMatchObject({
      id: 'user_share',
      label: { en: 'Label user_share', es: 'Etiqueta user_share' },
      pillar: 'migration',
      direction: 1,
      unit: { en: '%', es: '%' },
      level: 'municipio',
      year: '2023',
      source: 'My survey 2023',
      licence: 'as given by the user',
      source_id: 'user:import-3',
    });
  });

  it('a yearly column: one year row per unit and year with a value, the latest year in the rows, the years with any value in the entry', () => {
    const y = table('por-anio.csv', ['code', 'v 2021', 'v 2022', 'v 2023'], [
      ['0101', 1, 2, 3],
      ['0102', 4, null, null],
      ['0801', null, null, null],
    ], ',');
    const yrep = report({ 0: 'GT0101', 1: 'GT0102', 2: 'HN0801' });
    const series = { name: 'v', years: [2021, 2022, 2023], columns: ['v 2021', 'v 2022', 'v 2023'] };
    const out = indicatorsFromImport(y, mapping(column('v 2023', 'user_v', { series })), yrep);
    expect(out.rows).toEqual([{ unit_id: 'GT0101', indicator_id: 'user_v', value: 3 }]);
    expect(out.yearRows).toEqual([
      { unit_id: 'GT0101', indicator_id: 'user_v', year: 2021, value: 1 },
      { unit_id: 'GT0102', indicator_id: 'user_v', year: 2021, value: 4 },
      { unit_id: 'GT0101', indicator_id: 'user_v', year: 2022, value: 2 },
      { unit_id: 'GT0101', indicator_id: 'user_v', year: 2023, value: 3 },
    ]);
    expect(out.catalog[0].years).toEqual([2021, 2022, 2023]);
    expect(out.catalog[0].countries).toEqual(['GT']);
    expect(out.catalog[0].description.en).toContain('columns "v <year>" (one per year)');
    // A column without years gives no year rows and no years.
    const plain = indicatorsFromImport(t, mapping(column('share', 'user_share')), rep);
    expect(plain.yearRows).toEqual([]);
    expect(plain.catalog[0].years).toBeUndefined();
  });

  it('does not change its inputs', () => {
    const before = structuredClone({ t, rep });
    indicatorsFromImport(t, mapping(column('share', 'user_share')), rep);
    expect({ t, rep }).toEqual(before);
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'n/a', '12 %', '1.234,5'])('refuses %s in a number column, naming column, row and text', (text) => {
    const bad = table('bad.csv', ['code', 'share'], [['0101', '3'], ['0102', text]]);
    const err = caught(() => indicatorsFromImport(bad, mapping(column('share', 'x')), report({ 0: 'GT0101', 1: 'GT0102' })));
    expect(err.code).toBe('not-a-number');
    expect(err.params).toEqual({ file: 'bad.csv', column: 'share', row: 3, value: text });
  });

  it('refuses a non-finite number cell (the reader should never give one)', () => {
    const bad = table('bad.csv', ['code', 'share'], [['0101', Number.NaN]]);
    expect(caught(() => indicatorsFromImport(bad, mapping(column('share', 'x')), report({ 0: 'GT0101' }))).code).toBe('not-a-number');
  });

  it('refuses a mapped column the file does not have', () => {
    const err = caught(() => indicatorsFromImport(t, mapping(column('remesas', 'x')), rep));
    expect(err.code).toBe('missing-column');
    expect(err.params.column).toBe('remesas');
  });

  it('refuses an id used twice or already in the catalog', () => {
    expect(caught(() => indicatorsFromImport(t, mapping(column('share', 'a'), column('count', 'a')), rep)).code).toBe('duplicate-id');
    const err = caught(() => indicatorsFromImport(t, mapping(column('share', 'violence_score')), rep, { reservedIds: ['violence_score'] }));
    expect(err.code).toBe('duplicate-id');
    expect(err.params.id).toBe('violence_score');
  });

  it('refuses one municipio twice with different values, accepts it repeated', () => {
    const dup = table('dup.csv', ['code', 'v'], [['0101', 1], ['101', 2], ['0102', 5]]);
    const dupRep = report({ 0: 'GT0101', 1: 'GT0101', 2: 'GT0102' }, { duplicates: [{ target: 'GT0101', unitId: 'GT0101', rows: [0, 1] }] });
    const err = caught(() => indicatorsFromImport(dup, mapping(column('v', 'v')), dupRep));
    expect(err.code).toBe('duplicate-keys');
    expect(err.params).toMatchObject({ unit: 'GT0101', row: 2, row2: 3, value: '1', value2: '2' });
    const same = table('dup.csv', ['code', 'v'], [['0101', 1], ['101', 1], ['0102', 5]]);
    expect(indicatorsFromImport(same, mapping(column('v', 'v')), dupRep).rows).toEqual([
      { unit_id: 'GT0101', indicator_id: 'v', value: 1 },
      { unit_id: 'GT0102', indicator_id: 'v', value: 5 },
    ]);
  });

  it('lands pre-2024 distritos on their 2024 municipio through the join (unweighted mean)', () => {
    const d = table('sv.csv', ['code', 'v'], [['0614', 10], ['0617', 20], ['0615', null]]);
    const rep = report({});
    rep.matched = [
      { row: 0, target: 'SVD0614', unitId: 'SV06001', method: 'code', score: 1 },
      { row: 1, target: 'SVD0617', unitId: 'SV06001', method: 'code', score: 1 },
      { row: 2, target: 'SVD0615', unitId: 'SV06002', method: 'code', score: 1 },
    ];
    const out = indicatorsFromImport(d, mapping(column('v', 'sv_v')), rep);
    expect(out.rows).toEqual([{ unit_id: 'SV06001', indicator_id: 'sv_v', value: 15 }]);
    expect(out.catalog[0].countries).toEqual(['SV']);
  });

  it('refuses a file none of whose rows matched', () => {
    expect(caught(() => indicatorsFromImport(t, mapping(column('share', 'x')), report({}))).code).toBe('no-match');
  });

  it('carries a department figure to every municipio of the department', () => {
    const units = [
      { unit_id: 'HN0801', country: 'HN' as const, dept_code: '08' },
      { unit_id: 'HN0802', country: 'HN' as const, dept_code: '08' },
      { unit_id: 'HN0803', country: 'HN' as const, dept_code: '08' },
      { unit_id: 'HN0101', country: 'HN' as const, dept_code: '01' },
      { unit_id: 'GT0801', country: 'GT' as const, dept_code: '08' },
    ];
    const dept = table('dept.csv', ['code', 'v'], [['0801', 40]]);
    const out = indicatorsFromImport(dept, mapping(column('v', 'hn_mig', { level: 'department' })), report({ 0: 'HN0801' }), { units });
    expect(out.rows).toEqual([
      { unit_id: 'HN0801', indicator_id: 'hn_mig', value: 40 },
      { unit_id: 'HN0802', indicator_id: 'hn_mig', value: 40 },
      { unit_id: 'HN0803', indicator_id: 'hn_mig', value: 40 },
    ]);
    expect(out.catalog[0].level).toBe('department');
    const clash = table('dept.csv', ['code', 'v'], [['0801', 40], ['0802', 41]]);
    expect(caught(() => indicatorsFromImport(clash, mapping(column('v', 'hn_mig', { level: 'department' })), report({ 0: 'HN0801', 1: 'HN0802' }), { units })).code).toBe('duplicate-keys');
  });
});
