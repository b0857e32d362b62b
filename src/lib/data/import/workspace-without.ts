/**
 * `workspaceWithout`: the workspace without the import of that id (the same content when there is
 * none). A new object; the given workspace is untouched.
 */
import type { Workspace } from '../workspace.ts';

export function workspaceWithout(ws: Workspace, importId: string): Workspace {
  return { ...ws, imports: ws.imports.filter((i) => i.id !== importId) };
}
