/**
 * workspaceData on the real units: a workspace of hand-made tables is joined and applied as a
 * whole, and a bad import refuses the whole workspace.
 */
import { describe, expect, it } from 'vitest';
import { joinTargets } from '../../src/lib/data/join/join-targets.ts';
import type { SvPre2024UnitProps } from '../../src/lib/data/schema.ts';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { workspaceData } from '../../src/lib/state/workspace-data.ts';
import { emptyWorkspace, type Workspace, type WorkspaceImport } from '../../src/lib/data/workspace.ts';
import type { IndicatorMapping } from '../../src/lib/data/import/import-mapping.ts';
import { readTopology, readUnits, TOPO_FILES } from '../data/public-data.ts';
import { table } from '../data/apply/apply-fixtures.ts';

const units = readUnits();
const distritos = readTopology(TOPO_FILES.SV_PRE2024).objects.units.geometries.map((g) => g.properties as unknown as SvPre2024UnitProps);
const targets = joinTargets(units, distritos);
const baseCatalog = [{ id: 'violence_score' }] as never[];

const mapping = (id: string, column = 'tasa'): IndicatorMapping => ({
  kind: 'indicators',
  key: { by: 'code', column: 'codigo', country: 'GT' },
  columns: [{ column, id, label: { en: 'Remittances', es: 'Remesas' }, pillar: 'I', direction: -1, unit: '%', year: '2023', level: 'municipio', source: 'Mi oficina' }],
});

const imp = (id: string, rows: (string | number | null)[][], m: IndicatorMapping): WorkspaceImport => ({
  id,
  importedAt: '2026-11-30T00:00:00Z',
  parsed: { kind: 'table', table: table(`${id}.csv`, ['codigo', 'tasa'], rows) },
  mapping: m,
  accepted: {},
});

describe('workspaceData', () => {
  it('joins by code with and without the leading zero and by P-code, and lists the catalog entry and rows', () => {
    const ws: Workspace = { ...emptyWorkspace(), imports: [imp('import-1', [['101', 1.5], ['0102', 2], ['GT0103', null]], mapping('remesas'))] };
    const d = workspaceData(ws, targets, baseCatalog, units);
    expect(d.catalog.map((e) => [e.id, e.source_id])).toEqual([['remesas', 'user:import-1']]);
    expect(d.indicators).toEqual([
      { unit_id: 'GT0101', indicator_id: 'remesas', value: 1.5 },
      { unit_id: 'GT0102', indicator_id: 'remesas', value: 2 },
    ]);
    expect(d.reports.get('import-1')?.matched.map((m) => m.unitId)).toEqual(['GT0101', 'GT0102', 'GT0103']);
  });

  it('refuses the whole workspace when one import is bad (an id already in the default catalog)', () => {
    const good = imp('import-1', [['101', 1.5]], mapping('remesas'));
    const clash = imp('import-2', [['101', 3]], mapping('violence_score'));
    const err = (() => {
      try {
        workspaceData({ ...emptyWorkspace(), imports: [good, clash] }, targets, baseCatalog, units);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('duplicate-id');
  });

  it('refuses an indicator id that could break the CSV the app keeps it in', () => {
    const ws = { ...emptyWorkspace(), imports: [imp('import-1', [['101', 1]], mapping('tasa,remesas'))] };
    expect(() => workspaceData(ws, targets, baseCatalog, units)).toThrow(ImportError);
  });
});
