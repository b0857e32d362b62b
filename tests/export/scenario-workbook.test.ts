/**
 * The comparison workbook, read back with read-excel-file: Comparison, the top-N changes, a sheet
 * per scenario, Method and Sources; the values are the scenarios' own ranks and scores (recomputed
 * here from the same specs on the real data), sheet names Excel takes.
 */
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { compareScenarios } from '../../src/lib/data/scenario-compare.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { scenarioWorkbook } from '../../src/lib/export/scenario-workbook.ts';
import { sheetName } from '../../src/lib/export/xlsx-workbook.ts';
import { strings } from '../../src/lib/i18n/strings.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { PUBLIC_DATA, readCatalog, readManifest } from '../data/public-data.ts';
import { sheetText } from './sheet-text.ts';

const bytes = async (b: Blob) => Buffer.from(await b.arrayBuffer());

describe('sheetName', () => {
  it('replaces the characters Excel refuses, cuts to 31 and never repeats a name (without case)', () => {
    const used = new Set(['method']);
    expect(sheetName('Migration 70% [a/b]: c?', used)).toBe('Migration 70% -a-b-- c-');
    expect(sheetName('METHOD', used)).toBe('METHOD 2');
    expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
    expect(sheetName('x'.repeat(40), used)).toBe(`${'x'.repeat(29)} 2`);
  });
});

describe('scenarioWorkbook', () => {
  it('writes Default and Migration 70% compared: every municipio’s ranks and the top-10 changes of each country', async () => {
    const catalog = readCatalog();
    const spec = defaultIndexSpec(catalog);
    const m70 = { ...withRootWeight(spec, [], 'migration', 0.7), name: 'Edited in focal' };
    const tables = readRankTables(spec, PUBLIC_DATA);
    const runs = [
      { name: 'Default', spec, result: rankUnits(tables, spec) },
      { name: 'Migration 70%', spec: m70, result: rankUnits(tables, m70) },
    ];
    const comparison = compareScenarios(tables.units, runs.map((r) => ({ name: r.name, index: r.result.index })), 0, 10);
    const blob = await scenarioWorkbook({
      units: tables.units,
      runs,
      comparison,
      text: sheetText('en'),
      scenarioText: strings.en.scenarios.sheets,
      provenance: provenance('0.1.0', readManifest()),
      manifest: readManifest(),
      catalog,
      date: new Date('2026-12-07T12:00:00Z'),
    });
    const sheets = await readXlsxFile(await bytes(blob));
    expect(sheets.map((s) => s.sheet)).toEqual(['Comparison', 'Top 10 changes', 'Default', 'Migration 70%', 'Method', 'Sources']);
    const [cmp, shifts] = sheets;
    const head = cmp.data[0].map(String);
    const s = strings.en.sheets;
    expect(head.slice(0, 6)).toEqual([s.country, s.unitId, s.name, s.department, `${s.score}: Default`, `${s.rankCountry}: Default`]);
    expect(cmp.data).toHaveLength(1 + tables.units.length);
    const at = (id: string) => tables.units.findIndex((u) => u.unit_id === id);
    // Every row's ranks are the scenarios' own.
    for (const row of cmp.data.slice(1)) {
      const i = at(String(row[1]));
      const rank = (k: number) => (Number.isNaN(runs[k].result.index.rankCountry[i]) ? null : runs[k].result.index.rankCountry[i]);
      expect([row[5] ?? null, row[8] ?? null]).toEqual([rank(0), rank(1)]);
      // Last, each scenario's severity class by its own rule (fixed 20/40/60/80 here; empty without score).
      const cls = (k: number) => {
        const x = runs[k].result.index.score[i];
        return Number.isFinite(x) ? 1 + [20, 40, 60, 80].filter((c) => x >= c).length : null;
      };
      expect(row.slice(-2).map((v) => v ?? null)).toEqual([cls(0), cls(1)]);
    }
    expect(head.slice(-2)).toEqual([`${s.severity}: Default`, `${s.severity}: Migration 70%`]);
    // The changes sheet lists exactly the comparison's entries and exits.
    const expected = comparison.shifts.flatMap((s) => [...s.enters.map((i) => `${s.country} enters ${tables.units[i].unit_id}`), ...s.leaves.map((i) => `${s.country} leaves ${tables.units[i].unit_id}`)]);
    expect(shifts.data.slice(1).map((r) => `${String(r[0])} ${String(r[2])} ${String(r[3])}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    // The Method sheet names both scenarios, the base first.
    const method = sheets[4].data.map((r) => r.map((c) => (c === null ? '' : String(c))).join('|'));
    expect(method.some((l) => l.startsWith('s1|Default|Yes|'))).toBe(true);
    expect(method.some((l) => l.startsWith('s2|Migration 70%|No|') && l.includes('migration 70%'))).toBe(true);
    // …each with its severity rule stated.
    expect(method.some((l) => l.startsWith('s1|Default|Yes|') && l.includes('Fixed cut-offs on the 0–100 score'))).toBe(true);
  });
});
