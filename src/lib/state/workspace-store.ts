/**
 * The workspace in IndexedDB (plain IndexedDB API): one record, written in one transaction, so a
 * reload restores exactly what was last saved and a failed save leaves the previous record as it
 * was.
 *
 * - The database is named after the app's base path (`focal-workspace:/path/`), so two
 *   deployments on one origin keep two workspaces. The first time it is opened, the record of
 *   the origin-wide database of earlier versions (`focal-workspace`) is copied into it.
 * - Every write adds one to a stored revision, in the same transaction. A save names the revision
 *   it started from and is refused (`StaleWorkspaceError`) when another tab wrote since: the
 *   caller reads the stored workspace again and redoes its change on it, so no tab's import is
 *   lost to another tab's later write. Each write is announced on a BroadcastChannel of the same
 *   name, so other tabs re-read at once.
 * - `loadWorkspace()` never throws: no record gives the empty workspace; a record of another
 *   version or a damaged record is moved aside (kept under its own key, never overwritten; the UI
 *   offers it for download) and the empty workspace is given with a `problem` (English text for
 *   logs) and its `reason` code for the UI's own words; a browser without IndexedDB (some private
 *   modes) gives the empty workspace and `unavailable`.
 * - `saveWorkspace(ws, from?)` stores a structured-clone-able workspace; when the browser's storage
 *   is full it rejects with `ImportError('quota')` and the stored workspace stays as it was.
 * - `clearWorkspace(from?)` deletes the record ("reset to default data").
 */
import { ImportError } from '../data/import/import-error.ts';
import { emptyWorkspace, type Workspace } from '../data/workspace.ts';
import { parseWorkspace, WorkspaceError } from '../data/parse-workspace.ts';

/** The origin-wide database of focal before storage names followed the base path. */
export const LEGACY_WORKSPACE_DB = 'focal-workspace';

/** The database of the app served from `baseUri` (its path: two deployments, two workspaces). */
export function workspaceDbName(baseUri: string): string {
  return `${LEGACY_WORKSPACE_DB}:${new URL('./', baseUri).pathname}`;
}

export const WORKSPACE_DB = workspaceDbName(globalThis.document?.baseURI ?? 'http://localhost/');
export const WORKSPACE_STORE = 'workspace';
/** The key of the one record. */
export const WORKSPACE_KEY = 'current';
/** The key of the revision: one more at each write. */
const REVISION_KEY = 'revision';
/** Records that could not be restored are kept under `aside:<when>`. */
const ASIDE_PREFIX = 'aside:';

/** Why a stored workspace could not be restored. */
export type WorkspaceLoadReason = 'version' | 'damaged' | 'unavailable';

/** A stored record that could not be restored, kept aside as it was. */
export interface AsideWorkspace {
  key: string;
  /** When it was moved aside (ISO time). */
  keptAt: string;
  /** Of another version, damaged, or not applicable by this focal (an import it cannot join). */
  reason: 'version' | 'damaged' | 'unusable';
  record: unknown;
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** English text saying why the stored workspace was not restored; null when all is well. */
  problem: string | null;
  reason: WorkspaceLoadReason | null;
  /** The stored revision the workspace is of (0: never written). */
  revision?: number;
}

/** A save refused because another tab wrote the workspace since `from` was read. */
export class StaleWorkspaceError extends Error {
  constructor() {
    super('the workspace was changed in another tab');
    this.name = 'StaleWorkspaceError';
  }
}

const PROBLEMS: Record<WorkspaceLoadReason, string> = {
  version: 'The saved workspace comes from another version of focal and could not be restored; it was kept aside; the default data are shown.',
  damaged: 'The saved workspace is damaged and could not be restored; it was kept aside; the default data are shown.',
  unavailable: 'This browser does not allow focal to keep data (IndexedDB is unavailable); imports will not survive a reload.',
};

