/**
 * Main-thread side of the variance-based sensitivity worker (see worker-runner.ts): one run at a
 * time, progress after each chunk, cancellation that terminates the worker at once.
 */
import type { IndexInput } from '../analysis/composite-types.ts';
import type { RankSobolOptions, RankSobolResult } from '../analysis/rank-sobol.ts';
import type { RankSobolReply, RankSobolRequest } from '../workers/rank-sobol.worker.ts';
import { WorkerRunner, type WorkerLike } from './worker-runner.ts';

/** Base samples N of a run from the panel, by default (N (k + 2) index computations: 1,280 with three factors). */
export const RANK_SOBOL_SAMPLES = 256;
/** The base samples a planner can choose: fewer for a quick look, more for narrower intervals. */
export const RANK_SOBOL_SAMPLE_CHOICES = [128, 256, 512, 1024] as const;
/** Bootstrap resamplings for the intervals. */
export const RANK_SOBOL_BOOTSTRAP = 200;

const defaultWorker = (): WorkerLike => new Worker(new URL('../workers/rank-sobol.worker.ts', import.meta.url), { type: 'module' });

export class RankSobolRunner {
  readonly #runner: WorkerRunner<RankSobolReply>;

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.#runner = new WorkerRunner<RankSobolReply>('variance-based sensitivity', createWorker);
  }

  /** Runs over `input` (structured-cloned); cancels a run already going. */
  start(input: IndexInput, options: RankSobolOptions, onProgress?: (done: number, total: number) => void): Promise<RankSobolResult> {
    const request: RankSobolRequest = { type: 'run', input, options };
    return this.#runner.run(request, (m) => m.result, (m) => onProgress?.(m.done, m.total));
  }

  cancel(): void {
    this.#runner.cancel();
  }
}
