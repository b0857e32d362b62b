/**
 * Main-thread side of the sensitivity worker: one run at a time, progress reports, cancellation
 * that terminates the worker at once. A new worker per run (a cancelled one is gone, and a finished
 * one holds nothing worth keeping).
 */
import type { IndexInput, SensitivityResult } from '../analysis/composite-types.ts';
import type { SensitivityOptions } from '../analysis/sensitivity.ts';
import type { SensitivityReply, SensitivityRequest } from './sensitivity.worker.ts';

/** The rejection of a run that was cancelled (or replaced by a new run). */
export class SensitivityCancelled extends Error {
  constructor() {
    super('sensitivity run cancelled');
    this.name = 'SensitivityCancelled';
  }
}

export const isSensitivityCancelled = (err: unknown): err is SensitivityCancelled => err instanceof SensitivityCancelled;

/** What the runner needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const defaultWorker = (): WorkerLike => new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });

export class SensitivityRunner {
  #createWorker: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #reject: ((err: Error) => void) | null = null;

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.#createWorker = createWorker;
  }

  get running(): boolean {
    return this.#worker !== null;
  }

  /**
   * Runs the Monte Carlo over `input` (structured-cloned into the worker; not modified). Cancels a
   * run already going. `onProgress(done, total)` after each chunk of draws.
   *
   * @returns the result, or rejects with {@link SensitivityCancelled} when cancelled, or with an
   *   Error carrying the worker's message (bad options, malformed tree, worker failed to load).
   */
  start(input: IndexInput, options: SensitivityOptions, onProgress?: (done: number, total: number) => void): Promise<SensitivityResult> {
    this.cancel();
    return new Promise<SensitivityResult>((resolve, reject) => {
      let worker: WorkerLike;
      try {
        worker = this.#createWorker();
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      this.#worker = worker;
      this.#reject = reject;
      const finish = (): void => {
        worker.terminate();
        if (this.#worker === worker) {
          this.#worker = null;
          this.#reject = null;
        }
      };
      worker.onmessage = (e: MessageEvent<SensitivityReply>) => {
        if (this.#worker !== worker) return;
        const m = e.data;
        if (m.type === 'progress') onProgress?.(m.done, m.total);
        else if (m.type === 'result') {
          finish();
          resolve(m.result);
        } else {
          finish();
          reject(new Error(m.message));
        }
      };
      worker.onerror = (e: ErrorEvent) => {
        if (this.#worker !== worker) return;
        e.preventDefault?.();
        finish();
        reject(new Error(`the sensitivity worker failed${e.message ? `: ${e.message}` : ' to load'}`));
      };
      const request: SensitivityRequest = { type: 'run', input, options };
      try {
        worker.postMessage(request);
      } catch (err) {
        finish();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Terminates the running worker at once; its promise rejects with {@link SensitivityCancelled}. */
  cancel(): void {
    const worker = this.#worker;
    const reject = this.#reject;
    if (!worker) return;
    this.#worker = null;
    this.#reject = null;
    worker.terminate();
    reject?.(new SensitivityCancelled());
  }
}
