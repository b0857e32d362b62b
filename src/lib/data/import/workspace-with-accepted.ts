/**
 * `workspaceWithAccepted`: the workspace with the planner's decisions on one stored import
 * replaced — its accepted matches (the join runs again from them) and, for indicators, each value
 * column's combine rule (how El Salvador's pre-2024 municipios are combined into their 2024
 * municipio). A rule that changes is recorded on its column (`combineChanged`: the rule before
 * and `at`), so the indicator's description, legend, exports and the project file say so. A new
 * object; the given workspace is untouched. Throws when there is no import of that id: the
 * decisions would silently go nowhere.
 */
import type { AcceptedMatches } from '../join/join-types.ts';
import type { Workspace, WorkspaceImport } from '../workspace.ts';
import type { CombineRule } from './combine-rule.ts';

export function workspaceWithAccepted(ws: Workspace, importId: string, accepted: AcceptedMatches, combine: Readonly<Record<string, CombineRule>> = {}, at = ''): Workspace {
  if (!ws.imports.some((i) => i.id === importId)) throw new Error(`no import "${importId}" in the workspace`);
  return {
    ...ws,
    imports: ws.imports.map((i) => (i.id === importId ? withCombine({ ...i, accepted: { ...accepted } }, combine, at) : i)),
  };
}

/** The import with its columns' combine rules set from `combine` (by column), each change recorded. */
function withCombine(imp: WorkspaceImport, combine: Readonly<Record<string, CombineRule>>, at: string): WorkspaceImport {
  const m = imp.mapping;
  if (m.kind !== 'indicators' || !m.columns.some((c) => combine[c.column] && combine[c.column] !== (c.combine ?? 'mean'))) return imp;
  const columns = m.columns.map((c) => {
    const to = combine[c.column];
    const from = c.combine ?? 'mean';
    return to && to !== from ? { ...c, combine: to, combineChanged: { from, at } } : c;
  });
  return { ...imp, mapping: { ...m, columns } };
}
