import { afterNextFrame } from './after-next-frame.ts';

/** Updates of the panels scheduled and not yet run. */
let pending = 0;
let waiters: (() => void)[] = [];

/**
 * Runs `apply` (an update of what the panels show) once the map's frame with the new colours has
 * been drawn (see afterNextFrame): after an interaction the map is recoloured in the task of the
 * input, and the panels (their layout, paint and raster) follow in a task of their own, so that
 * the frame the planner waits for carries the map only. Counted until it has run, for
 * {@link panelsCaughtUp}. `apply` itself decides whether it is still the newest update.
 */
export function panelsFollow(apply: () => void): void {
  pending++;
  afterNextFrame(() => {
    try {
      apply();
    } finally {
      if (--pending === 0) {
        const ws = waiters;
        waiters = [];
        for (const w of ws) w();
      }
    }
  });
}

/** True while an update scheduled by {@link panelsFollow} has not run. */
export function panelsPending(): boolean {
  return pending > 0;
}

/** Resolves once every update scheduled by {@link panelsFollow} has run (at once when none is due). */
export function panelsCaughtUp(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
}
