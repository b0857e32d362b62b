/**
 * Keeps an installing service worker's precache out of the planner's way: on the first input
 * (pointer, key, wheel, form input) the page asks the worker to pause — it finishes the file in
 * hand and stores no other — and once `idleMs` pass with no input it asks it to resume. Listening
 * stops when the worker leaves the `installing` state. The worker resumes by itself after a
 * while (sw.ts), so a page that goes away never leaves an install hanging.
 */
import type { SwRequest } from './sw-message.ts';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'input', 'change'] as const;

export type InstallingWorker = Pick<ServiceWorker, 'postMessage' | 'state' | 'addEventListener' | 'removeEventListener'>;

export function pauseWhileBusy(worker: InstallingWorker, target: EventTarget, idleMs = 1500): void {
  let paused = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const post = (type: SwRequest['type']) => worker.postMessage({ type } satisfies SwRequest);
  const onInput = () => {
    if (!paused) {
      paused = true;
      post('pause');
    }
    clearTimeout(idle);
    idle = setTimeout(() => {
      paused = false;
      post('resume');
    }, idleMs);
  };
  const stop = () => {
    if (worker.state === 'installing') return;
    clearTimeout(idle);
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
    worker.removeEventListener('statechange', stop);
  };
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, { capture: true, passive: true });
  worker.addEventListener('statechange', stop);
}
