import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { hotspots, type HotspotOptions } from '../../src/lib/analysis/hotspots.ts';
import { fromNeighbourLists } from '../../src/lib/analysis/spatial-weights.ts';
import { handleHotspotPrepare, handleHotspotRequest, type HotspotPrepare, type HotspotReply, type HotspotRequest, type HotspotWorkerCache } from '../../src/lib/workers/hotspots.worker.ts';
import { HotspotRunner, isHotspotCancelled, type WorkerLike } from '../../src/lib/state/hotspot-runner.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { latticeFeatures } from '../geo/lattice.ts';

/** A worker in this thread: messages structured-cloned both ways, each delivered on a later task; nothing after terminate(). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: unknown): void {
    const req = structuredClone(message) as HotspotRequest;
    setTimeout(() => {
      if (this.terminated) return;
      const replies: unknown[] = [];
      handleHotspotRequest(req, (reply, transfer) => replies.push(structuredClone(reply, { transfer })));
      const deliver = (k: number): void => {
        if (this.terminated || k >= replies.length) return;
        this.onmessage?.({ data: replies[k] } as MessageEvent);
        setTimeout(() => deliver(k + 1), 0);
      };
      deliver(0);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A long-lived worker as the real one: a cache kept between messages, prepares handled; counts the messages carrying boundary files. */
class CachingFakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  withTopologies = 0;
  readonly cache: HotspotWorkerCache = { topologies: null, weights: new Map() };
  postMessage(message: unknown): void {
    const req = structuredClone(message) as HotspotRequest | HotspotPrepare;
    if (req.topologies) this.withTopologies++;
    setTimeout(() => {
      if (this.terminated) return;
      const replies: unknown[] = [];
      const post = (reply: HotspotReply, transfer?: Transferable[]) => replies.push(structuredClone(reply, { transfer }));
      if (req.type === 'run') handleHotspotRequest(req, post, this.cache);
      else handleHotspotPrepare(req, this.cache, post);
      for (const r of replies) this.onmessage?.({ data: r } as MessageEvent);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Rook neighbours of a k×k lattice, row by row. */
function lattice(k: number): number[][] {
  const lists: number[][] = [];
  for (let r = 0; r < k; r++)
    for (let c = 0; c < k; c++) {
      const l: number[] = [];
      if (r > 0) l.push((r - 1) * k + c);
      if (c > 0) l.push(r * k + c - 1);
      if (c < k - 1) l.push(r * k + c + 1);
      if (r < k - 1) l.push((r + 1) * k + c);
      lists.push(l);
    }
  return lists;
}

const OPTIONS: HotspotOptions = { statistic: 'moran', permutations: 99, seed: 5, alpha: 0.05, correction: 'fdr' };
// A 6×6 lattice: high values in the top-left block, low in the bottom-right, one missing value.
const K = 6;
const values = Float64Array.from({ length: K * K }, (_, i) => {
  const r = Math.floor(i / K);
  const c = i % K;
  return i === 20 ? NaN : 10 - r - c + ((i * 7) % 3) * 0.1;
});
const weights = fromNeighbourLists(lattice(K));

describe('HotspotRunner and the hotspot worker', () => {
  it('return what hotspots() computes (same seed), without the label function, with the weights used', async () => {
    const runner = new HotspotRunner(() => new FakeWorker());
    const progress: [string, number, number][] = [];
    const out = await runner.start(
      { values, weights, topologies: null, weightOptions: { contiguity: 'rook', snapMeters: 0 }, options: OPTIONS },
      (phase, done, total) => progress.push([phase, done, total]),
    );
    const direct = hotspots(values, weights, OPTIONS);
    expect('clusterLabel' in out.result).toBe(false);
    expect([...out.result.cluster]).toEqual([...direct.cluster]);
    expect([...out.result.pSim]).toEqual([...direct.pSim]);
    expect(out.result.threshold).toBe(direct.threshold);
    expect(out.result.global).toEqual(direct.global);
    expect(out.result.missing).toEqual([20]);
    expect([...out.weights.neighbors]).toEqual([...weights.neighbors]);
    expect(progress[0][0]).toBe('permutations');
    expect(runner.running).toBe(false);
  });

  it('rejects with the worker’s message on bad input, and with HotspotCancelled when cancelled', async () => {
    const runner = new HotspotRunner(() => new FakeWorker());
    await expect(
      runner.start({ values: values.slice(1), weights, topologies: null, weightOptions: { contiguity: 'rook', snapMeters: 0 }, options: OPTIONS }),
    ).rejects.toThrow(/weights cover 36 units, the values 35/);
    await expect(
      runner.start({ values, weights: null, topologies: null, weightOptions: { contiguity: 'rook', snapMeters: 0 }, options: OPTIONS }),
    ).rejects.toThrow(/neither weights nor boundaries/);
    const p = runner.start({ values, weights, topologies: null, weightOptions: { contiguity: 'rook', snapMeters: 0 }, options: OPTIONS });
    runner.cancel();
    const err = await p.catch((e: unknown) => e);
    expect(isHotspotCancelled(err)).toBe(true);
  });

  it('builds queen weights from the three countries’ boundary files when none are given', () => {
    const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({
      country,
      topology: JSON.parse(readFileSync(`public/data/boundaries/${country.toLowerCase()}.topo.json`, 'utf8')) as UnitTopology,
    }));
    const n = topologies.reduce((s, t) => s + t.topology.objects.units.geometries.length, 0);
    const v = Float64Array.from({ length: n }, (_, i) => (i * 37) % 101);
    const replies: HotspotReply[] = [];
    handleHotspotRequest(
      { type: 'run', values: v, weights: null, topologies, weightOptions: { contiguity: 'queen', snapMeters: 500 }, options: OPTIONS },
      (r) => replies.push(r),
    );
    expect(replies[0]).toEqual({ type: 'progress', phase: 'weights', done: 0, total: 1 });
    const last = replies[replies.length - 1];
    if (last.type !== 'result') throw new Error(last.type === 'error' ? last.message : 'no result');
    expect(last.weights.n).toBe(682);
    expect(last.result.n).toBe(682);
    // The Bay Islands have no neighbour on land: never tested.
    expect(last.result.islands.length).toBeGreaterThan(0);
  });

  it('prepares the weights in a worker that lives on: the boundary files sent once, the run computes what hotspots() does', async () => {
    const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({
      country,
      topology: JSON.parse(readFileSync(`public/data/boundaries/${country.toLowerCase()}.topo.json`, 'utf8')) as UnitTopology,
    }));
    const n = topologies.reduce((s, t) => s + t.topology.objects.units.geometries.length, 0);
    const v = Float64Array.from({ length: n }, (_, i) => (i * 37) % 101);
    const workers: CachingFakeWorker[] = [];
    const runner = new HotspotRunner(() => {
      const w = new CachingFakeWorker();
      workers.push(w);
      return w;
    });
    const weightOptions = { contiguity: 'queen' as const, snapMeters: 500 };
    const built = await runner.prepare(topologies, weightOptions);
    expect(built).toBeGreaterThanOrEqual(0);
    expect(await runner.prepare(topologies, weightOptions)).toBe(0); // already asked for: nothing posted
    const phases: string[] = [];
    const out = await runner.start({ values: v, weights: null, topologies, weightOptions, options: OPTIONS }, (phase) => phases.push(phase));
    expect(workers.length).toBe(1);
    expect(workers[0].withTopologies).toBe(1);
    expect(phases).not.toContain('weights'); // built ahead
    const direct = hotspots(v, out.weights, OPTIONS);
    expect([...out.result.pSim]).toEqual([...direct.pSim]);
    expect(out.result.global).toEqual(direct.global);
    expect(out.weights.n).toBe(n);
    // A second run on the same worker: the kept weights again, equal to those of the first.
    const again = await runner.start({ values: v, weights: null, topologies, weightOptions, options: OPTIONS });
    expect([...again.weights.neighbors]).toEqual([...out.weights.neighbors]);
    expect(workers.length).toBe(1);
    expect(workers[0].withTopologies).toBe(1);
    // Cancelled: the worker is gone; the next run starts a new one and sends the files to it.
    const p = runner.start({ values: v, weights: null, topologies, weightOptions, options: OPTIONS });
    runner.cancel();
    expect(isHotspotCancelled(await p.catch((e: unknown) => e))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    const fresh = await runner.start({ values: v, weights: null, topologies, weightOptions, options: OPTIONS });
    expect(workers.length).toBe(2);
    expect(workers[1].withTopologies).toBe(1);
    expect([...fresh.result.pSim]).toEqual([...direct.pSim]);
  }, 60_000);

  it('a prepare that cannot build rejects, and the run after it reports the same problem', async () => {
    const runner = new HotspotRunner(() => new CachingFakeWorker());
    const weightOptions = { contiguity: 'rook' as const, snapMeters: 0 };
    await expect(runner.prepare(null as never, weightOptions)).rejects.toThrow(/neither weights nor boundaries/);
    await expect(runner.start({ values, weights: null, topologies: null, weightOptions, options: OPTIONS })).rejects.toThrow(/neither weights nor boundaries/);
    // With weights given, the same worker still runs.
    const out = await runner.start({ values, weights, topologies: null, weightOptions, options: OPTIONS });
    expect([...out.result.pSim]).toEqual([...hotspots(values, weights, OPTIONS).pSim]);
  });
});

describe('HotspotRunner after a boundary import (other shapes)', () => {
  it('builds the weights from the shapes sent, and after reset() a new worker gets the new shapes', async () => {
    const made: CachingFakeWorker[] = [];
    const runner = new HotspotRunner(() => {
      const w = new CachingFakeWorker();
      made.push(w);
      return w;
    });
    const weightOptions = { contiguity: 'rook' as const, snapMeters: 500 };
    const features = latticeFeatures(K, K).map((f) => ({ ...f, properties: null }));
    const before = { features, source: features.map(() => 0) };
    const out = await runner.start({ values, weights: null, topologies: before, weightOptions, options: OPTIONS });
    expect([...out.weights.offsets]).toEqual([...weights.offsets]);
    expect([...out.weights.neighbors]).toEqual([...weights.neighbors]);
    // Unit 0 moved 50 km away, with a source of its own (as shapesInUse gives a replaced unit).
    const moved = latticeFeatures(K, K, 0.1, (r, c) => (r === 0 && c === 0 ? [0.5, -0.5] : [0, 0])).map((f) => ({ ...f, properties: null }));
    const afterImport = { features: moved, source: moved.map((_, i) => (i === 0 ? 1 : 0)) };
    runner.reset();
    expect(made[0].terminated).toBe(true);
    const again = await runner.start({ values, weights: null, topologies: afterImport, weightOptions, options: OPTIONS });
    expect(made).toHaveLength(2);
    expect(made[1].withTopologies).toBe(1);
    expect(again.weights.offsets[1] - again.weights.offsets[0]).toBe(0);
    expect([...again.weights.neighbors.subarray(again.weights.offsets[1], again.weights.offsets[2])]).toEqual([2, 7]);
  });
});
