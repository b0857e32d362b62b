/**
 * Test helper (not shipped): the app's {@link Db} over DuckDB-WASM's Node "blocking" build, i.e.
 * the same WASM engine and SQL dialect as the browser (no extensions, autoloading off), so a query
 * that passes here runs in the browser too. Instantiation takes about a second: open one db per
 * test file.
 */
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBundles } from '@duckdb/duckdb-wasm/blocking';
import { createDb, type Db } from '../../src/lib/data/db.ts';
import { DB_OPEN_CONFIG, DB_SESSION_SETUP } from '../../src/lib/data/db-config.ts';

const require = createRequire(import.meta.url);
const dist = (file: string): string => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

/**
 * Node bundle files: the eh (exception handling) WASM module is the one Node 20 picks; mvp is the
 * fallback the type requires. The blocking build runs in-process and never starts the
 * `mainWorker` scripts, but the bundle type names them.
 */
export const NODE_BUNDLES: DuckDBBundles = {
  mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
  eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
};

export interface NodeDbTimings {
  instantiateMs: number;
  openMs: number;
}

export async function openNodeDb(timings?: NodeDbTimings): Promise<Db> {
  const t0 = performance.now();
  const bindings = await createDuckDB(NODE_BUNDLES, new VoidLogger(), NODE_RUNTIME);
  await bindings.instantiate(() => {});
  const t1 = performance.now();
  bindings.open(DB_OPEN_CONFIG);
  const conn = bindings.connect();
  for (const sql of DB_SESSION_SETUP) conn.query(sql);
  const t2 = performance.now();
  if (timings) {
    timings.instantiateMs = t1 - t0;
    timings.openMs = t2 - t1;
  }
  return createDb({
    run: async (sql) => conn.query(sql),
    runPrepared: async (sql, params) => {
      const stmt = conn.prepare(sql);
      try {
        return stmt.query(...params);
      } finally {
        stmt.close();
      }
    },
    registerText: async (name, text) => bindings.registerFileText(name, text),
    registerBytes: async (name, bytes) => bindings.registerFileBuffer(name, bytes),
    close: async () => {
      conn.close();
      bindings.reset();
    },
  });
}
