/**
 * A stored import's combine rule changed after the workspace is reopened: El Salvador's 262
 * pre-2024 municipios (tests/fixtures/join-real) are imported with the first guess (the
 * unweighted mean for a poverty rate), the workspace goes through its stored form and back (as
 * on reopening), the planner sets the sum; the values become the sums, the change is recorded on
 * the column (the rule before and when), said in the indicator's description (which the catalog
 * CSV exports) and its `combined`, and kept by the project file.
 */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../src/cli/join-read-targets.ts';
import { guessMapping } from '../../src/lib/data/import/guess-mapping.ts';
import type { IndicatorMapping } from '../../src/lib/data/import/import-mapping.ts';
import { workspaceWithAccepted } from '../../src/lib/data/import/workspace-with-accepted.ts';
import { parseWorkspace } from '../../src/lib/data/parse-workspace.ts';
import { catalogToCsv } from '../../src/lib/data/tables.ts';
import { emptyWorkspace, type Workspace } from '../../src/lib/data/workspace.ts';
import { parseProjectFile, projectFile } from '../../src/lib/export/project-file.ts';
import { workspaceData } from '../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, readUnits } from '../data/public-data.ts';
import { readFixture } from '../data/join/join-real.ts';
import { view } from '../export/test-view.ts';

const targets = readDefaultJoinTargets(PUBLIC_DATA);
const units = readUnits();
const table = readFixture('slv-262-pre2024-names-poverty.csv');
const COLUMN = 'moderate_poverty_fh_pct';
const AT = '2026-12-07T23:30:00.000Z';

function stored(): Workspace {
  const mapping = guessMapping({ kind: 'table', table }, 'indicators', [], targets) as IndicatorMapping;
  const ws = { ...emptyWorkspace(), imports: [{ id: 'import-1', importedAt: '2026-12-01T10:00:00.000Z', parsed: { kind: 'table' as const, table }, mapping, accepted: {} }] };
  // Reopened: the workspace as stored (JSON) and read back.
  return parseWorkspace(JSON.parse(JSON.stringify(ws)));
}

function values(ws: Workspace) {
  const d = workspaceData(ws, targets, [], units);
  const entry = d.catalog.find((e) => e.id.endsWith(COLUMN))!;
  return { entry, byUnit: new Map(d.indicators.filter((r) => r.indicator_id === entry.id).map((r) => [r.unit_id, r.value])), catalog: d.catalog };
}

describe('changing a stored import’s combine rule', () => {
  const before = stored();
  const mean = values(before);
  const after = workspaceWithAccepted(before, 'import-1', {}, { [COLUMN]: 'sum' }, AT);
  const sum = values(after);

  it('records the change on the column, and leaves the stored workspace untouched', () => {
    const col = (ws: Workspace) => (ws.imports[0].mapping as IndicatorMapping).columns.find((c) => c.column === COLUMN)!;
    expect(col(before).combine).toBe('mean');
    expect(col(before).combineChanged).toBeUndefined();
    expect(col(after)).toMatchObject({ combine: 'sum', combineChanged: { from: 'mean', at: AT } });
    // The other column keeps its rule, unrecorded.
    expect((after.imports[0].mapping as IndicatorMapping).columns.filter((c) => c.column !== COLUMN).every((c) => !c.combineChanged)).toBe(true);
    // Setting the same rule again records nothing.
    expect(workspaceWithAccepted(before, 'import-1', {}, { [COLUMN]: 'mean' }, AT)).toEqual({ ...before, imports: [{ ...before.imports[0], accepted: {} }] });
  });

  it('lands the sums instead of the means: a municipio of several distritos gets more than its mean', () => {
    expect(mean.entry.combined?.rule).toBe('mean');
    expect(sum.entry.combined).toMatchObject({ rule: 'sum', changed: { from: 'mean', at: AT } });
    const several = [...sum.byUnit.keys()].filter((u) => (mean.byUnit.get(u) ?? 0) > 0 && sum.byUnit.get(u)! > mean.byUnit.get(u)! + 1e-9);
    expect(several.length).toBeGreaterThan(20);
    // A sum only where every distrito has a row: fewer municipios than the mean reaches.
    expect(sum.entry.combined!.units).toBeLessThan(mean.entry.combined!.units);
  });

  it('says so in the description, in English and Spanish, and the catalog export carries it', () => {
    expect(sum.entry.description.en).toContain('combined into 36 municipios of 2024 by their sum.');
    expect(sum.entry.description.en).toContain('The planner changed this after the import on 2026-12-07 (it was their unweighted mean).');
    expect(sum.entry.description.es).toContain('lo cambió después de importar el 2026-12-07 (antes: su media sin ponderar).');
    expect(mean.entry.description.en).not.toContain('changed');
    const row = csvParse(catalogToCsv(sum.catalog)).find((r) => r.id === sum.entry.id)!;
    expect(Object.values(row).join(' ')).toContain('The planner changed this after the import on 2026-12-07');
  });

  it('is kept by the project file: opened again, the rule and its record are there', () => {
    const back = parseProjectFile(projectFile(after, view(), '0.1.0', null)).workspace;
    const col = (back.imports[0].mapping as IndicatorMapping).columns.find((c) => c.column === COLUMN)!;
    expect(col).toMatchObject({ combine: 'sum', combineChanged: { from: 'mean', at: AT } });
    expect(values(back).entry.description.en).toContain('The planner changed this after the import on 2026-12-07');
  });
});
