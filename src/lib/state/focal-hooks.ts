/**
 * `window.__focal`: start-up milestones for the end-to-end tests and the benchmark. Times are
 * milliseconds from `performance.timeOrigin` (`performance.now()`).
 */
import type { SwStatus } from '../offline/sw-message.ts';

export interface FocalHooks {
  /**
   * Resolves when the first coloured map has been drawn; rejects if the data cannot load or the map
   * cannot be drawn at all (no WebGL).
   */
  ready: Promise<void>;
  /** Resolves when DuckDB holds the dataset; rejects if the engine fails. */
  dbReady: Promise<void>;
  firstMapMs?: number;
  dbReadyMs?: number;
  /**
   * Production builds: resolves when the service worker controls the page and holds every file
   * of its precache manifest; rejects when service workers are unavailable or refused.
   */
  offlineReady?: Promise<SwStatus>;
  /**
   * The map's visible area after its last move, `[west, south, east, north]` in degrees (null
   * before the first move); set by the map view.
   */
  mapView?: () => [number, number, number, number] | null;
  /**
   * Fill layers the map has drawn so far: one more each time a new colouring (a choropleth, a
   * hotspot or coverage map) has reached the screen. A test reads it before an action and waits for
   * it to grow, instead of sleeping for a guessed time.
   */
  fillsDrawn?: number;
  /** Camera moves the map has finished (maplibre `moveend`: pan, zoom, fit, jump). */
  mapMoves?: number;
  /**
   * Resolves once the camera has stopped and a frame drawn after everything set so far is on the
   * screen (maplibre's `idle` after a repaint): a screenshot or a click then meets what the state
   * says, not a frame in between; and the panels that follow the map a frame later (see
   * state/panels-follow.ts) show what the map shows.
   */
  mapSettled?: () => Promise<void>;
  /**
   * The names of places the map draws now whose point is in view (none while the labels are off or
   * not yet loaded): each name, whether it is a department's or a municipio's, and where it is
   * centred (longitude, latitude).
   */
  mapLabels?: () => { text: string; kind: string; lon: number; lat: number }[];
  /** Every name of the map's label set, shown at the current zoom or not. */
  mapLabelSet?: () => { text: string; kind: string; lon: number; lat: number }[];
  /** The kinds of boundary line ('country', 'department', 'municipio') drawn within 3 CSS pixels of a point. */
  mapLinesAt?: (lon: number, lat: number) => string[];
  /** The neighbours (unit ids) of a unit in the weights of the last hotspot run (null: no run). */
  hotspotNeighbours?: (unitId: string) => string[] | null;
  /**
   * What the map should show, for the end-to-end pixel checks: `project` gives the viewport
   * position (CSS pixels) of a longitude/latitude with the map's own camera; `colour` the fill
   * colour the app's colour scale gives unit `unitId` now (what the map was told to draw) and
   * whether it is hatched as "no data"; null for an unknown unit or no colouring yet.
   */
  mapProbe?: {
    project(lon: number, lat: number): [number, number];
    colour(unitId: string): { rgb: [number, number, number]; hatched: boolean } | null;
  };
  /**
   * True while the address does not yet hold the view: before the opening link has been applied
   * (the stored workspace restored first), or while a write of the address is scheduled or under
   * way. Set by the view link.
   */
  linkPending?: () => boolean;
  /**
   * The last hotspot run's timings (`performance.now()` of the page, milliseconds): when it was
   * asked for, when its result arrived, and what the worker spent building the weights and
   * computing the statistics. For the benchmark of "Run → map drawn" against its compute.
   */
  hotspotRun?: { startedMs: number; receivedMs: number; weightsMs: number; statsMs: number };
  /**
   * Times the ranking table has put a new ranking's rows in the document (set by the table): a
   * weight change has reached the table once it grows (the frame after shows it).
   */
  rankingDrawn?: number;
  /**
   * True while the ranking table shows an older index than the session holds: the table follows
   * the map a frame later (set by the app shell). A test that reads the table after a change waits
   * for false.
   */
  tablePending?: () => boolean;
  /**
   * The scenario comparison's two maps, once shown: each one's centre and zoom ([lon, lat, zoom])
   * whether both have loaded (a test moves one and reads the other follow), and the names each draws in view.
   */
  scenarioMaps?: () => { left: number[]; right: number[]; loaded: boolean; labels: { left: string[]; right: string[] } };
}

declare global {
  interface Window {
    __focal?: FocalHooks;
  }
}

export interface Milestones {
  firstMap(): void;
  mapFailed(err: unknown): void;
  dbReady(): void;
  dbFailed(err: unknown): void;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  // A failure is shown in the page (data-testid="error"); do not also report it as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Installs `window.__focal` and returns the functions that mark its milestones (once each). */
export function installFocalHooks(): Milestones {
  const ready = deferred();
  const db = deferred();
  const hooks: FocalHooks = { ready: ready.promise, dbReady: db.promise };
  window.__focal = hooks;
  return {
    firstMap() {
      if (hooks.firstMapMs === undefined) hooks.firstMapMs = performance.now();
      ready.resolve();
    },
    mapFailed: ready.reject,
    dbReady() {
      if (hooks.dbReadyMs === undefined) hooks.dbReadyMs = performance.now();
      db.resolve();
    },
    dbFailed: db.reject,
  };
}
