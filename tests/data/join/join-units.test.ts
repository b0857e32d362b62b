/** joinUnits and joinedUnitValues on small hand-made targets (expected answers worked out by hand). */
import { describe, expect, it } from 'vitest';
import { canonCode } from '../../../src/lib/data/join/canon-code.ts';
import { departmentScope } from '../../../src/lib/data/join/department-scope.ts';
import { joinTargets } from '../../../src/lib/data/join/join-targets.ts';
import { joinUnits } from '../../../src/lib/data/join/join-units.ts';
import { joinedUnitValues } from '../../../src/lib/data/join/joined-unit-values.ts';
import { normPlaceName } from '../../../src/lib/data/join/norm-name.ts';
import { isNotAUnit } from '../../../src/lib/data/join/not-a-unit.ts';
import type { JoinRow } from '../../../src/lib/data/join/join-types.ts';
import type { CountryCode, UnitProps } from '../../../src/lib/data/schema.ts';

const u = (unit_id: string, country: CountryCode, code: string, name: string, dept_code: string, dept_name: string): UnitProps => ({ unit_id, country, code, name, dept_code, dept_name, ine_code: country === 'SV' ? '' : code });
const UNITS = [
  u('GT0101', 'GT', '0101', 'Guatemala', '01', 'Guatemala'),
  u('GT0111', 'GT', '0111', 'San Raimundo', '01', 'Guatemala'),
  u('GT0503', 'GT', '0503', 'La Democracia', '05', 'Escuintla'),
  u('GT1312', 'GT', '1312', 'La Democracia', '13', 'Huehuetenango'),
  u('GT1612', 'GT', '1612', 'Cahabón', '16', 'Alta Verapaz'),
  u('GT1616', 'GT', '1616', 'Santa Catalina La Tinta', '16', 'Alta Verapaz'),
  u('HN0101', 'HN', '0101', 'La Ceiba', '01', 'Atlántida'),
  u('HN0701', 'HN', '0701', 'Yuscarán', '07', 'El Paraíso'),
  u('HN1201', 'HN', '1201', 'La Paz', '12', 'La Paz'),
  u('SV06001', 'SV', 'SV06001', 'La Paz Centro', '08', 'La Paz'),
  u('SV05006', 'SV', 'SV05006', 'La Libertad Sur', '05', 'La Libertad'),
];
const DISTRITOS = [
  { ...u('SVD0101', 'SV', '0101', 'Ahuachapán', '01', 'Ahuachapán'), unit_2024: 'SV01001' },
  { ...u('SVD0511', 'SV', '0511', 'Santa Tecla', '05', 'La Libertad'), unit_2024: 'SV05006' },
  { ...u('SVD0520', 'SV', '0520', 'Zaragoza', '05', 'La Libertad'), unit_2024: 'SV05006' },
];
const targets = joinTargets(UNITS, DISTRITOS);
const rows = (...xs: Omit<JoinRow, 'row'>[]): JoinRow[] => xs.map((x, row) => ({ row, ...x }));

describe('normalisation', () => {
  it('drops the words around a place name', () => {
    expect(normPlaceName('Municipio de San José')).toBe('SAN JOSE');
    expect(normPlaceName('MUN. DE  COBÁN')).toBe('COBAN');
    expect(normPlaceName('Municipalidad de Mixco')).toBe('MIXCO');
    expect(normPlaceName('Depto. de Petén')).toBe('PETEN');
    expect(normPlaceName('Departamento de La Paz')).toBe('LA PAZ');
    expect(normPlaceName('Distrito Central')).toBe('DISTRITO CENTRAL');
    expect(normPlaceName('San José (municipio)')).toBe('SAN JOSE');
  });
  it('reads codes however they are written', () => {
    expect(['0101', '101', '101.0', ' 0101 '].map(canonCode)).toEqual(['101', '101', '101', '101']);
    expect(['GT0101', 'gt-0101', 'GT101'].map(canonCode)).toEqual(['GT101', 'GT101', 'GT101']);
    expect(canonCode('SV01001')).toBe('SV1001');
  });
  it('knows rows that are not municipios', () => {
    for (const k of ['ZONA 10', 'Lago de Atitlán', 'EMBALSE CERRON GRANDE', 'NA', 'n/a', 'TOTAL', 'Total departamento', 'ADMINISTRATIVE UNIT NOT AVAILABLE']) expect(isNotAUnit(k), k).toBe(true);
    for (const k of ['Zacapa', 'San José La Máquina', 'Nahualá', 'Laguna Salada'.slice(0, 0) || 'La Laguna']) expect(isNotAUnit(k), k).toBe(false);
  });
  it('resolves departments by code, name and spelling, in several countries when the name is', () => {
    const depts = [
      { country: 'HN' as const, code: '07', name: 'El Paraíso' },
      { country: 'HN' as const, code: '12', name: 'La Paz' },
      { country: 'SV' as const, code: '08', name: 'La Paz' },
      { country: 'GT' as const, code: '16', name: 'Alta Verapaz' },
    ];
    expect(departmentScope('PARAISO', depts)).toEqual(['HN|07']);
    expect(departmentScope('Depto. de La Paz', depts)).toEqual(['HN|12', 'SV|08']);
    expect(departmentScope('7', depts)).toEqual(['HN|07']);
    expect(departmentScope('ALTA VERAPAS', depts)).toEqual(['GT|16']);
    expect(departmentScope('Olancho', depts)).toBeNull();
  });
});

