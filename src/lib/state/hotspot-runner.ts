/**
 * Main-thread side of the hotspot worker (see worker-runner.ts): one run at a time, progress
 * reports, cancellation that terminates the worker at once.
 */
import type { HotspotData, HotspotReply, HotspotRequest } from '../workers/hotspots.worker.ts';
import type { SpatialWeights } from '../analysis/spatial-weights.ts';
import { WorkerRunner, isRunCancelled, type WorkerLike } from './worker-runner.ts';

export type { WorkerLike };
/** Whether a run's rejection is a cancellation (or its replacement by a new run). */
export const isHotspotCancelled = isRunCancelled;

export interface HotspotOutcome {
  result: HotspotData;
  weights: SpatialWeights;
  weightsMs: number;
  statsMs: number;
}

export type HotspotProgress = (phase: 'weights' | 'permutations', done: number, total: number) => void;

const defaultWorker = (): WorkerLike => new Worker(new URL('../workers/hotspots.worker.ts', import.meta.url), { type: 'module' });

export class HotspotRunner {
  readonly #runner: WorkerRunner<HotspotReply>;

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.#runner = new WorkerRunner<HotspotReply>('hotspot', createWorker);
  }

  get running(): boolean {
    return this.#runner.running;
  }

  /**
   * Runs `request` in a new worker (its arrays are structured-cloned, not modified). Cancels a run
   * already going.
   */
  start(request: Omit<HotspotRequest, 'type'>, onProgress?: HotspotProgress): Promise<HotspotOutcome> {
    return this.#runner.run(
      { ...request, type: 'run' } satisfies HotspotRequest,
      (m) => ({ result: m.result, weights: m.weights, weightsMs: m.weightsMs, statsMs: m.statsMs }),
      (m) => onProgress?.(m.phase, m.done, m.total),
    );
  }

  /** Terminates the running worker at once; its promise rejects with a cancellation. */
  cancel(): void {
    this.#runner.cancel();
  }
}
