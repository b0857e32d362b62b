/**
 * DuckDB-WASM in the browser: the eh bundle, served from the app's own origin (no CDN), in its
 * Web Worker. Only the eh files are imported, so exactly one `.wasm` (34 MB, 7.8 MB gzip) lands in
 * dist. Extension autoloading and autoinstall are switched off right after open (docs/STACK.md).
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { createDb, type Db } from './db.ts';
import { DB_OPEN_CONFIG, DB_SESSION_SETUP } from './db-config.ts';

export interface DbOpenProgress {
  /** `download`: fetching and compiling the WASM module; `open`: starting the database; `ready`. */
  stage: 'download' | 'open' | 'ready';
  /** Bytes of the WASM module fetched so far, and in all (0 when the server gives no length). */
  bytesLoaded: number;
  bytesTotal: number;
}

/**
 * Start DuckDB-WASM in a Worker and open an in-memory database. Marks `focal:duckdb-start` and
 * `focal:duckdb-ready` on the performance timeline (measure `focal:duckdb-open`).
 */
export async function openBrowserDb(onProgress?: (p: DbOpenProgress) => void): Promise<Db> {
  performance.mark('focal:duckdb-start');
  const worker = new Worker(ehWorkerUrl);
  // A worker whose script fails to load or crashes never answers DuckDB's messages: fail at once.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the DuckDB worker failed to start')));
    worker.addEventListener('messageerror', () => reject(new Error('the DuckDB worker sent an unreadable message')));
  });
  workerFailed.catch(() => undefined);
  const duck = new AsyncDuckDB(new VoidLogger(), worker);
  let conn: AsyncDuckDBConnection;
  let bytesLoaded = 0;
  let bytesTotal = 0;
  try {
    const started = (async () => {
      await duck.instantiate(ehWasmUrl, null, (p) => {
        bytesLoaded = p.bytesLoaded;
        bytesTotal = p.bytesTotal;
        onProgress?.({ stage: 'download', bytesLoaded, bytesTotal });
      });
      onProgress?.({ stage: 'open', bytesLoaded, bytesTotal });
      await duck.open(DB_OPEN_CONFIG);
      const c = await duck.connect();
      for (const sql of DB_SESSION_SETUP) await c.query(sql);
      return c;
    })();
    conn = await Promise.race([started, workerFailed]);
  } catch (err) {
    await duck.terminate().catch(() => undefined);
    throw new Error(`Could not start DuckDB-WASM: ${err instanceof Error ? err.message : String(err)}`);
  }
  performance.mark('focal:duckdb-ready');
  performance.measure('focal:duckdb-open', 'focal:duckdb-start', 'focal:duckdb-ready');
  onProgress?.({ stage: 'ready', bytesLoaded, bytesTotal });

  return createDb({
    run: (sql) => conn.query(sql),
    runPrepared: async (sql, params) => {
      const stmt = await conn.prepare(sql);
      try {
        return await stmt.query(...params);
      } finally {
        await stmt.close();
      }
    },
    registerText: (name, text) => duck.registerFileText(name, text),
    // AsyncDuckDB transfers `bytes.buffer` to its worker (no copy on this thread).
    registerBytes: (name, bytes) => duck.registerFileBuffer(name, bytes),
    close: async () => {
      await conn.close();
      await duck.terminate();
    },
  });
}
