/**
 * `workspaceWithImport`: the workspace with one import added at the end, or replacing the import
 * of the same id in its place (a changed mapping). A new object; the given workspace is untouched
 * (the import itself is shared, not copied).
 */
import type { Workspace, WorkspaceImport } from '../workspace.ts';

export function workspaceWithImport(ws: Workspace, imp: WorkspaceImport): Workspace {
  const at = ws.imports.findIndex((i) => i.id === imp.id);
  const imports = at < 0 ? [...ws.imports, imp] : ws.imports.map((i, k) => (k === at ? imp : i));
  return { ...ws, imports };
}
