/**
 * Main-thread side of the hotspot worker: one run at a time, progress reports, cancellation that
 * terminates the worker at once. Unlike the other computation workers (worker-runner.ts), this one
 * lives on between runs: started ahead of the first run by {@link HotspotRunner.prepare} (when the
 * Hotspots view opens), it loads and compiles its code, receives the boundary files once and
 * builds the weights of the current settings before the planner clicks Run — the click then pays
 * for the statistics only. A cancelled worker is gone; the next call starts a new one.
 */
import type { HotspotData, HotspotPrepare, HotspotReply, HotspotRequest } from '../workers/hotspots.worker.ts';
import type { SpatialWeights } from '../analysis/spatial-weights.ts';
import type { Contiguity, WeightShapes } from '../data/contiguity-weights.ts';
import { RunCancelled, isRunCancelled, type WorkerLike } from './worker-runner.ts';

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

interface PendingRun {
  resolve: (out: HotspotOutcome) => void;
  reject: (err: Error) => void;
  onProgress?: HotspotProgress;
}

export class HotspotRunner {
  readonly #createWorker: () => WorkerLike;
  #worker: WorkerLike | null = null;
  /** Whether the live worker holds the boundary files (sent once per worker). */
  #hasTopologies = false;
  /** Weights the live worker was asked to prepare, by `contiguity:snapMeters`. */
  #prepared = new Set<string>();
  #run: PendingRun | null = null;
  /** Prepares posted to the live worker and not answered yet (their answers come in order). */
  #prepares: { resolve: (weightsMs: number) => void; reject: (err: Error) => void }[] = [];

  constructor(createWorker: () => WorkerLike = defaultWorker) {
    this.#createWorker = createWorker;
  }

  get running(): boolean {
    return this.#run !== null;
  }

  /** The live worker, started if needed. */
  #live(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#createWorker();
    this.#worker = worker;
    this.#hasTopologies = false;
    this.#prepared.clear();
    worker.onmessage = (e: MessageEvent<HotspotReply>) => {
      if (this.#worker === worker) this.#receive(e.data);
    };
    worker.onerror = (e: ErrorEvent) => {
      if (this.#worker !== worker) return;
      e.preventDefault?.();
      this.#drop(new Error(`the hotspot worker failed${e.message ? `: ${e.message}` : ' to load'}`));
    };
    return worker;
  }

  #receive(m: HotspotReply): void {
    if (m.type === 'prepared') {
      const p = this.#prepares.shift();
      if (m.error === undefined) p?.resolve(m.weightsMs);
      else p?.reject(new Error(m.error));
      return;
    }
    const run = this.#run;
    if (!run) return;
    if (m.type === 'progress') run.onProgress?.(m.phase, m.done, m.total);
    else if (m.type === 'result') {
      this.#run = null;
      run.resolve({ result: m.result, weights: m.weights, weightsMs: m.weightsMs, statsMs: m.statsMs });
    } else {
      this.#run = null;
      run.reject(new Error(m.message));
    }
  }

  /** Terminates the live worker; what waits on it rejects with `err`. */
  #drop(err: Error): void {
    const worker = this.#worker;
    this.#worker = null;
    this.#hasTopologies = false;
    this.#prepared.clear();
    worker?.terminate();
    const run = this.#run;
    this.#run = null;
    const prepares = this.#prepares;
    this.#prepares = [];
    run?.reject(err);
    for (const p of prepares) p.reject(err);
  }

  #post(message: HotspotRequest | HotspotPrepare): void {
    const worker = this.#live();
    try {
      worker.postMessage(message);
    } catch (err) {
      this.#drop(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
    if (message.topologies) this.#hasTopologies = true;
  }

  /**
   * Has the worker build (and keep) the weights of `weightOptions` from `topologies` (sent only to
   * a worker that does not hold them yet). Resolves with the time the build took (0 when they were
   * already built or asked for); rejects when the worker fails or is cancelled meanwhile. A run
   * posted after it uses those weights.
   */
  prepare(topologies: WeightShapes, weightOptions: { contiguity: Contiguity; snapMeters: number }): Promise<number> {
    const key = `${weightOptions.contiguity}:${weightOptions.snapMeters}`;
    if (this.#worker && this.#prepared.has(key)) return Promise.resolve(0);
    return new Promise<number>((resolve, reject) => {
      try {
        this.#live();
        this.#prepared.add(key);
        this.#post({ type: 'prepare', topologies: this.#hasTopologies ? null : topologies, weightOptions });
        this.#prepares.push({ resolve, reject });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /**
   * Runs `request` in the worker (its arrays are structured-cloned, not modified; the boundary
   * files are not sent again to a worker that holds them). Cancels a run already going.
   */
  start(request: Omit<HotspotRequest, 'type'>, onProgress?: HotspotProgress): Promise<HotspotOutcome> {
    this.cancel();
    return new Promise<HotspotOutcome>((resolve, reject) => {
      try {
        const topologies = request.weights || this.#hasTopologies ? null : request.topologies;
        this.#run = { resolve, reject, onProgress };
        this.#post({ ...request, topologies, type: 'run' } satisfies HotspotRequest);
      } catch (err) {
        this.#run = null;
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /**
   * Other shapes (a boundary import, or its removal): the live worker goes with the shapes and the
   * weights it holds; what waits on it rejects with a cancellation. The next call starts a new one.
   */
  reset(): void {
    if (this.#worker) this.#drop(new RunCancelled('hotspot'));
  }

  /** Terminates the worker at once if a run is going; its promise rejects with a cancellation. */
  cancel(): void {
    if (this.#run) this.#drop(new RunCancelled('hotspot'));
  }
}
