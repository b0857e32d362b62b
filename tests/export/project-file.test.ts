/**
 * The project file: what is saved reads back identical (workspace with an import, the view, the
 * edited spec), with the provenance of the default sources and of each import; bad files are
 * refused with a code.
 */
import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry, Manifest } from '../../src/lib/data/schema.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import type { ViewState } from '../../src/lib/state/view-state.ts';
import { ViewStateError } from '../../src/lib/state/view-state-error.ts';
import { emptyWorkspace } from '../../src/lib/data/workspace.ts';
import { parseProjectFile, projectFile, projectIndicatorIds } from '../../src/lib/export/project-file.ts';
import { ProjectFileError } from '../../src/lib/export/project-file-error.ts';
import { workspaceWithOneImport } from '../state/workspace-fixture.ts';
import { readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const manifest = JSON.parse(readText('manifest.json')) as Manifest;

function view(): ViewState {
  return {
    lang: 'es',
    view: 'index',
    indicator: 'user_remesas',
    year: { year: null, latest: false },
    change: { active: false, first: null, second: null, mode: 'absolute', k: 5 },
    spec: { ...withRootWeight(defaultIndexSpec(catalog), [], 'IV', 0.3), name: 'Edited in focal' },
    classification: { method: 'equal', k: 4 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS },
    hotspotMap: 'cluster',
    investments: {
      filter: { donor: '', sector: '', pillar: '', loe: 0, yearFrom: NaN, yearTo: NaN },
      measure: 'amount',
      mapMode: 'bivariate',
      needSource: 'index',
      spread: 'none',
      showPoints: false,
      maxActivities: 0,
      yearRule: 'spread',
      splitYear: NaN,
    },
    ranking: { country: 'GT', department: '', query: '', sort: null },
    selected: 'GT0102',
    map: { lon: -90.5, lat: 14.6, zoom: 8 },
  };
}

function refused(text: string): ProjectFileError {
  try {
    parseProjectFile(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ProjectFileError);
    return err as ProjectFileError;
  }
  throw new Error('the file was accepted');
}

describe('projectFile / parseProjectFile', () => {
  it('round-trips a workspace with an import and the view (the spec goes into the workspace too)', () => {
    const ws = workspaceWithOneImport();
    const v = view();
    const text = projectFile(ws, v, '0.1.0', manifest, new Date('2026-12-01T09:30:00Z'));
    const back = parseProjectFile(text);
    expect(back.view).toEqual(v);
    expect(back.workspace).toEqual({ ...ws, spec: v.spec });
    // The accepted matches keep their row numbers (JSON object keys) and the null "no unit".
    expect(back.workspace.imports[0].accepted).toEqual({ 2: 'GT0103', 5: null });
    // Names from files stay text.
    expect(back.workspace.imports[0].parsed.table.values[1][2]).toBe('<b>Distrito Central</b>');
    expect(projectIndicatorIds(back.workspace)).toEqual(['user_remesas']);
  });

  it('writes the format id, app version, date and the provenance of the sources and of each import', () => {
    const json = JSON.parse(projectFile(workspaceWithOneImport(), view(), '0.1.0', manifest, new Date('2026-12-01T09:30:00Z')));
    expect(json.focal_project).toBe(1);
    expect(json.app).toEqual({ name: 'focal', version: '0.1.0' });
    expect(json.saved).toBe('2026-12-01T09:30:00.000Z');
    expect(json.provenance.data_build).toBe(manifest.build_version);
    expect(json.provenance.sources.length).toBe(Object.keys(manifest.sources).length);
    expect(json.provenance.imports).toEqual([
      { id: 'import-1', file: 'remesas 2023.csv', format: 'csv', importedAt: '2026-11-30T10:00:00.000Z', kind: 'indicators', source: 'Encuesta propia' },
    ]);
  });

  it('round-trips the default workspace (nothing imported)', () => {
    const v = { ...view(), indicator: catalog[0].id };
    const back = parseProjectFile(`\ufeff${projectFile(emptyWorkspace(), v, '0.1.0', null)}`);
    expect(back.workspace).toEqual({ ...emptyWorkspace(), spec: v.spec });
    expect(back.view).toEqual(v);
  });

  it('refuses what is not JSON, not a project, or of another version', () => {
    expect(refused('').code).toBe('not-json');
    expect(refused('{"focal_project": 1,').code).toBe('not-json');
    expect(refused('[1, 2]').code).toBe('not-project');
    expect(refused(readText('catalog.json')).code).toBe('not-project');
    // An index spec is not a project.
    expect(refused(JSON.stringify(defaultIndexSpec(catalog))).code).toBe('not-project');
    const good = JSON.parse(projectFile(workspaceWithOneImport(), view(), '0.1.0', manifest));
    expect(refused(JSON.stringify({ ...good, focal_project: 2 })).code).toBe('version');
    expect(refused(JSON.stringify({ ...good, workspace: { ...good.workspace, version: 9 } })).code).toBe('version');
  });

  it('refuses a damaged workspace, naming the part', () => {
    const good = JSON.parse(projectFile(workspaceWithOneImport(), view(), '0.1.0', manifest));
    const edits: [(j: typeof good) => void, string][] = [
      [(j) => delete j.workspace, 'workspace must be an object'],
      [(j) => (j.workspace.imports = {}), 'workspace.imports must be an array'],
      [(j) => (j.workspace.imports[0].parsed.table.values[2] = [1, 2]), 'workspace.imports[0].parsed.table.values'],
      [(j) => (j.workspace.imports[0].parsed.table.values[2][0] = { x: 1 }), 'workspace.imports[0].parsed.table.values'],
      [(j) => j.workspace.imports.push(j.workspace.imports[0]), '"import-1" is used twice'],
      [(j) => (j.workspace.imports[0].mapping.kind = 'magic'), 'workspace.imports[0].mapping'],
      [(j) => (j.workspace.imports[0].accepted = { 1: 5 }), 'workspace.imports[0].accepted'],
      [(j) => (j.workspace.spec.indicators = []), 'workspace.spec: indicators must not be empty'],
      [(j) => (j.workspace.settings = { lang: 1 }), 'workspace.settings'],
    ];
    for (const [edit, detail] of edits) {
      const j = JSON.parse(JSON.stringify(good));
      edit(j);
      const err = refused(JSON.stringify(j));
      expect(err.code, detail).toBe('damaged');
      expect(err.params.detail).toContain(detail);
    }
  });

  it('refuses a project whose view is not valid (a ViewStateError)', () => {
    const good = JSON.parse(projectFile(workspaceWithOneImport(), view(), '0.1.0', manifest));
    good.view.classification.k = 99;
    expect(() => parseProjectFile(JSON.stringify(good))).toThrow(ViewStateError);
    delete good.view;
    expect(() => parseProjectFile(JSON.stringify(good))).toThrow(ViewStateError);
  });
});
