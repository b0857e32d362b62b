import type { DatasetFiles } from '../data/tables.ts';
import type { DatasetDb } from './dataset-db.ts';

export type EngineStatus = 'loading' | 'ready' | 'error';

/** Give up when the engine has made no progress for this long (a failed worker never answers). */
const STALL_MS = 60_000;

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
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stalled!: (err: Error) => void;
      const watchdog = new Promise<never>((_, reject) => (stalled = reject));
      const poke = () => {
        clearTimeout(timer);
        timer = setTimeout(() => stalled(new Error(`no response for ${STALL_MS / 1000} s`)), STALL_MS);
      };
      try {
        poke();
        const { openDatasetDb } = await Promise.race([import('./dataset-db.ts'), watchdog]);
        poke();
        const opening = openDatasetDb(files, (p) => {
          poke();
          if (p.bytesTotal > 0) this.progress = p.bytesLoaded / p.bytesTotal;
        });
        const db = await Promise.race([opening, watchdog]);
        this.status = 'ready';
        return db;
      } catch (err) {
        this.error = err instanceof Error ? err.message : String(err);
        this.status = 'error';
        throw err;
      } finally {
        clearTimeout(timer);
      }
    })();
    return this.#db;
  }

  /** The open engine; rejects if it failed or was never started. */
  get db(): Promise<DatasetDb> {
    return this.#db ?? Promise.reject(new Error('data engine not started'));
  }
}
