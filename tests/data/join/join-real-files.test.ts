/**
 * Real-shaped national files (tests/fixtures/join-real, built from the public data) imported with
 * the app's first guess only: the key column and country found by trying every column
 * (guessMapping with the join targets), then the app's join. At least 95% of the rows must reach
 * the right municipio — checked against the names the file gives, not only the codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { guessMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA } from '../public-data.ts';
import { layerFirstGuess, readFixture, readLayerFixture, rightlyJoined } from './join-real.ts';

let targets: JoinTarget[];
beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
});

function firstGuess(file: string) {
  const table = readFixture(file);
  const mapping = guessMapping({ kind: 'table', table }, 'indicators', [], targets);
  if (mapping.kind !== 'indicators') throw new Error('expected an indicator mapping');
  const report = joinImport(table, mapping.key, targets, {});
  return { table, mapping, report };
}

describe('real national files joined by the first guess', () => {
  it('GT code list: the 4-digit INE code (not the 2-digit number within the department), Guatemala from the department names in capitals', () => {
    const { table, mapping, report } = firstGuess('gtm-code-list-4digit-upper-dept.csv');
    expect(mapping.key).toMatchObject({ by: 'code', column: 'CODIGO', country: 'GT', deptColumn: 'DEPARTAMENTO', nameColumn: 'MUNICIPIO' });
    expect(mapping.columns.map((c) => c.column)).toEqual(['poblacion_2018']);
    expect(report.ambiguous).toHaveLength(0);
    expect(rightlyJoined(table, 'MUNICIPIO', report, targets)).toBeGreaterThanOrEqual(0.95 * table.rowCount);
    expect(report.nameMismatches).toHaveLength(0);
  });

  it('GT census: integer INE codes without the leading zero (101 for 0101); the row number is no indicator', () => {
    const { table, mapping, report } = firstGuess('gtm-census2018-ine-integer-codes.csv');
    expect(mapping.key).toMatchObject({ by: 'code', column: 'id_municipal', country: 'GT' });
    expect(mapping.columns.map((c) => c.column)).not.toContain('No');
    expect(report.ambiguous).toHaveLength(0);
    expect(rightlyJoined(table, 'municipio', report, targets)).toBeGreaterThanOrEqual(0.95 * table.rowCount);
  });

  it('HN projections: 4-digit codes with a department id 100 … 1800 and names: Honduras from "Atlántida", never ambiguous', () => {
    const { table, mapping, report } = firstGuess('hnd-ine-population-4digit-dept-names.csv');
    expect(mapping.key).toMatchObject({ by: 'code', column: 'codigo', country: 'HN', deptColumn: 'departamento', nameColumn: 'municipio' });
    expect(report.ambiguous).toHaveLength(0);
    expect(rightlyJoined(table, 'municipio', report, targets)).toBeGreaterThanOrEqual(0.95 * table.rowCount);
  });

  it("SV 2024 P-codes SV01001 … reach the 44 municipios, not the DIGESTYC distritos 1001 …", () => {
    const { table, mapping, report } = firstGuess('slv-2024-pcodes-distritos.csv');
    expect(mapping.key).toMatchObject({ by: 'code', column: 'pcode', country: 'SV', deptColumn: 'departamento', nameColumn: 'municipio' });
    expect(report.ambiguous).toHaveLength(0);
    expect(report.matched.every((m) => m.target === m.unitId)).toBe(true);
    expect(rightlyJoined(table, 'municipio', report, targets)).toBe(44);
  });

  it('SV 262 pre-2024 municipios by name only: El Salvador from the names', () => {
    const { table, mapping, report } = firstGuess('slv-262-pre2024-names-poverty.csv');
    expect(mapping.key).toMatchObject({ by: 'name', column: 'municipio', country: 'SV' });
    expect(mapping.columns.map((c) => c.column)).not.toContain('rank_poorest_first');
    expect(rightlyJoined(table, 'municipio', report, targets)).toBeGreaterThanOrEqual(0.95 * table.rowCount);
  });

  it('HN tax-office list with abbreviated names (S. PEDRO SULA, STA. ROSA DE COPAN, FCO. MORAZAN) and no INE code: all rows right, none to confirm', () => {
    const { table, mapping, report } = firstGuess('hnd-tax-office-abbreviated-names.csv');
    expect(mapping.key).toMatchObject({ by: 'name', column: 'MUNICIPIO', country: 'HN', deptColumn: 'DEPTO' });
    expect(mapping.columns.map((c) => c.column)).toEqual(['POBLACION_2025']);
    expect(report.unmatchedRows).toHaveLength(0);
    expect(report.ambiguous).toHaveLength(0);
    // Right by an independent key: each row's INE 2025 population is that of the unit it reached
    // (the INE file keyed by code), not only a similar name.
    const ine = readFixture('hnd-ine-population-4digit-dept-names.csv');
    const code = ine.values[ine.columns.indexOf('codigo')];
    const popIne = ine.values[ine.columns.indexOf('pob_2025')];
    const popOf = new Map(code.map((c, i) => [`HN${String(c).padStart(4, '0')}`, Number(popIne[i])]));
    const pop = table.values[table.columns.indexOf('POBLACION_2025')];
    const right = report.matched.filter((m) => popOf.get(m.unitId) === Number(pop[m.row])).length;
    expect(right).toBeGreaterThanOrEqual(0.95 * table.rowCount);
    expect(right).toBe(298);
  });

  it("HN finance ministry's TopoJSON: integer codes (101 for 0101) reach Honduras's 298 municipios; the Salvadoran neighbour's feature (Metapán, 207) is left out and named, never joined to Santa Rosa de Aguán (HN0207)", () => {
    const layer = readLayerFixture('hnd-finance-topojson-integer-codes.topo.json');
    expect(layer.rowCount).toBe(299);
    const { mapping, report } = layerFirstGuess(layer, targets);
    expect(mapping.kind).toBe('boundaries');
    expect(mapping.key).toMatchObject({ by: 'code', column: 'COD_MUNI', country: 'HN', deptColumn: 'DEPARTAMENTO', nameColumn: 'MUNICIPIO' });
    expect(mapping.key!.elsewhere).toEqual([{ row: 298, country: 'SV' }]);
    expect(report.elsewhere).toEqual([{ row: 298, key: '207', name: 'Metapán', country: 'SV' }]);
    expect(report.matched.some((m) => m.row === 298)).toBe(false);
    const aguan = report.matched.filter((m) => m.unitId === 'HN0207').map((m) => layer.values[layer.columns.indexOf('MUNICIPIO')][m.row]);
    expect(aguan).toEqual(['Santa Rosa de Aguán']);
    expect(report.ambiguous).toHaveLength(0);
    expect(report.unmatchedRows).toHaveLength(0);
    // Right by the name the feature gives: all 298 Honduran features, 298 of the 299 rows (99.7%).
    const right = rightlyJoined(layer, 'MUNICIPIO', report, targets);
    expect(right).toBe(298);
    expect(right).toBeGreaterThanOrEqual(0.95 * layer.rowCount);
    // Without the geometry's word, the code 207 would reach Santa Rosa de Aguán: what this guards.
    const blind = joinImport(layer, { ...mapping.key!, elsewhere: undefined }, targets, {});
    expect(blind.matched.find((m) => m.row === 298)?.unitId).toBe('HN0207');
  });
});
