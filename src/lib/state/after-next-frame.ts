/**
 * Runs `f` in a task of its own once the next frame has begun: the frame being drawn now (and the
 * main-thread work that sends it to the screen) goes first. Where frames do not run (no
 * `requestAnimationFrame`, e.g. in Node), after the current task.
 */
export function afterNextFrame(f: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(f, 0));
  else setTimeout(f, 0);
}
