/**
 * The import's check of codes against names ("warn when a row's code and name
 * disagree") on a real file: the 2018 census population by municipio (INE codes and names, as
 * data/raw/indicators/gtm_census2018_population.csv has them), read the way the app maps a planner's
 * file. Its one code error (La Libertad, Huehuetenango, written 3111 for 1311) leaves that row
 * unmatched. Against the app's units (INE codes as national codes) every name agrees; against units that
 * take the OCHA P-code digits as national codes — the default data's former error —
 * exactly Sansare (INE 206) and Sanarate (INE 207) disagree, each naming the unit its name is.
 * Then small hand-made cases for the rule itself, and `focal join` on the same file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';
import { joinRowsFor } from '../../../src/lib/data/import/join-rows-for.ts';
import { codeNameMismatches } from '../../../src/lib/data/join/code-name-check.ts';
import { joinTargets } from '../../../src/lib/data/join/join-targets.ts';
import type { JoinRow } from '../../../src/lib/data/join/join-types.ts';
import { joinUnits } from '../../../src/lib/data/join/join-units.ts';
import type { UnitProps } from '../../../src/lib/data/schema.ts';
import { joinReportCsv } from '../../../src/lib/export/join-report-csv.ts';
import { guessKey } from '../../../src/lib/data/import/guess-mapping.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, RAW, readRows } from '../public-data.ts';

const CENSUS = join(RAW, 'indicators', 'gtm_census2018_population.csv');

/** The census file as the import reads it: text columns as text, numbers as numbers. */
function censusTable(): RawTable {
  const rows = csvParse(readFileSync(CENSUS, 'utf8'));
  const columns = rows.columns;
  const numeric = columns.map((c) => rows.every((r) => r[c] === '' || r[c] === '-' || Number.isFinite(Number(r[c]))) && c !== 'id_municipal');
  return {
    fileName: 'gtm_census2018_population.csv',
    columns,
    types: numeric.map((n) => (n ? 'number' : 'text')),
    values: columns.map((c, j) => rows.map((r) => (numeric[j] ? (r[c] === '' || r[c] === '-' ? null : Number(r[c])) : r[c]!))),
    rowCount: rows.length,
    read: { format: 'csv', encoding: 'utf-8', bom: false, delimiter: ',', decimal: '.' },
    renamed: [],
  };
}

const units = readRows('units.csv').map((r) => ({ ...r }) as unknown as UnitProps);
const appTargets = joinTargets(units, []);
/** The same units taking their OCHA P-code digits as national codes (no INE code). */
const pcodeTargets = joinTargets(units.map((u) => ({ ...u, ine_code: '' })), []);

describe('code and name of a real INE-coded file (census 2018, 340 GT municipios)', () => {
  const table = censusTable();
  const key = { ...guessKey(table), country: 'GT' as const };

  it('is mapped by code, its names guessed as the column to check', () => {
    expect(key).toMatchObject({ by: 'code', column: 'id_municipal', nameColumn: 'municipio' });
  });

  it('agrees everywhere against the app’s units (INE codes)', () => {
    const report = joinImport(table, key, appTargets, {});
    expect(report.unmatchedRows.map((r) => r.key)).toEqual(['3111']);
    expect(report.matched.length).toBe(339);
    expect(report.namesChecked).toBe(339);
    expect(report.nameMismatches).toEqual([]);
    const at = (code: string) => report.matched.find((m) => joinRowsFor(table, key)[m.row].key === code)!.unitId;
    expect(at('206')).toBe('GT0207'); // Sansare's polygon (OCHA GT0207)
    expect(at('207')).toBe('GT0206');
  });

  it('flags Sansare and Sanarate, and only them, against units coded by P-code digits', () => {
    const report = joinImport(table, key, pcodeTargets, {});
    expect(report.matched.length).toBe(339);
    expect(report.nameMismatches).toEqual([
      { row: 22, key: '206', name: 'Sansare', unitId: 'GT0206', unitName: 'Sanarate', score: expect.any(Number), nameOf: { unitId: 'GT0207', name: 'Sansare' } },
      { row: 23, key: '207', name: 'Sanarate', unitId: 'GT0207', unitName: 'Sansare', score: expect.any(Number), nameOf: { unitId: 'GT0206', name: 'Sanarate' } },
    ]);
    // Similar strings (0.91, above the name join's 0.88): the other unit's exact name decides.
    expect(report.nameMismatches[0].score).toBeGreaterThan(0.88);
    // A warning: the rows stay matched, by their code.
    expect(report.matched.filter((m) => m.row === 22 || m.row === 23).map((m) => m.unitId)).toEqual(['GT0206', 'GT0207']);
    const csv = joinReportCsv(report, joinRowsFor(table, key), pcodeTargets);
    const lines = csvParse(csv.slice(1));
    expect(lines.filter((l) => l.name_check!.startsWith('disagrees')).map((l) => [l.row, l.key, l.name_in_file, l.unit_name, l.name_check])).toEqual([
      ['24', '206', 'Sansare', 'Sanarate', 'disagrees: name of GT0207 Sansare'],
      ['25', '207', 'Sanarate', 'Sansare', 'disagrees: name of GT0206 Sanarate'],
    ]);
    expect(lines.filter((l) => l.name_check === 'agrees').length).toBe(337);
  });

  it('checks nothing when the file is joined by name, or has no name column', () => {
    expect(joinImport(table, { ...key, by: 'name', column: 'municipio' }, appTargets, {}).namesChecked).toBe(0);
    const noNames = joinImport(table, { by: 'code', column: 'id_municipal', country: 'GT' }, pcodeTargets, {});
    expect(noNames.namesChecked).toBe(0);
    expect(noNames.nameMismatches).toEqual([]);
  });
});

