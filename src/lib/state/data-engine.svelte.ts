import type { DatasetFiles } from '../data/tables.ts';
import type { DatasetDb } from './dataset-db.ts';

export type EngineStatus = 'loading' | 'ready' | 'error';

/** Give up when the engine has made no progress for this long (a failed worker never answers). */
const STALL_MS = 60_000;

/**
 * DuckDB-WASM holding the dataset. Its code (DuckDB, Arrow, the data layer) is a lazy chunk,
 * imported only when `start` runs: the session starts it once the first map is drawn, so that its
 * download and WebAssembly compile do not compete with the first map for the CPU. Whoever asks
 * for {@link DataEngine.db} before then waits for the start.
 */
export class DataEngine {
  status = $state<EngineStatus>('loading');
  error = $state('');
  /** Share of the WebAssembly module downloaded, 0–1 (0 while unknown). */
  progress = $state(0);
  #db: Promise<DatasetDb> | null = null;
  #started!: (db: Promise<DatasetDb>) => void;
  /** The engine once started (follows `#db`); pending until `start` is called. */
  readonly #whenStarted: Promise<DatasetDb> = new Promise((resolve) => (this.#started = resolve));

  constructor() {
    // A failure is reported through `status` and `error` (and to the caller of `start`), not as unhandled.
    this.#whenStarted.catch(() => undefined);
  }

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
    this.#started(this.#db);
    return this.#db;
  }

  /** The open engine; rejects if it failed, waits for the start if it has not started yet. */
  get db(): Promise<DatasetDb> {
    return this.#db ?? this.#whenStarted;
  }
}
