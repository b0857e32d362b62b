import { untrack } from 'svelte';
import { afterNextFrame } from './after-next-frame.ts';

/**
 * What `read()` gives, one frame behind: a change shows once the frame being drawn now has gone to
 * the screen (see afterNextFrame), so that a frame the planner waits for (the map's new colours)
 * carries no other change of the page. `atOnce(next, shown)` says which changes show at once
 * instead (e.g. a run that starts shows busy at once). A newer value replaces one still waiting.
 * Call it while a component initialises (it creates an effect).
 */
export function frameBehind<T>(read: () => T, atOnce: (next: T, shown: T) => boolean = () => false): { readonly current: T } {
  let shown = $state.raw(untrack(read));
  $effect(() => {
    const next = read();
    if (untrack(() => atOnce(next, shown))) {
      shown = next;
      return;
    }
    let live = true;
    afterNextFrame(() => {
      if (live) shown = next;
    });
    return () => {
      live = false;
    };
  });
  return {
    get current() {
      return shown;
    },
  };
}
