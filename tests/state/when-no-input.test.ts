import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNoInput } from '../../src/lib/state/when-no-input.ts';

afterEach(() => vi.useRealTimers());

/** Whether `p` has settled by now (after pending microtasks). */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenNoInput', () => {
  it('resolves after the idle time when nothing happens', async () => {
    vi.useFakeTimers();
    const p = whenNoInput(new EventTarget(), 3000, 60_000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
  });

  it('each input starts the idle time again; the listeners are removed once it resolves', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const p = whenNoInput(target, 3000, 60_000);
    for (const type of ['pointerdown', 'keydown', 'wheel', 'input', 'change']) {
      await vi.advanceTimersByTimeAsync(2000);
      target.dispatchEvent(new Event(type));
    }
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
    // No listener left: an input after the end starts no timer.
    target.dispatchEvent(new Event('keydown'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves at the cap even while the planner keeps working', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const p = whenNoInput(target, 3000, 10_000);
    for (let t = 0; t < 9; t++) {
      await vi.advanceTimersByTimeAsync(1000);
      target.dispatchEvent(new Event('keydown'));
    }
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await settled(p)).toBe(true);
  });
});
