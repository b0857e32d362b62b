/** The frame the map holds back until its new colours can be drawn (see heldFrame), or null. */
let held: Promise<void> | null = null;

/**
 * Says that the map holds its frames until `drawn` resolves (the frame with its new colours drawn,
 * see FocalMap): work put after "the next frame" waits for that frame, so that it does not run
 * (layout, paint, long tasks) while the planner waits for the colours.
 */
export function heldFrame(drawn: Promise<void>): void {
  const p: Promise<void> = drawn.then(() => {
    if (held === p) held = null;
  });
  held = p;
}

/**
 * Runs `f` in a task of its own once the next frame has begun: the frame being drawn now (and the
 * main-thread work that sends it to the screen) goes first; while the map holds its frames for new
 * colours (see {@link heldFrame}), once the frame with them has been drawn. Where frames do not run
 * (no `requestAnimationFrame`, e.g. in Node), after the current task.
 */
export function afterNextFrame(f: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(f, 0);
    return;
  }
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (held) void held.then(() => setTimeout(f, 0));
      else f();
    }, 0),
  );
}
