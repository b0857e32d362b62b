import { describe, expect, it } from 'vitest';
import { runSensitivity, type SensitivityOptions } from '../../src/lib/analysis/sensitivity.ts';
import { handleSensitivityRequest, type SensitivityRequest } from '../../src/lib/workers/sensitivity.worker.ts';
import { SensitivityRunner, isSensitivityCancelled, type WorkerLike } from '../../src/lib/state/sensitivity-runner.ts';
import { syntheticIndexInput } from '../../scripts/bench/synthetic-index-input.ts';

const OPTIONS: SensitivityOptions = {
  draws: 60,
  seed: 9,
  weightJitter: 0.5,
  varyNormalisation: true,
  varyTreatment: true,
  robustThreshold: 0.9,
  topN: 5,
  rankScope: 'country',
};

/**
 * A worker in this thread: messages are structured-cloned both ways and delivered on later tasks,
 * the request handled by the real worker code; after terminate() nothing more is delivered.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: SensitivityRequest[] = [];
  constructor(private fail = false) {}
  postMessage(message: unknown): void {
    const req = structuredClone(message) as SensitivityRequest;
    this.received.push(req);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.fail) {
        this.onerror?.({ message: '', preventDefault() {} } as ErrorEvent);
        return;
      }
      // The worker posts a reply per chunk; deliver each on its own task, as a real worker does.
      const replies: unknown[] = [];
      handleSensitivityRequest(req, (reply, transfer) => replies.push(structuredClone(reply, { transfer })));
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

describe('SensitivityRunner', () => {
  const input = syntheticIndexInput(90, 10, 3, 4);

  it('resolves with what runSensitivity computes, reports progress up to the total, and ends the worker', async () => {
    const workers: FakeWorker[] = [];
    const runner = new SensitivityRunner(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const progress: [number, number][] = [];
    const pending = runner.start(input, OPTIONS, (done, total) => progress.push([done, total]));
    expect(runner.running).toBe(true);
    const result = await pending;
    const direct = runSensitivity(input, OPTIONS);
    expect(Array.from(result.medianRank)).toEqual(Array.from(direct.medianRank));
    expect(Array.from(result.probTopN)).toEqual(Array.from(direct.probTopN));
    expect(Array.from(result.robust)).toEqual(Array.from(direct.robust));
    expect(result.rankScope).toBe('country');
    expect(progress[0]).toEqual([0, 60]);
    expect(progress.at(-1)).toEqual([60, 60]);
    for (let k = 1; k < progress.length; k++) expect(progress[k][0]).toBeGreaterThanOrEqual(progress[k - 1][0]);
    expect(runner.running).toBe(false);
    expect(workers[0].terminated).toBe(true);
    // The input reached the worker as a copy.
    expect(workers[0].received[0].input.leaves[0].values).not.toBe(input.leaves[0].values);
    expect(Array.from(workers[0].received[0].input.leaves[0].values)).toEqual(Array.from(input.leaves[0].values));
  });

  it('cancel() terminates the worker at once and rejects with a recognisable cancellation', async () => {
    const w = new FakeWorker();
    const runner = new SensitivityRunner(() => w);
    const pending = runner.start(input, OPTIONS);
    runner.cancel();
    expect(w.terminated).toBe(true);
    expect(runner.running).toBe(false);
    const err = await pending.catch((e: unknown) => e);
    expect(isSensitivityCancelled(err)).toBe(true);
    runner.cancel(); // nothing running: no effect
  });

  it('a new start cancels the run going', async () => {
    const runner = new SensitivityRunner(() => new FakeWorker());
    const first = runner.start(input, OPTIONS);
    const second = runner.start(input, { ...OPTIONS, draws: 10 });
    expect(isSensitivityCancelled(await first.catch((e: unknown) => e))).toBe(true);
    expect((await second).draws).toBe(10);
  });

  it('rejects with the engine message on bad options, and when the worker cannot load', async () => {
    const runner = new SensitivityRunner(() => new FakeWorker());
    await expect(runner.start(input, { ...OPTIONS, draws: 0 })).rejects.toThrow(/draws must be an integer/);
    const broken = new SensitivityRunner(() => new FakeWorker(true));
    await expect(broken.start(input, OPTIONS)).rejects.toThrow(/sensitivity worker failed to load/);
    expect(broken.running).toBe(false);
  });
});
