/**
 * The workspace in IndexedDB (plain IndexedDB API): one record, written in one transaction, so a
 * reload restores exactly what was last saved and a failed save leaves the previous record as it
 * was.
 *
 * - `loadWorkspace()` never throws: no record gives the empty workspace; a record of another
 *   version, a damaged record or a browser without IndexedDB (some private modes) give the empty
 *   workspace and a `problem` (English text for logs) with its `reason` code for the UI's own
 *   words. The damaged record is left in place: the next save replaces it.
 * - `saveWorkspace(ws)` stores a structured-clone-able workspace; when the browser's storage is
 *   full it rejects with `ImportError('quota')` and the stored workspace stays as it was.
 * - `clearWorkspace()` deletes the record ("reset to default data").
 */
import { ImportError } from '../data/import/import-error.ts';
import { emptyWorkspace, type Workspace } from '../data/workspace.ts';
import { parseWorkspace, WorkspaceError } from '../data/parse-workspace.ts';

export const WORKSPACE_DB = 'focal-workspace';
export const WORKSPACE_STORE = 'workspace';
/** The key of the one record. */
export const WORKSPACE_KEY = 'current';

/** Why a stored workspace could not be restored. */
export type WorkspaceLoadReason = 'version' | 'damaged' | 'unavailable';

export interface LoadedWorkspace {
  workspace: Workspace;
  /** English text saying why the stored workspace was not restored; null when all is well. */
  problem: string | null;
  reason: WorkspaceLoadReason | null;
}

const PROBLEMS: Record<WorkspaceLoadReason, string> = {
  version: 'The saved workspace comes from another version of focal and could not be restored; the default data are shown.',
  damaged: 'The saved workspace is damaged and could not be restored; the default data are shown.',
  unavailable: 'This browser does not allow focal to keep data (IndexedDB is unavailable); imports will not survive a reload.',
};

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(WORKSPACE_DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(WORKSPACE_STORE)) req.result.createObjectStore(WORKSPACE_STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function withDb<T>(run: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await openDb();
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

export async function loadWorkspace(): Promise<LoadedWorkspace> {
  let stored: unknown;
  try {
    stored = await withDb(
      (db) =>
        new Promise<unknown>((resolve, reject) => {
          const tx = db.transaction(WORKSPACE_STORE, 'readonly');
          const req = tx.objectStore(WORKSPACE_STORE).get(WORKSPACE_KEY);
          req.onsuccess = () => resolve(req.result);
          tx.onabort = tx.onerror = () => reject(tx.error ?? req.error ?? new Error('read failed'));
        }),
    );
  } catch {
    return failed('unavailable');
  }
  if (stored === undefined) return { workspace: emptyWorkspace(), problem: null, reason: null };
  try {
    return { workspace: parseWorkspace(stored), problem: null, reason: null };
  } catch (err) {
    if (err instanceof WorkspaceError) return failed(err.code);
    throw err;
  }
}

export async function saveWorkspace(ws: Workspace): Promise<void> {
  await withDb(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(WORKSPACE_STORE, 'readwrite');
        let failure: unknown = null;
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(storeError(isQuota(tx.error) ? tx.error : (failure ?? tx.error)));
        try {
          const req = tx.objectStore(WORKSPACE_STORE).put(ws, WORKSPACE_KEY);
          req.onerror = () => {
            failure = req.error;
          };
        } catch (err) {
          // A synchronous throw (DataCloneError, QuotaExceededError) leaves the transaction open:
          // abort it so nothing of this save is written.
          failure = err;
          tx.abort();
        }
      }),
  );
}

export async function clearWorkspace(): Promise<void> {
  await withDb(
    (db) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(WORKSPACE_STORE, 'readwrite');
        tx.objectStore(WORKSPACE_STORE).delete(WORKSPACE_KEY);
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('clearing the workspace failed'));
      }),
  );
}

function failed(reason: WorkspaceLoadReason): LoadedWorkspace {
  return { workspace: emptyWorkspace(), problem: PROBLEMS[reason], reason };
}

function storeError(err: unknown): unknown {
  if (isQuota(err)) {
    return new ImportError('quota', 'The browser storage is full: the workspace was not saved; what was saved before is kept.', {});
  }
  return err ?? new Error('saving the workspace failed');
}

function isQuota(err: unknown): boolean {
  return isRecord(err) && err.name === 'QuotaExceededError';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
