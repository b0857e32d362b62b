/**
 * The hotspot worker: builds the contiguity weights from the boundary files (unless the request
 * brings weights already built) and runs the chosen statistic of the registry (Local Moran's I,
 * Getis–Ord Gi*, Local Geary's c) with its permutations off the main thread, reporting progress.
 * Messages: in {@link HotspotRequest} (structured-cloned); out `{ type: 'progress', phase, done,
 * total }`, then `{ type: 'result', ... }` (typed arrays transferred) or `{ type: 'error', message }`.
 * The worker lives on between runs (hotspot-runner.ts): a {@link HotspotPrepare} message, sent
 * when the Hotspots view opens, hands it the boundary files once and has it build the weights of
 * the current settings ahead of the click on Run; it keeps both ({@link HotspotWorkerCache}), so
 * that a run finds its weights built and its code compiled. Messages are handled one after the
 * other: a run posted while the weights are being prepared waits for them and uses them.
 * Cancelling is terminating the worker (see hotspot-runner.ts).
 */
import type { SpatialWeights } from '../analysis/spatial-weights.ts';
import { hotspots, type HotspotOptions, type HotspotResult } from '../data/operations.ts';
import { weightsOf, type WeightShapes } from '../data/contiguity-weights.ts';
import type { Contiguity } from '../data/contiguity-weights.ts';

/** A hotspot result as it crosses the worker boundary: everything but the label function. */
export type HotspotData = Omit<HotspotResult, 'clusterLabel'>;

export interface HotspotRequest {
  type: 'run';
  /** The variable, aligned to the app's unit order (NaN = missing). */
  values: Float64Array;
  /** Weights built by an earlier run with the same contiguity and tolerance, or null to build them (or take them from the worker's cache). */
  weights: SpatialWeights | null;
  /** The boundary files, or the shapes in use after a boundary import (in the app's unit order), needed when `weights` is null and the worker holds neither these weights nor the shapes. */
  topologies: WeightShapes | null;
  weightOptions: { contiguity: Contiguity; snapMeters: number };
  options: HotspotOptions;
}

/** Build (and keep) the weights of `weightOptions` ahead of a run; `topologies` once per worker (null: the ones it holds). */
export interface HotspotPrepare {
  type: 'prepare';
  topologies: WeightShapes | null;
  weightOptions: { contiguity: Contiguity; snapMeters: number };
}

export type HotspotReply =
  | { type: 'progress'; phase: 'weights' | 'permutations'; done: number; total: number }
  | { type: 'result'; result: HotspotData; weights: SpatialWeights; weightsMs: number; statsMs: number }
  | { type: 'error'; message: string }
  /** Answer to a {@link HotspotPrepare}: the weights are built (`weightsMs`, about 0 when already held) and kept, or `error` says why not. */
  | { type: 'prepared'; key: string; weightsMs: number; error?: string };

/** What a long-lived worker keeps between messages: the boundary files and the weights built, by contiguity and tolerance. */
export interface HotspotWorkerCache {
  topologies: WeightShapes | null;
  weights: Map<string, SpatialWeights>;
}

/** The cache key of a contiguity and tolerance (as the hotspot settings' `weightsKey`). */
const keyOf = (o: { contiguity: Contiguity; snapMeters: number }): string => `${o.contiguity}:${o.snapMeters}`;

/** A copy of the weights (the cached ones stay in the worker when a copy is transferred out). */
const copyWeights = (w: SpatialWeights): SpatialWeights => ({ n: w.n, offsets: w.offsets.slice(), neighbors: w.neighbors.slice(), weights: w.weights.slice() });

/** Handles a {@link HotspotPrepare}: builds the weights into `cache` unless it holds them. */
export function handleHotspotPrepare(req: HotspotPrepare, cache: HotspotWorkerCache, post: (reply: HotspotReply) => void): void {
  try {
    if (req.topologies) cache.topologies = req.topologies;
    const key = keyOf(req.weightOptions);
    const t0 = performance.now();
    if (!cache.weights.has(key)) {
      if (!cache.topologies) throw new Error('neither weights nor boundaries were given');
      cache.weights.set(key, weightsOf(cache.topologies, req.weightOptions));
    }
    post({ type: 'prepared', key, weightsMs: performance.now() - t0 });
  } catch (err) {
    post({ type: 'prepared', key: keyOf(req.weightOptions), weightsMs: 0, error: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Report progress about every this many milliseconds: ten times a second is enough for a progress
 * bar, and every report is a frame of the page to draw (in a software renderer, tens of
 * milliseconds of the GPU process) that the map's frame with the result may have to wait behind.
 */
const PROGRESS_MS = 100;

/**
 * Handles one request, replying through `post` (exported so that tests run it without a worker).
 * With a `cache` (the long-lived worker's), weights and boundary files missing from the request
 * are taken from it, and weights built here are kept in it (a copy goes out with the result).
 */
export function handleHotspotRequest(req: HotspotRequest, post: (reply: HotspotReply, transfer?: Transferable[]) => void, cache?: HotspotWorkerCache): void {
  try {
    const key = keyOf(req.weightOptions);
    if (cache && req.topologies) cache.topologies = req.topologies;
    const held = cache?.weights.get(key);
    let weights = req.weights ?? (held ? copyWeights(held) : null);
    const t0 = performance.now();
    if (!weights) {
      const topologies = req.topologies ?? cache?.topologies;
      if (!topologies) throw new Error('neither weights nor boundaries were given');
      post({ type: 'progress', phase: 'weights', done: 0, total: 1 });
      weights = weightsOf(topologies, req.weightOptions);
      cache?.weights.set(key, copyWeights(weights));
    }
    if (weights.n !== req.values.length) throw new Error(`the weights cover ${weights.n} units, the values ${req.values.length}`);
    const t1 = performance.now();
    let last = 0;
    post({ type: 'progress', phase: 'permutations', done: 0, total: req.values.length });
    const full = hotspots(req.values, weights, req.options, (done, total) => {
      const now = performance.now();
      // Not at the end: the result follows at once, and a last report would only be one more frame before it.
      if (done < total && now - last >= PROGRESS_MS) {
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
    onmessage: ((e: MessageEvent<HotspotRequest | HotspotPrepare>) => void) | null;
    postMessage(message: unknown, transfer: Transferable[]): void;
  };
  const cache: HotspotWorkerCache = { topologies: null, weights: new Map() };
  scope.onmessage = (e: MessageEvent<HotspotRequest | HotspotPrepare>) => {
    const post = (reply: HotspotReply, transfer?: Transferable[]) => scope.postMessage(reply, transfer ?? []);
    if (e.data?.type === 'run') handleHotspotRequest(e.data, post, cache);
    else if (e.data?.type === 'prepare') handleHotspotPrepare(e.data, cache, post);
  };
}
