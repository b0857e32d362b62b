import { describe, expect, it } from 'vitest';
import { nextImportId } from '../../src/lib/data/import/next-import-id.ts';
import { workspaceWithAccepted } from '../../src/lib/data/import/workspace-with-accepted.ts';
import { workspaceWithImport } from '../../src/lib/data/import/workspace-with-import.ts';
import { workspaceWithout } from '../../src/lib/data/import/workspace-without.ts';
import { emptyWorkspace } from '../../src/lib/data/workspace.ts';
import { goodImport, workspaceWithOneImport } from './workspace-fixture.ts';

describe('workspace reducers', () => {
  it('workspaceWithImport adds at the end, replaces the same id in place, never touches its input', () => {
    const ws = workspaceWithOneImport();
    const before = structuredClone(ws);
    const two = workspaceWithImport(ws, goodImport('import-2'));
    expect(two.imports.map((i) => i.id)).toEqual(['import-1', 'import-2']);
    expect(ws).toEqual(before);
    const changed = { ...goodImport('import-1'), importedAt: '2027-01-01T00:00:00.000Z' };
    const replaced = workspaceWithImport(two, changed);
    expect(replaced.imports.map((i) => [i.id, i.importedAt])).toEqual([
      ['import-1', '2027-01-01T00:00:00.000Z'],
      ['import-2', '2026-11-30T10:00:00.000Z'],
    ]);
    expect(two.imports[0].importedAt).toBe('2026-11-30T10:00:00.000Z');
    // Everything but the replaced import is kept.
    expect({ ...replaced, imports: two.imports }).toEqual(two);
  });

  it('workspaceWithout drops one import and keeps the rest', () => {
    const ws = workspaceWithImport(workspaceWithOneImport(), goodImport('import-2'));
    const before = structuredClone(ws);
    expect(workspaceWithout(ws, 'import-1').imports.map((i) => i.id)).toEqual(['import-2']);
    expect(workspaceWithout(ws, 'nope')).toEqual(ws);
    expect(ws).toEqual(before);
  });

  it('workspaceWithAccepted replaces the decisions of one import', () => {
    const ws = workspaceWithOneImport();
    const before = structuredClone(ws);
    const accepted = { 0: 'GT0101', 7: null };
    const next = workspaceWithAccepted(ws, 'import-1', accepted);
    expect(next.imports[0].accepted).toEqual({ 0: 'GT0101', 7: null });
    expect(next.imports[0].parsed).toBe(ws.imports[0].parsed);
    accepted[0] = 'changed';
    expect(next.imports[0].accepted[0]).toBe('GT0101');
    expect(ws).toEqual(before);
    expect(() => workspaceWithAccepted(ws, 'import-9', {})).toThrow(/import-9/);
  });

  it('nextImportId never reuses an id in the workspace', () => {
    expect(nextImportId(emptyWorkspace())).toBe('import-1');
    const ws = workspaceWithImport(workspaceWithOneImport(), goodImport('import-2'));
    expect(nextImportId(ws)).toBe('import-3');
    expect(nextImportId(workspaceWithout(ws, 'import-1'))).toBe('import-3');
  });
});
