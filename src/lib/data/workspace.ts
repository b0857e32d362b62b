/**
 * The planner's workspace: everything they added to the default data, kept in IndexedDB and
 * restored on reload. Plain structured-clone-able data; the default data are never stored.
 */
import type { ParsedImport } from './import/import-types.ts';
import type { ImportMapping } from './import/import-mapping.ts';
import type { AcceptedMatches } from './join/join-types.ts';
import type { IndexSpec } from './index-spec.ts';
import type { UnitList } from './unit-list.ts';

export const WORKSPACE_VERSION = 1;

/** One imported file with the planner's mapping and accepted matches. */
export interface WorkspaceImport {
  /** Stable id within the workspace (`import-1`, …). */
  id: string;
  importedAt: string;
  parsed: ParsedImport;
  mapping: ImportMapping;
  accepted: AcceptedMatches;
}

export interface Workspace {
  version: typeof WORKSPACE_VERSION;
  imports: WorkspaceImport[];
  /** The index as the planner set it (null: the default spec). */
  spec: IndexSpec | null;
  /** The planner's named lists of units (absent: none; workspaces saved before lists). */
  lists?: UnitList[];
}

export function emptyWorkspace(): Workspace {
  return { version: WORKSPACE_VERSION, imports: [], spec: null };
}
