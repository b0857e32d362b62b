/**
 * The hotspot worker: builds the contiguity weights from the boundary files (unless the request
 * brings weights already built) and runs the chosen statistic of the registry (Local Moran's I,
 * Getis–Ord Gi*, Local Geary's c) with its permutations off the main thread, reporting progress.
 * Messages: in {@link HotspotRequest} (structured-cloned); out `{ type: 'progress', phase, done,
 * total }`, then `{ type: 'result', ... }` (typed arrays transferred) or `{ type: 'error', message }`.
 * Cancelling is terminating the worker (see hotspot-runner.ts).
 */
import type { SpatialWeights } from '../analysis/spatial-weights.ts';
import { hotspots, type HotspotOptions, type HotspotResult } from '../data/operations.ts';
import { contiguityWeights } from '../data/contiguity-weights.ts';
import type { CountryCode } from '../data/schema.ts';
import type { UnitTopology } from '../geo/unit-features.ts';
import type { Contiguity } from '../data/contiguity-weights.ts';

/** A hotspot result as it crosses the worker boundary: everything but the label function. */
export type HotspotData = Omit<HotspotResult, 'clusterLabel'>;

export interface HotspotRequest {
  type: 'run';
  /** The variable, aligned to the app's unit order (NaN = missing). */
  values: Float64Array;
  /** Weights built by an earlier run with the same contiguity and tolerance, or null to build them. */
  weights: SpatialWeights | null;
  /** The boundary files (in the app's unit order), needed when `weights` is null. */
  topologies: { country: CountryCode; topology: UnitTopology }[] | null;
  weightOptions: { contiguity: Contiguity; snapMeters: number };
  options: HotspotOptions;
}

export type HotspotReply =
  | { type: 'progress'; phase: 'weights' | 'permutations'; done: number; total: number }
  | { type: 'result'; result: HotspotData; weights: SpatialWeights; weightsMs: number; statsMs: number }
  | { type: 'error'; message: string };

/** Report progress about every this many milliseconds (and at the end). */
const PROGRESS_MS = 50;

/** Handles one request, replying through `post` (exported so that tests run it without a worker). */
export function handleHotspotRequest(req: HotspotRequest, post: (reply: HotspotReply, transfer?: Transferable[]) => void): void {
  try {
    let weights = req.weights;
    const t0 = performance.now();
    if (!weights) {
      if (!req.topologies) throw new Error('neither weights nor boundaries were given');
      post({ type: 'progress', phase: 'weights', done: 0, total: 1 });
      weights = contiguityWeights(req.topologies, req.weightOptions);
    }
    if (weights.n !== req.values.length) throw new Error(`the weights cover ${weights.n} units, the values ${req.values.length}`);
    const t1 = performance.now();
    let last = 0;
    post({ type: 'progress', phase: 'permutations', done: 0, total: req.values.length });
    const full = hotspots(req.values, weights, req.options, (done, total) => {
      const now = performance.now();
      if (now - last >= PROGRESS_MS || done === total) {
        post({ type: 'progress', phase: 'permutations', done, total });
        last = now;
      }
    });
    const statsMs = performance.now() - t1;
    // The label function cannot be cloned; the main thread reads the labels from the registry (statistic-registry.ts).
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { clusterLabel, ...result } = full;
    const buffers = new Set<ArrayBufferLike>([
      result.value.buffer,
      result.lag.buffer,
      result.statisticValue.buffer,
      result.pSim.buffer,
      result.cluster.buffer,
      weights.offsets.buffer,
      weights.neighbors.buffer,
      weights.weights.buffer,
    ]);
    post({ type: 'result', result, weights, weightsMs: t1 - t0, statsMs }, [...buffers] as Transferable[]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

// In a worker (not when a test imports this module in Node).
if (typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function' && typeof window === 'undefined') {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<HotspotRequest>) => void) | null;
    postMessage(message: unknown, transfer: Transferable[]): void;
  };
  scope.onmessage = (e) => {
    if (e.data?.type === 'run') handleHotspotRequest(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
  };
}
