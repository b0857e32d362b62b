/**
 * Main-thread side of the sensitivity worker (see worker-runner.ts): one run at a time, progress
 * after each chunk of draws, cancellation that terminates the worker at once.
 */
import type { IndexInput, SensitivityResult } from '../analysis/composite-types.ts';
import type { SensitivityOptions } from '../analysis/sensitivity.ts';
import type { SensitivityReply, SensitivityRequest } from '../workers/sensitivity.worker.ts';
import { WorkerRunner, isRunCancelled, type WorkerLike } from './worker-runner.ts';

export type { WorkerLike };
/** Whether a run's rejection is a cancellation (or its replacement by a new run). */
export const isSensitivityCancelled = isRunCancelled;

const defaultWorker = (): WorkerLike => new Worker(new URL('../workers/sensitivity.worker.ts', import.meta.url), { type: 'module' });

export class SensitivityRunner {
  readonly #runner: WorkerRunner<SensitivityReply>;

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.#runner = new WorkerRunner<SensitivityReply>('sensitivity', createWorker);
  }

  get running(): boolean {
    return this.#runner.running;
  }

  /**
   * Runs the Monte Carlo over `input` (structured-cloned into the worker; not modified). Cancels a
   * run already going. `onProgress(done, total)` after each chunk of draws.
   */
  start(input: IndexInput, options: SensitivityOptions, onProgress?: (done: number, total: number) => void): Promise<SensitivityResult> {
    const request: SensitivityRequest = { type: 'run', input, options };
    return this.#runner.run(request, (m) => m.result, (m) => onProgress?.(m.done, m.total));
  }

  /** Terminates the running worker at once; its promise rejects with a cancellation. */
  cancel(): void {
    this.#runner.cancel();
  }
}
