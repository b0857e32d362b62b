/** Why the planner's stored workspace is not what they see: not restored at start, or not saved. */
import type { WorkspaceLoadReason } from './workspace-store.ts';

export type WorkspaceProblem =
  | { kind: 'load'; reason: WorkspaceLoadReason }
  | { kind: 'restore'; error: unknown }
  | { kind: 'save'; error: unknown };
