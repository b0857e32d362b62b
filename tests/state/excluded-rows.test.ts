/**
 * Rows that reach no unit are never parsed (issue 14 item 3): a footnote row of `NA` recognised as
 * not a municipio, a source line the planner marks "not a municipio" and a row left unmatched do
 * not block the file with their text; a municipio's row with text in a value column still does.
 */
import { describe, expect, it } from 'vitest';
import { joinTargets } from '../../src/lib/data/join/join-targets.ts';
import type { SvPre2024UnitProps } from '../../src/lib/data/schema.ts';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { joinImport, workspaceData } from '../../src/lib/state/workspace-data.ts';
import { emptyWorkspace, type Workspace } from '../../src/lib/data/workspace.ts';
import type { IndicatorMapping } from '../../src/lib/data/import/import-mapping.ts';
import type { CellValue } from '../../src/lib/data/import/import-types.ts';
import { readTopology, readUnits, TOPO_FILES } from '../data/public-data.ts';
import { table } from '../data/apply/apply-fixtures.ts';

const units = readUnits();
const distritos = readTopology(TOPO_FILES.SV_PRE2024).objects.units.geometries.map((g) => g.properties as unknown as SvPre2024UnitProps);
const targets = joinTargets(units, distritos);

const mapping: IndicatorMapping = {
  kind: 'indicators',
  key: { by: 'name', column: 'municipio', deptColumn: 'departamento', country: 'GT' },
  columns: [{ column: 'tasa', id: 'user_tasa', label: { en: 'Rate', es: 'Tasa' }, pillar: 'I', direction: 1, unit: '%', year: '2018', level: 'municipio', source: 'INE' }],
};

function ws(rows: CellValue[][], accepted: Record<number, string | null> = {}): Workspace {
  const t = table('footnotes.csv', ['municipio', 'departamento', 'tasa'], rows);
  return { ...emptyWorkspace(), imports: [{ id: 'import-1', importedAt: '2026-12-07T00:00:00Z', parsed: { kind: 'table', table: t }, mapping, accepted }] };
}

const ROWS: CellValue[][] = [
  ['Mixco', 'Guatemala', '12.5'],
  ['Villa Nueva', 'Guatemala', '9'],
  ['NA', 'NA', 'NA'],
  ['Fuente: INE, Censo 2018 (proyección)', '', 'n.d.'],
  ['Xyzzy', 'Guatemala', 'sin dato'],
];

describe('rows that reach no unit are never parsed', () => {
  it('a footnote of NA, a source line marked not a municipio and an unmatched row do not block the file', () => {
    const w = ws(ROWS, { 3: null });
    const report = joinImport(w.imports[0].parsed.table, mapping.key, targets, { 3: null });
    expect(report.matched.map((m) => m.row)).toEqual([0, 1]);
    expect(report.notUnits.map((r) => r.row)).toEqual([2, 3]);
    expect(report.unmatchedRows.map((r) => r.row)).toEqual([4]);
    const d = workspaceData(w, targets, [], units);
    expect(d.indicators.map((r) => [r.unit_id, r.value])).toEqual([
      ['GT0108', 12.5],
      ['GT0115', 9],
    ]);
  });

  it('text in a value column of a row that reached a municipio is still refused, naming the row', () => {
    const rows = ROWS.map((r) => [...r]);
    rows[1][2] = 'n.d.';
    let err: unknown;
    try {
      workspaceData(ws(rows, { 3: null }), targets, [], units);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).params).toMatchObject({ column: 'tasa', row: 3, value: 'n.d.' });
  });
});

describe('an import with no usable value is refused with the reason', () => {
  it('no value column at all', () => {
    const w = ws(ROWS, { 3: null });
    w.imports[0].mapping = { ...mapping, columns: [] };
    expect(() => workspaceData(w, targets, [], units)).toThrow(expect.objectContaining({ code: 'no-values', params: expect.objectContaining({ reason: 'none', column: 'municipio' }) }));
  });
  it('value columns empty in every row that matched', () => {
    const rows = ROWS.map((r, i) => (i < 2 ? [r[0], r[1], ''] : r));
    expect(() => workspaceData(ws(rows, { 3: null }), targets, [], units)).toThrow(expect.objectContaining({ code: 'no-values', params: expect.objectContaining({ reason: 'empty', columns: '"tasa"' }) }));
  });
});