describe('joinUnits by code', () => {
  it('takes leading zeros, P-codes and decimals, and never guesses a code two countries share', () => {
    const r = joinUnits(
      rows(
        { key: '101', country: 'GT' },
        { key: 'GT0111' },
        { key: '1612.0', country: 'GT' },
        { key: '0101' },
        { key: 'SV05006' },
        { key: '0511', country: 'SV' },
        { key: '9999', country: 'GT' },
        { key: '' },
      ),
      targets,
      { by: 'code' },
    );
    expect(r.matched.map((m) => [m.row, m.target, m.unitId, m.method])).toEqual([
      [0, 'GT0101', 'GT0101', 'code'],
      [1, 'GT0111', 'GT0111', 'code'],
      [2, 'GT1612', 'GT1612', 'code'],
      [4, 'SV05006', 'SV05006', 'code'],
      [5, 'SVD0511', 'SV05006', 'code'],
    ]);
    // 0101 is Guatemala (GT), La Ceiba (HN) and Ahuachapán (SV distrito).
    expect(r.ambiguous.map((a) => [a.row, a.candidates.map((c) => c.target)])).toEqual([[3, ['GT0101', 'HN0101', 'SVD0101']]]);
    expect(r.unmatchedRows.map((x) => x.row)).toEqual([6]);
    expect(r.emptyKeys).toEqual([7]);
    expect(r.rows).toBe(7);
  });
});

