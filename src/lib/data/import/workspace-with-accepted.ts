/**
 * `workspaceWithAccepted`: the workspace with the planner's accepted matches of one import
 * replaced (the join runs again from them). A new object; the given workspace is untouched.
 * Throws when there is no import of that id: the decisions would silently go nowhere.
 */
import type { AcceptedMatches } from '../join/join-types.ts';
import type { Workspace } from '../workspace.ts';

export function workspaceWithAccepted(ws: Workspace, importId: string, accepted: AcceptedMatches): Workspace {
  if (!ws.imports.some((i) => i.id === importId)) throw new Error(`no import "${importId}" in the workspace`);
  return {
    ...ws,
    imports: ws.imports.map((i) => (i.id === importId ? { ...i, accepted: { ...accepted } } : i)),
  };
}
