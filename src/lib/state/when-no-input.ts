/**
 * Resolves once the planner has left the page alone for `idleMs` (no pointer, key, wheel or form
 * input), or `capMs` after the call in any case. For background work heavy enough to slow what
 * the planner is doing on a small machine, such as the service worker's precache (tens of
 * megabytes hashed and stored, seconds of a core): it starts in a pause, not between two clicks.
 */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'input', 'change'] as const;

export function whenNoInput(target: EventTarget, idleMs = 3000, capMs = 60_000): Promise<void> {
  return new Promise((resolve) => {
    let idle: ReturnType<typeof setTimeout>;
    const done = () => {
      clearTimeout(idle);
      clearTimeout(cap);
      for (const type of INPUT_EVENTS) target.removeEventListener(type, restart, { capture: true });
      resolve();
    };
    const restart = () => {
      clearTimeout(idle);
      idle = setTimeout(done, idleMs);
    };
    const cap = setTimeout(done, capMs);
    for (const type of INPUT_EVENTS) target.addEventListener(type, restart, { capture: true, passive: true });
    restart();
  });
}