describe('joinUnits by name', () => {
  it('matches within the department: exact, contained, fuzzy; lists duplicates, not-units and unreached units', () => {
    const r = joinUnits(
      rows(
        { key: 'SANTA MARIA CAHABON', dept: 'ALTA VERAPAZ', country: 'GT' },
        { key: 'Cahabón', dept: 'Alta Verapaz', country: 'GT' },
        { key: 'SANTA CATARINA LA TINTA', dept: 'ALTA VERAPAZ', country: 'GT' },
        { key: 'Municipio de San Raymundo', dept: 'Depto. de Guatemala', country: 'GT' },
        { key: 'ZONA 1', dept: 'GUATEMALA', country: 'GT' },
        { key: 'LA DEMOCRACIA', dept: 'ESCUINTLA', country: 'GT' },
        { key: 'SANTA TECLA', dept: 'LA LIBERTAD', country: 'SV' },
      ),
      targets,
      { by: 'name' },
    );
    expect(r.matched.map((m) => [m.row, m.target, m.method])).toEqual([
      [0, 'GT1612', 'contained'],
      [1, 'GT1612', 'exact'],
      [2, 'GT1616', 'fuzzy'],
      [3, 'GT0111', 'fuzzy'],
      [5, 'GT0503', 'exact'],
      [6, 'SVD0511', 'exact'],
    ]);
    expect(r.duplicates).toEqual([{ target: 'GT1612', unitId: 'GT1612', rows: [0, 1] }]);
    expect(r.notUnits).toEqual([{ row: 4, key: 'ZONA 1' }]);
    // GT and SV are in play; Guatemala, La Democracia (Huehuetenango) and La Paz Centro are not reached.
    expect(r.unmatchedUnits.map((x) => x.unitId)).toEqual(['GT0101', 'GT1312', 'SV06001']);
  });

  it('calls a name found in two departments ambiguous when no department tells them apart', () => {
    const r = joinUnits(rows({ key: 'La Democracia', country: 'GT' }, { key: 'La Democracia', dept: 'Huehuetenango', country: 'GT' }), targets, { by: 'name' });
    expect(r.ambiguous).toEqual([
      {
        row: 0,
        key: 'La Democracia',
        candidates: [
          { target: 'GT0503', unitId: 'GT0503', name: 'La Democracia', deptName: 'Escuintla', country: 'GT', score: 1 },
          { target: 'GT1312', unitId: 'GT1312', name: 'La Democracia', deptName: 'Huehuetenango', country: 'GT', score: 1 },
        ],
      },
    ]);
    expect(r.matched).toEqual([{ row: 1, target: 'GT1312', unitId: 'GT1312', method: 'exact', score: 1 }]);
  });

  it('suggests up to 3 targets for an unmatched row, and the rows that may name an unmatched unit', () => {
    // A threshold of 0.99 leaves the close spelling unmatched: it becomes a suggestion.
    const r = joinUnits(rows({ key: 'SAN RAYMUNDITO', dept: 'GUATEMALA', country: 'GT' }), targets, { by: 'name', threshold: 0.99 });
    expect(r.unmatchedRows).toHaveLength(1);
    const s = r.unmatchedRows[0].suggestions;
    expect(s[0]).toMatchObject({ target: 'GT0111', name: 'San Raimundo', deptName: 'Guatemala' });
    expect(s.length).toBeLessThanOrEqual(3);
    expect(s[0].score).toBeGreaterThan(0.8);
    expect(r.unmatchedUnits.find((x) => x.unitId === 'GT0111')?.suggestions).toEqual([{ row: 0, key: 'SAN RAYMUNDITO', dept: 'GUATEMALA', score: s[0].score }]);
  });

  it('applies accepted matches first and takes null as "not a unit"; rows of a country without targets stay unmatched', () => {
    const onlyGt = targets.filter((t) => t.country === 'GT');
    const r = joinUnits(rows({ key: 'Nueva San Salvador', country: 'GT' }, { key: 'Total', country: 'GT' }, { key: 'La Ceiba', country: 'HN' }), onlyGt, {
      by: 'name',
      accepted: { 0: 'GT0101', 1: null },
    });
    expect(r.matched).toEqual([{ row: 0, target: 'GT0101', unitId: 'GT0101', method: 'accepted', score: 1 }]);
    expect(r.notUnits).toEqual([{ row: 1, key: 'Total' }]);
    expect(r.unmatchedRows).toEqual([{ row: 2, key: 'La Ceiba', suggestions: [] }]);
  });

  it('is deterministic', () => {
    const input = rows({ key: 'la paz' }, { key: 'YUSCARAN', dept: 'PARAISO' }, { key: 'Zaragosa', dept: 'La Libertad' });
    expect(JSON.stringify(joinUnits(input, targets, { by: 'name' }))).toBe(JSON.stringify(joinUnits(input, targets, { by: 'name' })));
    const r = joinUnits(input, targets, { by: 'name' });
    // "la paz" with no country or department: HN's La Paz (a unit) is the one target named so.
    expect(r.matched.map((m) => [m.row, m.target])).toEqual([
      [0, 'HN1201'],
      [1, 'HN0701'],
      [2, 'SVD0520'],
    ]);
  });
});

describe('joinedUnitValues', () => {
  it('single values, SV distrito means, and no value for conflicting duplicates', () => {
    const r = joinUnits(
      rows(
        { key: 'Cahabón', dept: 'Alta Verapaz', country: 'GT' },
        { key: 'SANTA MARIA CAHABON', dept: 'Alta Verapaz', country: 'GT' },
        { key: 'Guatemala', dept: 'Guatemala', country: 'GT' },
        { key: 'Guatemala', dept: 'Guatemala', country: 'GT' },
        { key: 'San Raimundo', dept: 'Guatemala', country: 'GT' },
        { key: 'Santa Tecla', dept: 'La Libertad', country: 'SV' },
        { key: 'Zaragoza', dept: 'La Libertad', country: 'SV' },
        { key: 'La Paz Centro', dept: 'La Paz', country: 'SV' },
      ),
      targets,
      { by: 'name' },
    );
    const v = joinedUnitValues(r, [0.4, null, 1, 2, 5, 0.2, 0.5, NaN]);
    expect([...v.keys()]).toEqual(['GT0111', 'GT1612', 'SV05006']);
    expect(v.get('GT1612')).toEqual({ value: 0.4, rows: [0], rule: 'single' });
    expect(v.get('GT0111')).toEqual({ value: 5, rows: [4], rule: 'single' });
    expect(v.get('SV05006')!.value).toBeCloseTo(0.35, 15);
    expect(v.get('SV05006')).toMatchObject({ rows: [5, 6], rule: 'distrito-mean' });
    // A row naming the 2024 unit itself wins over its distritos' rows.
    const both = joinUnits(rows({ key: 'La Libertad Sur', country: 'SV' }, { key: 'Santa Tecla', country: 'SV' }), targets, { by: 'name' });
    expect(joinedUnitValues(both, [9, 0.2]).get('SV05006')).toEqual({ value: 9, rows: [0], rule: 'single' });
    // The same value twice is that value.
    expect(joinedUnitValues(r, [0.4, null, 3, 3]).get('GT0101')).toEqual({ value: 3, rows: [2, 3], rule: 'single' });
  });
});
