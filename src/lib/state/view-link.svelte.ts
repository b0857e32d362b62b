/**
 * The view in the address bar. On start, the link the page was opened with is applied once the
 * data are ready (first map drawn, workspace restored); after that every change of the view
 * replaces the fragment (history.replaceState, at most every 300 ms: no history entries, no
 * reload). A link pasted into the same tab (a `hashchange`) is applied too. A link that cannot be
 * applied leaves the view as it is and says why in `error`.
 */
import type { Session } from './session.svelte.ts';
import type { MapView } from './map-view.svelte.ts';
import { appViewContext, applyViewState } from './app-view-state.ts';
import { decodeViewState, encodeViewState, type ViewState } from './view-state.ts';
import { ViewStateError } from './view-state-error.ts';
import { afterNextFrame } from './after-next-frame.ts';
import { defaultIndexSpec } from '../data/default-index-spec.ts';

/** Milliseconds between two writes of the address (the last change is always written). */
export const LINK_THROTTLE_MS = 300;

export class ViewLink {
  /** Why the link opened could not be applied; null when it was (or there was none). */
  error = $state.raw<ViewStateError | null>(null);
  /** True once the opening link has been applied (or there was none): the address follows the view. */
  ready = $state(false);

  readonly #session: Session;
  readonly #map: MapView;
  #latest: ViewState | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;
  /** A write of the address under way (between the timer and replaceState). */
  #writing = false;
  /** The fragment last written (a `hashchange` to it is ours, not a pasted link). */
  #written = '';

  constructor(session: Session, map: MapView) {
    this.#session = session;
    this.#map = map;
    // The end-to-end tests wait for the address to hold the view instead of sleeping past the throttle.
    if (typeof window !== 'undefined' && window.__focal) window.__focal.linkPending = () => this.pending;
  }

  /** True until the opening link is applied, and while a write of the address is scheduled or under way. */
  get pending(): boolean {
    return !this.ready || this.#timer !== undefined || this.#writing;
  }

  /** Applies the page's link once the data are ready, then lets the address follow the view. */
  async start(): Promise<void> {
    const hash = location.hash;
    await this.#session.workspaceRestored;
    await this.#open(hash);
    this.ready = true;
    window.addEventListener('hashchange', this.#onHashChange);
    if (this.#latest) this.#schedule();
  }

  stop(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The view changed (called by an effect of the app shell). */
  changed(v: ViewState): void {
    this.#latest = v;
    if (this.ready) this.#schedule();
  }

  dismiss(): void {
    this.error = null;
  }

  #onHashChange = (): void => {
    if (location.hash.slice(1) === this.#written) return;
    void this.#open(location.hash);
  };

  async #open(hash: string): Promise<void> {
    const params = new URLSearchParams(hash.slice(1));
    // A fragment that is no view link at all (e.g. `#top`) is not an error.
    if (!params.has('v') && !params.has('s')) return;
    try {
      const v = await decodeViewState(hash, appViewContext(this.#session));
      await applyViewState(this.#session, this.#map, v);
      this.error = null;
    } catch (err) {
      this.error = err instanceof ViewStateError ? err : new ViewStateError('damaged', err instanceof Error ? err.message : String(err));
    }
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    // Written once the map's next frame is on screen: the address (encoding, replaceState) does not
    // hold back new colours the map is waiting to draw (see afterNextFrame).
    this.#timer = setTimeout(
      () =>
        afterNextFrame(() => {
          // Stopped meanwhile.
          if (this.#timer === undefined) return;
          this.#timer = undefined;
          void this.#write();
        }),
      LINK_THROTTLE_MS,
    );
  }

  async #write(): Promise<void> {
    const v = this.#latest;
    if (!v) return;
    const seq = ++this.#seq;
    this.#writing = true;
    try {
      const fragment = await encodeViewState(v, defaultIndexSpec(this.#session.baseCatalog));
      if (seq !== this.#seq) return;
      this.#written = fragment;
      history.replaceState(history.state, '', `#${fragment}`);
    } finally {
      if (seq === this.#seq) this.#writing = false;
    }
  }
}
