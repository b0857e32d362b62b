/**
 * Texts of keeping the planner's workspace: persistent storage, a stored workspace kept aside
 * (another version, damaged, or one this version could not apply), and the question before a
 * project replaces the workspace.
 */
export interface KeepMessages {
  /** The browser keeps the workspace until the planner clears it. */
  persisted: string;
  /** The browser may clear the workspace when space runs short. */
  notPersisted: string;
  /** A stored workspace kept aside on `date`, with why. */
  keptAside: (date: string, reason: 'version' | 'damaged' | 'unusable') => string;
  downloadKept: string;
  discardKept: string;
  /** Before "Open project" replaces a workspace of `files` imported files. */
  replaceQuestion: (files: number) => string;
  saveThenOpen: string;
  openWithoutSaving: string;
  cancel: string;
}