describe('the agreement rule, by hand', () => {
  const u = (unit_id: string, code: string, name: string, dept_code: string): UnitProps => ({ unit_id, country: 'GT', code, name, dept_code, dept_name: dept_code, ine_code: code });
  const targets = joinTargets([u('GT1612', '1612', 'Santa María Cahabón', '16'), u('GT0206', '0206', 'Sansare', '02'), u('GT0207', '0207', 'Sanarate', '02'), u('GT0101', '0101', 'Guatemala', '01'), u('GT1601', '1601', 'Cobán', '16')], []);
  const check = (rows: Omit<JoinRow, 'row'>[]) => {
    const rs = rows.map((r, row) => ({ row, ...r }));
    return joinUnits(rs, targets, { by: 'code' });
  };

  it('agrees on accents, case, filler words, a word left out and a close misspelling', () => {
    const r = check([
      { key: '1612', name: 'Cahabón' },
      { key: '0206', name: 'SANSARE' },
      { key: '0101', name: 'Municipio de Guatemala' },
      { key: '1601', name: 'Coban.' },
      { key: '1601', name: 'Cobam' },
    ]);
    expect(r.namesChecked).toBe(5);
    expect(r.nameMismatches).toEqual([]);
  });

  it('disagrees on another unit’s name, or on a name like none of the unit’s', () => {
    const r = check([
      { key: '0206', name: 'Sanarate' },
      { key: '0101', name: 'Mixco' },
      { key: '0207' },
    ]);
    expect(r.namesChecked).toBe(2);
    expect(r.nameMismatches).toEqual([
      { row: 0, key: '0206', name: 'Sanarate', unitId: 'GT0206', unitName: 'Sansare', score: 0.908, nameOf: { unitId: 'GT0207', name: 'Sanarate' } },
      { row: 1, key: '0101', name: 'Mixco', unitId: 'GT0101', unitName: 'Guatemala', score: expect.any(Number) },
    ]);
  });

  it('looks at code matches only (a match accepted by the planner is the planner’s word)', () => {
    const rows = [{ row: 0, key: '0206', name: 'Sanarate' }];
    const accepted = joinUnits(rows, targets, { by: 'code', accepted: { 0: 'GT0206' } });
    expect(accepted.nameMismatches).toEqual([]);
    expect(codeNameMismatches(rows, accepted.matched, targets).checked).toBe(0);
  });
});

describe('focal join prints the count', () => {
  const dir = mkdtempSync(join(tmpdir(), 'focal-code-name-'));
  const run = async (...extra: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const report = join(dir, `r${extra.length}.json`);
    const code = await main(['join', '--left', CENSUS, '--key', 'id_municipal', '--country', 'GT', '--report', report, ...extra], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    return { out: out.join('\n'), json: JSON.parse(readFileSync(report, 'utf8')) as { name: string | null; report: { nameMismatches: { key: string }[] } } };
  };

  it('0 of 339 against the app’s units, the name column guessed', async () => {
    const r = await run();
    expect(r.out).toMatch(/^joined 339 of 340 rows by code \(99\.7%\): 339 code; 1 unmatched, .*, 0 of 339 names disagree with the unit their codes reached$/);
    expect(r.json.name).toBe('municipio');
  });

  it('2 of 339 against a units CSV without INE codes, and none checked with --name ""', async () => {
    const right = join(dir, 'units-pcode.csv');
    const text = readFileSync(join(PUBLIC_DATA, 'units.csv'), 'utf8').split('\n');
    const header = text[0].split(',');
    const ine = header.indexOf('ine_code');
    writeFileSync(right, text.map((l) => l.split(',').filter((_, j) => j !== ine).join(',')).join('\n'));
    const r = await run('--right', right);
    expect(r.out).toContain(', 2 of 339 names disagree with the unit their codes reached');
    expect(r.json.report.nameMismatches.map((m) => m.key)).toEqual(['206', '207']);
    const none = await run('--right', right, '--name', '');
    expect(none.out).not.toContain('names disagree');
  });
});
