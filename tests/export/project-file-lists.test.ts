/**
 * The planner's named lists travel in the stored workspace and the project file's workspace, and a
 * damaged list is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, type Workspace } from '../../src/lib/data/workspace.ts';
import { parseProjectFile, projectFile } from '../../src/lib/export/project-file.ts';
import { ProjectFileError } from '../../src/lib/export/project-file-error.ts';
import { parseWorkspace } from '../../src/lib/data/parse-workspace.ts';
import { MAX_LISTS, withList, withoutList, type UnitList } from '../../src/lib/data/unit-list.ts';
import { view } from './test-view.ts';

const list: UnitList = { name: 'Oriente – Zacapa y Chiquimula', units: ['GT1901', 'GT2001'], origin: 'Moran scatterplot brush: Emigrants', created: '2026-12-07T20:00:00.000Z' };

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
