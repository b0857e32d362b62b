/**
 * Main-thread side of a computation worker: one run at a time, progress reports, cancellation that
 * terminates the worker at once. A new worker per run (a cancelled one is gone, and a finished one
 * holds nothing worth keeping). The worker answers with `{ type: 'progress', … }` messages, then
 * one `{ type: 'result', … }` or `{ type: 'error', message }`.
 */

/** The rejection of a run that was cancelled (or replaced by a new run). */
export class RunCancelled extends Error {
  constructor(label: string) {
    super(`${label} run cancelled`);
    this.name = 'RunCancelled';
  }
}

export const isRunCancelled = (err: unknown): err is RunCancelled => err instanceof RunCancelled;

/** What the runner needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** A worker's replies: progress messages, then a result or an error. */
export type WorkerReply = { type: 'progress' } | { type: 'result' } | { type: 'error'; message: string };

export class WorkerRunner<Reply extends WorkerReply> {
  readonly #label: string;
  readonly #createWorker: () => WorkerLike;
  #worker: WorkerLike | null = null;
  #reject: ((err: Error) => void) | null = null;

  /** `label` names the computation in messages ("the sensitivity worker failed…"). */
  constructor(label: string, createWorker: () => WorkerLike) {
    this.#label = label;
    this.#createWorker = createWorker;
  }

  get running(): boolean {
    return this.#worker !== null;
  }

  /**
   * Posts `request` to a new worker (structured-cloned), cancelling a run already going. Each
   * progress reply goes to `onProgress`; the result reply is turned into the promise's value by
   * `read`.
   *
   * @returns the value, or rejects with {@link RunCancelled} when cancelled, or with an Error
   *   carrying the worker's message (bad input, worker failed to load).
   */
  run<T>(request: unknown, read: (reply: Extract<Reply, { type: 'result' }>) => T, onProgress?: (reply: Extract<Reply, { type: 'progress' }>) => void): Promise<T> {
    this.cancel();
    return new Promise<T>((resolve, reject) => {
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
      worker.onmessage = (e: MessageEvent<Reply>) => {
        if (this.#worker !== worker) return;
        const m = e.data;
        if (m.type === 'progress') onProgress?.(m as Extract<Reply, { type: 'progress' }>);
        else if (m.type === 'result') {
          finish();
          resolve(read(m as Extract<Reply, { type: 'result' }>));
        } else {
          finish();
          reject(new Error((m as { message: string }).message));
        }
      };
      worker.onerror = (e: ErrorEvent) => {
        if (this.#worker !== worker) return;
        e.preventDefault?.();
        finish();
        reject(new Error(`the ${this.#label} worker failed${e.message ? `: ${e.message}` : ' to load'}`));
      };
      try {
        worker.postMessage(request);
      } catch (err) {
        finish();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Terminates the running worker at once; its promise rejects with {@link RunCancelled}. */
  cancel(): void {
    const worker = this.#worker;
    const reject = this.#reject;
    if (!worker) return;
    this.#worker = null;
    this.#reject = null;
    worker.terminate();
    reject?.(new RunCancelled(this.#label));
  }
}
