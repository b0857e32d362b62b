import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import {
  asideWorkspaces,
  clearWorkspace,
  discardAside,
  LEGACY_WORKSPACE_DB,
  loadWorkspace,
  onWorkspaceWritten,
  saveWorkspace,
  setAsideCurrent,
  StaleWorkspaceError,
  workspaceDbName,
  WORKSPACE_DB,
  WORKSPACE_KEY,
  WORKSPACE_STORE,
} from '../../src/lib/state/workspace-store.ts';
import { emptyWorkspace } from '../../src/lib/data/workspace.ts';
import { goodImport, workspaceWithOneImport } from './workspace-fixture.ts';

/** Writes any value as the stored record, bypassing saveWorkspace (a record from elsewhere). */
async function putRaw(value: unknown): Promise<void> {
  await saveWorkspace(emptyWorkspace());
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(WORKSPACE_DB, 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(WORKSPACE_STORE, 'readwrite');
    tx.objectStore(WORKSPACE_STORE).put(value, WORKSPACE_KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

beforeEach(async () => {
  await clearWorkspace();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('workspace store', () => {
  it('gives the empty workspace when nothing is stored', async () => {
    // (Since writes carry a revision, the load says which it read.)
    const { revision, ...loaded } = await loadWorkspace();
    expect(loaded).toEqual({ workspace: emptyWorkspace(), problem: null, reason: null });
    expect(revision).toBeGreaterThan(0);
  });

  it('restores exactly what was saved (a reload)', async () => {
    const ws = workspaceWithOneImport();
    ws.imports.push({
      ...goodImport('import-2'),
      parsed: {
        kind: 'layer',
        table: {
          ...goodImport().parsed.table,
          geometries: [
            { type: 'Polygon', coordinates: [[[-90.5, 14.6], [-90.4, 14.6], [-90.4, 14.7], [-90.5, 14.6]]] },
            null,
            { type: 'MultiPolygon', coordinates: [[[[-87.2, 14.1], [-87.1, 14.1], [-87.1, 14.2], [-87.2, 14.1]]]] },
          ],
          geometryKind: 'polygon',
          bbox: [-90.5, 14.1, -87.1, 14.7],
        },
      },
      mapping: { kind: 'boundaries', key: { by: 'code', column: 'codigo' }, source: 'mine' },
    });
    const before = structuredClone(ws);
    await saveWorkspace(ws);
    const { workspace, problem } = await loadWorkspace();
    expect(problem).toBeNull();
    expect(workspace).toEqual(before);
    expect(workspace.imports[0].parsed.table.values[1][2]).toBe('<b>Distrito Central</b>');
    expect(ws).toEqual(before);
  });

  it('a later save replaces the earlier one; clear empties it', async () => {
    await saveWorkspace(workspaceWithOneImport());
    const second = { ...emptyWorkspace(), imports: [goodImport('import-2')] };
    await saveWorkspace(second);
    expect((await loadWorkspace()).workspace).toEqual(second);
    await clearWorkspace();
    expect((await loadWorkspace()).workspace).toEqual(emptyWorkspace());
  });

  it('a quota error on put is an ImportError("quota") and the stored workspace stays intact', async () => {
    const good = workspaceWithOneImport();
    await saveWorkspace(good);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const bigger = { ...good, imports: [...good.imports, goodImport('import-2')] };
    const err = await saveWorkspace(bigger).then(
      () => null,
      (e: unknown) => e,
    );
    expect(put).toHaveBeenCalledOnce();
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('quota');
    put.mockRestore();
    expect((await loadWorkspace()).workspace).toEqual(good);
  });

  it('a quota error reported by the aborted transaction is an ImportError("quota") too, and loses nothing', async () => {
    const good = workspaceWithOneImport();
    await saveWorkspace(good);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const req = realPut.call(this, value, key);
      // As a browser does when the disk quota is hit on commit: the transaction aborts with a
      // QuotaExceededError (its requests fail with AbortError).
      const tx = this.transaction;
      Object.defineProperty(tx, 'error', { get: () => new DOMException('quota', 'QuotaExceededError'), set: () => {}, configurable: true });
      tx.abort();
      return req;
    });
    const err = await saveWorkspace(emptyWorkspace()).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as ImportError).code).toBe('quota');
    vi.restoreAllMocks();
    expect((await loadWorkspace()).workspace).toEqual(good);
  });

  it('a workspace of another version gives the empty workspace and says why', async () => {
    await putRaw({ ...workspaceWithOneImport(), version: 2 });
    const loaded = await loadWorkspace();
    expect(loaded.workspace).toEqual(emptyWorkspace());
    expect(loaded.reason).toBe('version');
    expect(loaded.problem).toMatch(/another version/);
  });

  it.each([
    ['a string', 'not a workspace'],
    ['an array', [1, 2]],
    ['no imports', { version: 1, spec: null, settings: {} }],
    ['an import without a table', { version: 1, spec: null, settings: {}, imports: [{ id: 'a', importedAt: 'x', parsed: { kind: 'table' }, mapping: { kind: 'indicators' }, accepted: {} }] }],
    ['a column shorter than rowCount', (() => {
      const ws = workspaceWithOneImport();
      ws.imports[0].parsed.table.values[0].pop();
      return ws;
    })()],
    ['two imports with one id', { ...workspaceWithOneImport(), imports: [goodImport(), goodImport()] }],
    ['a setting that is not text', { ...workspaceWithOneImport(), settings: { lang: 3 } }],
  ])('a damaged record (%s) gives the empty workspace and says why', async (_what, value) => {
    await putRaw(value);
    const loaded = await loadWorkspace();
    expect(loaded.workspace).toEqual(emptyWorkspace());
    expect(loaded.reason).toBe('damaged');
    expect(loaded.problem).toMatch(/damaged/);
  });

  it('a browser without IndexedDB gives the empty workspace and says why, never throws', async () => {
    const real = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      const loaded = await loadWorkspace();
      expect(loaded.workspace).toEqual(emptyWorkspace());
      expect(loaded.reason).toBe('unavailable');
    } finally {
      vi.stubGlobal('indexedDB', real);
      vi.unstubAllGlobals();
    }
  });

  it('is named after the base path, so two deployments on one origin keep two workspaces', () => {
    expect(workspaceDbName('https://example.org/focal/index.html')).toBe('focal-workspace:/focal/');
    expect(workspaceDbName('https://example.org/other/')).toBe('focal-workspace:/other/');
    expect(workspaceDbName('https://example.org/')).toBe('focal-workspace:/');
    expect(WORKSPACE_DB).not.toBe(LEGACY_WORKSPACE_DB);
  });

  it('refuses a save from a revision another tab has written over, and keeps that tab\'s workspace', async () => {
    const { revision } = await loadWorkspace();
    const tabA = workspaceWithOneImport();
    const tabB = { ...emptyWorkspace(), imports: [goodImport('import-2')] };
    const after = await saveWorkspace(tabA, revision);
    expect(after).toBe(revision! + 1);
    const err = await saveWorkspace(tabB, revision).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleWorkspaceError);
    expect((await loadWorkspace()).workspace).toEqual(tabA);
    // Redone on what tab A stored, tab B's save goes through with both imports.
    const both = { ...tabA, imports: [...tabA.imports, ...tabB.imports] };
    await saveWorkspace(both, after);
    expect((await loadWorkspace()).workspace).toEqual(both);
  });

  it('tells the other tabs of each write', async () => {
    const heard: number[] = [];
    const stop = onWorkspaceWritten((r) => heard.push(r));
    try {
      const r = await saveWorkspace(workspaceWithOneImport());
      await vi.waitFor(() => expect(heard).toContain(r));
    } finally {
      stop();
    }
  });

  it('keeps a record of another version aside, where the next save does not reach it', async () => {
    for (const a of await asideWorkspaces()) await discardAside(a.key);
    const old = { ...workspaceWithOneImport(), version: 2 };
    await putRaw(old);
    expect((await loadWorkspace()).reason).toBe('version');
    await saveWorkspace(workspaceWithOneImport());
    const aside = await asideWorkspaces();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ reason: 'version', record: old });
    // Loaded again: the workspace saved since, no problem.
    expect(await loadWorkspace()).toMatchObject({ reason: null, workspace: workspaceWithOneImport() });
    await discardAside(aside[0].key);
    expect(await asideWorkspaces()).toEqual([]);
  });

  it('sets the current record aside on request (a workspace this focal could not apply)', async () => {
    for (const a of await asideWorkspaces()) await discardAside(a.key);
    await saveWorkspace(workspaceWithOneImport());
    await setAsideCurrent('unusable');
    expect((await loadWorkspace()).workspace).toEqual(emptyWorkspace());
    expect(await asideWorkspaces()).toMatchObject([{ reason: 'unusable', record: workspaceWithOneImport() }]);
  });

  it('reads the workspace of the origin-wide database of earlier versions, and leaves that one as it was', async () => {
    await new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(WORKSPACE_DB);
      req.onsuccess = resolve;
      req.onerror = reject;
    });
    const legacy = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(LEGACY_WORKSPACE_DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(WORKSPACE_STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const before = workspaceWithOneImport();
    await new Promise<void>((resolve, reject) => {
      const tx = legacy.transaction(WORKSPACE_STORE, 'readwrite');
      tx.objectStore(WORKSPACE_STORE).put(before, WORKSPACE_KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    legacy.close();
    expect(await loadWorkspace()).toMatchObject({ workspace: before, reason: null });
    // Copied once: a reset in the new database is not undone by the old one.
    await clearWorkspace();
    expect((await loadWorkspace()).workspace).toEqual(emptyWorkspace());
  });
});
