import { afterEach, describe, expect, it, vi } from 'vitest';
import { pauseWhileBusy } from '../../src/lib/offline/pause-while-busy.ts';

afterEach(() => vi.useRealTimers());

/** An installing worker that records what the page posts and can change state. */
function fakeWorker() {
  const events = new EventTarget();
  const posted: string[] = [];
  const worker = {
    state: 'installing' as ServiceWorkerState,
    postMessage: (m: { type: string }) => posted.push(m.type),
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    become(state: ServiceWorkerState) {
      this.state = state;
      events.dispatchEvent(new Event('statechange'));
    },
  };
  return { worker, posted };
}

describe('pauseWhileBusy', () => {
  it('pauses on the first input, once, and resumes after the idle time', () => {
    vi.useFakeTimers();
    const { worker, posted } = fakeWorker();
    const page = new EventTarget();
    pauseWhileBusy(worker as unknown as ServiceWorker, page, 1500);
    expect(posted).toEqual([]);
    page.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1000);
    page.dispatchEvent(new Event('change'));
    vi.advanceTimersByTime(1499);
    expect(posted).toEqual(['pause']);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual(['pause', 'resume']);
    page.dispatchEvent(new Event('keydown'));
    expect(posted).toEqual(['pause', 'resume', 'pause']);
  });

  it('stops listening once the worker has installed', () => {
    vi.useFakeTimers();
    const { worker, posted } = fakeWorker();
    const page = new EventTarget();
    pauseWhileBusy(worker as unknown as ServiceWorker, page, 1500);
    worker.become('installed');
    page.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(5000);
    expect(posted).toEqual([]);
  });
});
