/**
 * Resolves once the page is quiet: the browser offers an idle period of at least `quietMs` (it offers
 * up to 50 ms only when no frame is due, so nothing is being drawn or animated and no task is
 * queued), or after `timeoutMs` in any case. Where `requestIdleCallback` is missing, after
 * `timeoutMs`. For work that must not compete with what the planner sees, such as the service
 * worker's precache. https://w3c.github.io/requestidlecallback/#the-requestidlecallback-method
 */
export function whenQuiet(quietMs = 40, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') {
      setTimeout(resolve, timeoutMs);
      return;
    }
    const until = performance.now() + timeoutMs;
    const ask = () =>
      requestIdleCallback(
        (deadline) => {
          if (deadline.didTimeout || deadline.timeRemaining() >= quietMs || performance.now() >= until) resolve();
          else ask();
        },
        { timeout: Math.max(1, until - performance.now()) },
      );
    ask();
  });
}
