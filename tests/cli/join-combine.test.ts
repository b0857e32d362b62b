/**
 * El Salvador's 262 pre-2024 municipios reach the 44 municipios of 2024: the app's apply step
 * (workspaceData, with the mapping's first guess) and `focal join --per-unit` land the same value
 * on each municipio, by the unweighted mean the guess picks for a poverty rate and by the sum when
 * asked (`--combine sum`, the mapping's `combine: 'sum'`); the catalog entry says how; a sum is
 * given only to municipios whose distritos all have a row.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../src/cli/join-read-targets.ts';
import { guessMapping } from '../../src/lib/data/import/guess-mapping.ts';
import type { IndicatorMapping } from '../../src/lib/data/import/import-mapping.ts';
import { emptyWorkspace } from '../../src/lib/data/workspace.ts';
import { joinImport, workspaceData } from '../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, readUnits } from '../data/public-data.ts';
import { JOIN_REAL, readFixture } from '../data/join/join-real.ts';

const FILE = 'slv-262-pre2024-names-poverty.csv';
const dir = mkdtempSync(join(tmpdir(), 'focal-join-combine-'));
const targets = readDefaultJoinTargets(PUBLIC_DATA);
const units = readUnits();
const table = readFixture(FILE);

function app(mapping: IndicatorMapping) {
  const ws = { ...emptyWorkspace(), imports: [{ id: 'import-1', importedAt: '2026-12-07T00:00:00Z', parsed: { kind: 'table' as const, table }, mapping, accepted: {} }] };
  return workspaceData(ws, targets, [], units);
}

async function cli(extra: string[]): Promise<{ line: string; json: { combine: { column: string; rule: string; guessed: boolean }[] }; rows: Record<string, string>[] }> {
  const tag = extra.join('-') || 'guess';
  const report = join(dir, `${tag}.json`);
  const perUnit = join(dir, `${tag}.csv`);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['join', '--left', join(JOIN_REAL, FILE), '--report', report, '--per-unit', perUnit, ...extra], { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return { line: out[0], json: JSON.parse(readFileSync(report, 'utf8')), rows: csvParse(readFileSync(perUnit, 'utf8').replace(/^\uFEFF/, '')) };
}

/** unit → value of the indicator of `column`, from the app's rows. */
function appValues(d: ReturnType<typeof app>, mapping: IndicatorMapping, column: string): Map<string, number> {
  const id = mapping.columns.find((c) => c.column === column)!.id;
  return new Map(d.indicators.filter((r) => r.indicator_id === id).map((r) => [r.unit_id, r.value]));
}

function cliValues(rows: Record<string, string>[], column: string): Map<string, number> {
  return new Map(rows.filter((r) => r[column] !== '').map((r) => [r.unit_id, Number(r[column])]));
}

describe('distritos combined into the municipios of 2024: app and CLI agree', () => {
  const guessed = guessMapping({ kind: 'table', table }, 'indicators', [], targets) as IndicatorMapping;

  it('guesses the unweighted mean for the poverty rate, says so, and lands the same 44 values as the CLI', async () => {
    expect(guessed.columns.map((c) => [c.column, c.combine])).toEqual([
      ['moderate_poverty_fh_pct', 'mean'],
      ['cv_x100', 'mean'],
    ]);
    const d = app(guessed);
    const mine = appValues(d, guessed, 'moderate_poverty_fh_pct');
    expect(mine.size).toBe(44);
    const c = await cli([]);
    expect(c.json.combine).toEqual([
      { column: 'moderate_poverty_fh_pct', rule: 'mean', guessed: true },
      { column: 'cv_x100', rule: 'mean', guessed: true },
    ]);
    expect(c.line).toContain('; 251 rows of pre-2024 municipios (distritos) on 44 municipios of 2024, combined by unweighted mean: moderate_poverty_fh_pct, cv_x100 (guessed; --combine sum|mean)');
    expect(cliValues(c.rows, 'moderate_poverty_fh_pct')).toEqual(mine);
    const entry = d.catalog.find((e) => e.id === guessed.columns[0].id)!;
    expect(entry.combined).toEqual({ rule: 'mean', rows: 251, units: 44, incomplete: 0 });
    expect(entry.description.en).toContain('251 pre-2024 municipios (distritos) combined into 44 municipios of 2024 by their unweighted mean');
    expect(entry.description.es).toContain('por su media sin ponderar');
    // The mean of Ahuachapán Centro's distritos as the file gives them (rows matched to it).
    const report = joinImport(table, guessed.key, targets, {});
    const col = table.values[table.columns.indexOf('moderate_poverty_fh_pct')];
    const rows = report.matched.filter((m) => m.unitId === 'SV01001').map((m) => Number(col[m.row]));
    expect(rows.length).toBeGreaterThan(1);
    expect(mine.get('SV01001')).toBeCloseTo(rows.reduce((a, b) => a + b, 0) / rows.length, 10);
  });

  it('sums when asked, only for municipios whose distritos are all in the file, the same in both', async () => {
    const summed: IndicatorMapping = { ...guessed, columns: guessed.columns.map((c) => ({ ...c, combine: 'sum' })) };
    const d = app(summed);
    const mine = appValues(d, summed, 'moderate_poverty_fh_pct');
    const c = await cli(['--combine', 'sum']);
    expect(c.json.combine[0]).toEqual({ column: 'moderate_poverty_fh_pct', rule: 'sum', guessed: false });
    expect(cliValues(c.rows, 'moderate_poverty_fh_pct')).toEqual(mine);
    const entry = d.catalog.find((e) => e.id === summed.columns[0].id)!;
    // 11 ambiguous names leave some municipios short of a distrito: no partial sum for them.
    expect(entry.combined!.incomplete).toBeGreaterThan(0);
    expect(entry.combined!.units + entry.combined!.incomplete).toBe(44);
    expect(mine.size).toBe(entry.combined!.units);
    const perUnit = new Map<string, number>();
    targets.forEach((t) => t.kind === 'distrito' && perUnit.set(t.unitId, (perUnit.get(t.unitId) ?? 0) + 1));
    const report = joinImport(table, guessed.key, targets, {});
    const col = table.values[table.columns.indexOf('moderate_poverty_fh_pct')];
    for (const [unit, v] of mine) {
      const rows = report.matched.filter((m) => m.unitId === unit);
      expect(rows.length).toBe(perUnit.get(unit));
      expect(v).toBeCloseTo(rows.reduce((a, m) => a + Number(col[m.row]), 0), 8);
    }
    expect(entry.description.en).toContain('by their sum');
  });
});

describe('focal join --per-unit refuses a file with no value column in the app’s words', () => {
  it('names the file and the key, as the app does', async () => {
    const file = join(dir, 'lista.csv');
    writeFileSync(file, 'municipio,departamento\nMixco,Guatemala\nVilla Nueva,Guatemala\n');
    const err: string[] = [];
    const code = await main(['join', '--left', file, '--report', join(dir, 'lista.json'), '--per-unit', join(dir, 'lista-units.csv')], { out: () => undefined, err: (l) => err.push(l) });
    expect(code).not.toBe(0);
    expect(err.join('\n')).toContain(`has no value to map: no column of numbers besides the key (“municipio”), the department, codes, years and row numbers.`);
  });
});
