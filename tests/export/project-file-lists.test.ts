/**
 * The planner's named lists travel in the stored workspace and the project file's workspace, and a
 * damaged list is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import type { ViewState } from '../../src/lib/state/view-state.ts';
import { emptyWorkspace, type Workspace } from '../../src/lib/data/workspace.ts';
import { parseProjectFile, projectFile } from '../../src/lib/export/project-file.ts';
import { ProjectFileError } from '../../src/lib/export/project-file-error.ts';
import { parseWorkspace } from '../../src/lib/data/parse-workspace.ts';
import { MAX_LISTS, withList, withoutList, type UnitList } from '../../src/lib/data/unit-list.ts';
import { readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const list: UnitList = { name: 'Oriente – Zacapa y Chiquimula', units: ['GT1901', 'GT2001'], origin: 'Moran scatterplot brush: Emigrants', created: '2026-12-07T20:00:00.000Z' };

function view(): ViewState {
  return {
    lang: 'es',
    view: 'investments',
    indicator: catalog[0].id,
    year: { year: null, latest: false },
    change: { active: false, first: null, second: null, mode: 'absolute', k: 5 },
    spec: defaultIndexSpec(catalog),
    classification: { method: 'quantile', k: 5 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS },
    hotspotMap: 'cluster',
    investments: {
      filter: { donor: '', sector: '', pillar: '', loe: 0, yearFrom: NaN, yearTo: NaN },
      measure: 'amount',
      mapMode: 'bivariate',
      needSource: 'hotspots',
      spread: 'none',
      showPoints: false,
      maxActivities: 0,
      yearRule: 'spread',
      splitYear: NaN,
    },
    ranking: { country: '', department: '', query: '', sort: null },
    selected: null,
    map: null,
  };
}

describe('named lists in the workspace', () => {
  it('round-trip through a project file, accents intact, with the need as hotspot clusters', () => {
    const ws: Workspace = { ...emptyWorkspace(), lists: [list] };
    const back = parseProjectFile(projectFile(ws, view(), '0.1.0', null));
    expect(back.workspace.lists).toEqual([list]);
    expect(back.view.investments.needSource).toBe('hotspots');
  });

  it('a workspace without lists reads back without the field (workspaces saved before lists)', () => {
    expect(parseWorkspace(emptyWorkspace())).toEqual(emptyWorkspace());
    expect('lists' in parseWorkspace({ ...emptyWorkspace(), lists: [] })).toBe(false);
  });

  it('refuses a damaged list, naming it', () => {
    const bad = { ...emptyWorkspace(), lists: [{ ...list, units: [1, 2] }] };
    expect(() => parseWorkspace(bad)).toThrow(/lists\[0\]\.units/);
    const twice = { ...emptyWorkspace(), lists: [list, { ...list, name: list.name.toUpperCase() }] };
    expect(() => parseWorkspace(twice)).toThrow(/used twice/);
    const text = projectFile(emptyWorkspace(), view(), '0.1.0', null).replace('"spec":', `"lists": ${JSON.stringify(bad.lists)}, "spec":`);
    expect(() => parseProjectFile(text)).toThrow(ProjectFileError);
  });

  it('withList trims the name, replaces one of the same name, refuses empty names and a 21st list', () => {
    const a = withList([], { ...list, name: '  Oriente   – Zacapa y Chiquimula ' });
    expect(a?.map((l) => l.name)).toEqual(['Oriente – Zacapa y Chiquimula']);
    const b = withList(a!, { ...list, units: ['GT0101'] });
    expect(b).toHaveLength(1);
    expect(b![0].units).toEqual(['GT0101']);
    expect(withList([], { ...list, name: '   ' })).toBeNull();
    expect(withList([], { ...list, units: [] })).toBeNull();
    const full = Array.from({ length: MAX_LISTS }, (_, i) => ({ ...list, name: `L${i}` }));
    expect(withList(full, { ...list, name: 'one more' })).toBeNull();
    expect(withoutList(b!, list.name)).toEqual([]);
  });
});
