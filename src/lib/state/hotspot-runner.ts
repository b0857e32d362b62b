/**
 * Main-thread side of the hotspot worker: one run at a time, progress reports, cancellation that
 * terminates the worker at once. A new worker per run (a cancelled one is gone).
 */
import type { HotspotData, HotspotReply, HotspotRequest } from './hotspots.worker.ts';
import type { SpatialWeights } from '../analysis/spatial-weights.ts';

/** The rejection of a run that was cancelled (or replaced by a new run). */
export class HotspotCancelled extends Error {
  constructor() {
    super('hotspot run cancelled');
    this.name = 'HotspotCancelled';
  }
}

export const isHotspotCancelled = (err: unknown): err is HotspotCancelled => err instanceof HotspotCancelled;

/** What the runner needs of a Worker (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface HotspotOutcome {
  result: HotspotData;
  weights: SpatialWeights;
  weightsMs: number;
  statsMs: number;
}

export type HotspotProgress = (phase: 'weights' | 'permutations', done: number, total: number) => void;

const defaultWorker = (): WorkerLike => new Worker(new URL('./hotspots.worker.ts', import.meta.url), { type: 'module' });

export class HotspotRunner {
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
   * Runs `request` in a new worker (its arrays are structured-cloned, not modified). Cancels a run
   * already going.
   *
   * @returns the result, or rejects with {@link HotspotCancelled} when cancelled, or with an Error
   *   carrying the worker's message (bad input, worker failed to load).
   */
  start(request: Omit<HotspotRequest, 'type'>, onProgress?: HotspotProgress): Promise<HotspotOutcome> {
    this.cancel();
    return new Promise<HotspotOutcome>((resolve, reject) => {
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
      worker.onmessage = (e: MessageEvent<HotspotReply>) => {
        if (this.#worker !== worker) return;
        const m = e.data;
        if (m.type === 'progress') onProgress?.(m.phase, m.done, m.total);
        else if (m.type === 'result') {
          finish();
          resolve({ result: m.result, weights: m.weights, weightsMs: m.weightsMs, statsMs: m.statsMs });
        } else {
          finish();
          reject(new Error(m.message));
        }
      };
      worker.onerror = (e: ErrorEvent) => {
        if (this.#worker !== worker) return;
        e.preventDefault?.();
        finish();
        reject(new Error(`the hotspot worker failed${e.message ? `: ${e.message}` : ' to load'}`));
      };
      try {
        worker.postMessage({ ...request, type: 'run' } satisfies HotspotRequest);
      } catch (err) {
        finish();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Terminates the running worker at once; its promise rejects with {@link HotspotCancelled}. */
  cancel(): void {
    const worker = this.#worker;
    const reject = this.#reject;
    if (!worker) return;
    this.#worker = null;
    this.#reject = null;
    worker.terminate();
    reject?.(new HotspotCancelled());
  }
}
