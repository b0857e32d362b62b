import { describe, it, expect, vi, afterEach } from 'vitest';
import { whenQuiet } from '../../src/lib/state/when-quiet.ts';

type Idle = (d: { didTimeout: boolean; timeRemaining: () => number }) => void;

/** A stand-in for requestIdleCallback that hands out idle periods of the given lengths, one per call. */
function idlePeriods(lengths: number[]): { calls: () => number } {
  let calls = 0;
  vi.stubGlobal('requestIdleCallback', (f: Idle) => {
    const ms = lengths[calls++] ?? 50;
    queueMicrotask(() => f({ didTimeout: false, timeRemaining: () => ms }));
    return calls;
  });
  return { calls: () => calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenQuiet', () => {
  it('waits through short idle periods (frames still being drawn) for a long one', async () => {
    const idle = idlePeriods([5, 12, 3, 49]);
    await whenQuiet(40, 60_000);
    expect(idle.calls()).toBe(4);
  });

  it('resolves when the browser says the idle callback timed out', async () => {
    vi.stubGlobal('requestIdleCallback', (f: Idle) => (queueMicrotask(() => f({ didTimeout: true, timeRemaining: () => 0 })), 1));
    await expect(whenQuiet(40, 60_000)).resolves.toBeUndefined();
  });

  it('resolves after the time-out where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    let done = false;
    void whenQuiet(40, 5_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
