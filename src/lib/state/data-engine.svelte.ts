import type { DatasetFiles } from '../data/tables.ts';
import type { DatasetDb } from './dataset-db.ts';

export type EngineStatus = 'loading' | 'ready' | 'error';

/**
 * DuckDB-WASM holding the dataset. Its code (DuckDB, Arrow, the data layer) is a lazy chunk,
 * imported only when `start` runs, so the first map never waits for it.
 */
export class DataEngine {
  status = $state<EngineStatus>('loading');
  error = $state('');
  /** Share of the WebAssembly module downloaded, 0–1 (0 while unknown). */
  progress = $state(0);
  #db: Promise<DatasetDb> | null = null;

  /** Imports and opens the engine, then loads the dataset; resolves when queries can run. */
  start(files: Promise<DatasetFiles>): Promise<DatasetDb> {
    this.#db ??= (async () => {
      try {
        const [{ openDatasetDb }, texts] = await Promise.all([import('./dataset-db.ts'), files]);
        const db = await openDatasetDb(texts, (p) => {
          if (p.bytesTotal > 0) this.progress = p.bytesLoaded / p.bytesTotal;
        });
        this.status = 'ready';
        return db;
      } catch (err) {
        this.error = err instanceof Error ? err.message : String(err);
        this.status = 'error';
        throw err;
      }
    })();
    return this.#db;
  }

  /** The open engine; rejects if it failed or was never started. */
  get db(): Promise<DatasetDb> {
    return this.#db ?? Promise.reject(new Error('data engine not started'));
  }
}