function open(name: string, onCreate?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = (e) => {
      if (!req.result.objectStoreNames.contains(WORKSPACE_STORE)) req.result.createObjectStore(WORKSPACE_STORE);
      if (e.oldVersion === 0) onCreate?.();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** The scoped database; on its creation, the legacy database's record is copied in (the legacy one is left as it was). */
async function openDb(): Promise<IDBDatabase> {
  let created = false;
  const db = await open(WORKSPACE_DB, () => (created = true));
  if (created) await copyLegacy(db).catch(() => undefined);
  return db;
}

async function copyLegacy(db: IDBDatabase): Promise<void> {
  const known = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : null;
  if (known && !known.some((d) => d.name === LEGACY_WORKSPACE_DB)) return;
  const legacy = await open(LEGACY_WORKSPACE_DB);
  let record: unknown;
  try {
    record = await request(legacy.transaction(WORKSPACE_STORE, 'readonly').objectStore(WORKSPACE_STORE).get(WORKSPACE_KEY));
  } finally {
    legacy.close();
  }
  if (record === undefined) return;
  await write(db, (store) => {
    store.put(record, WORKSPACE_KEY);
    store.put(1, REVISION_KEY);
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * One readwrite transaction: resolves when it commits, rejects (nothing written) when it aborts.
 * `run` may call `fail(err)` (now or from a request's callback) to abort with that reason.
 */
function write(db: IDBDatabase, run: (store: IDBObjectStore, fail: (err: unknown) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction(WORKSPACE_STORE, 'readwrite');
    let failure: unknown = null;
    const fail = (err: unknown): void => {
      failure = err;
      try {
        tx.abort();
      } catch {
        // Aborted already (the browser did, for the same failure).
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(storeError(isQuota(tx.error) ? tx.error : (failure ?? tx.error)));
    tx.onerror = () => {
      failure ??= tx.error;
    };
    try {
      run(tx.objectStore(WORKSPACE_STORE), fail);
    } catch (err) {
      // A synchronous throw (DataCloneError, QuotaExceededError) leaves the transaction open:
      // abort it so nothing of this write is kept.
      fail(err);
    }
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

/** Tells the app's other tabs that the workspace was written (they read it again). */
function announce(revision: number): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(WORKSPACE_DB);
  channel.postMessage({ type: 'workspace-written', revision });
  channel.close();
}

/** Calls `onWrite(revision)` whenever another tab writes the workspace; returns the unsubscribe. */
export function onWorkspaceWritten(onWrite: (revision: number) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(WORKSPACE_DB);
  channel.onmessage = (e: MessageEvent<{ type?: string; revision?: number }>) => {
    if (e.data?.type === 'workspace-written' && typeof e.data.revision === 'number') onWrite(e.data.revision);
  };
  return () => channel.close();
}

/**
 * Writes with the revision check: `change` runs in the transaction once the stored revision is
 * read, unless it differs from `from` (then nothing is written: StaleWorkspaceError).
 */
async function writeChecked(from: number | undefined, change: (store: IDBObjectStore) => void): Promise<number> {
  let next = 0;
  await withDb((db) =>
    write(db, (store, fail) => {
      const get = store.get(REVISION_KEY);
      get.onsuccess = () => {
        const stored = typeof get.result === 'number' ? get.result : 0;
        if (from !== undefined && stored !== from) return fail(new StaleWorkspaceError());
        next = stored + 1;
        try {
          change(store);
          store.put(next, REVISION_KEY);
        } catch (err) {
          fail(err);
        }
      };
    }),
  );
  announce(next);
  return next;
}

export async function loadWorkspace(): Promise<LoadedWorkspace> {
  let stored: unknown;
  let revision = 0;
  try {
    [stored, revision] = await withDb(async (db) => {
      const store = db.transaction(WORKSPACE_STORE, 'readonly').objectStore(WORKSPACE_STORE);
      const [record, rev] = await Promise.all([request(store.get(WORKSPACE_KEY)), request(store.get(REVISION_KEY))]);
      return [record, typeof rev === 'number' ? rev : 0] as const;
    });
  } catch {
    return failed('unavailable', 0);
  }
  if (stored === undefined) return { workspace: emptyWorkspace(), problem: null, reason: null, revision };
  try {
    return { workspace: parseWorkspace(stored), problem: null, reason: null, revision };
  } catch (err) {
    if (!(err instanceof WorkspaceError)) throw err;
    // Kept aside as it was, never overwritten by the next save.
    const reason = err.code;
    revision = await setAsideCurrent(reason, revision).catch(() => revision);
    return failed(reason, revision);
  }
}

/**
 * Moves the stored record aside (under its own key, as it was) and leaves no current workspace;
 * resolves to the new revision. Refused (StaleWorkspaceError) when the stored revision is not `from`.
 */
export async function setAsideCurrent(reason: AsideWorkspace['reason'], from?: number): Promise<number> {
  return writeChecked(from, (store) => {
    const get = store.get(WORKSPACE_KEY);
    get.onsuccess = () => {
      if (get.result === undefined) return;
      const keptAt = new Date().toISOString();
      const key = `${ASIDE_PREFIX}${keptAt}`;
      store.put({ key, keptAt, reason, record: get.result } satisfies AsideWorkspace, key);
      store.delete(WORKSPACE_KEY);
    };
  });
}

/** The records kept aside (oldest first). */
export async function asideWorkspaces(): Promise<AsideWorkspace[]> {
  try {
    return await withDb(async (db) => {
      const range = IDBKeyRange.bound(ASIDE_PREFIX, `${ASIDE_PREFIX}\uffff`);
      const all = await request(db.transaction(WORKSPACE_STORE, 'readonly').objectStore(WORKSPACE_STORE).getAll(range));
      return all as AsideWorkspace[];
    });
  } catch {
    return [];
  }
}

/** Deletes a record kept aside (the planner has downloaded it or does not want it). */
export async function discardAside(key: string): Promise<void> {
  await withDb((db) => write(db, (store) => store.delete(key)));
}

/**
 * Stores `ws`; resolves to the new revision. With `from`, refused (StaleWorkspaceError) when the
 * stored revision is no longer `from`.
 */
export async function saveWorkspace(ws: Workspace, from?: number): Promise<number> {
  return writeChecked(from, (store) => store.put(ws, WORKSPACE_KEY));
}

export async function clearWorkspace(from?: number): Promise<number> {
  return writeChecked(from, (store) => store.delete(WORKSPACE_KEY));
}

function failed(reason: WorkspaceLoadReason, revision: number): LoadedWorkspace {
  return { workspace: emptyWorkspace(), problem: PROBLEMS[reason], reason, revision };
}

function storeError(err: unknown): unknown {
  if (err instanceof StaleWorkspaceError) return err;
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
