import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { Session } from './lib/state/session.svelte.ts';
import { MapView } from './lib/state/map-view.svelte.ts';
import { offlineStatus } from './lib/state/offline-status.svelte.ts';
import { startMapWorker } from './lib/map/start-map-worker.ts';
import { whenQuiet } from './lib/state/when-quiet.ts';
import { requestOutlineGeometry, requestUnitGeometry } from './lib/data/dataset-files.ts';

// The first map's polygons and lines (preloaded by index.html) are parsed as soon as they are in.
void requestUnitGeometry().catch(() => undefined); // the map falls back to the boundary files
void requestOutlineGeometry().catch(() => undefined);
startMapWorker();
const session = new Session();
// Created before the start, so that it shows the first map as soon as the data are in.
const mapView = new MapView(session);
void session.start();

offlineStatus.watchNetwork(window, navigator.onLine);
// The service worker (dist/sw.js) exists in production builds only; it is registered once the
// first map and the data engine have settled and then the page is quiet (nothing drawn, no task
// waiting), so that storing 40 MB (seconds of its thread on a small machine) neither slows the
// start nor overlaps the planner's first moves while the panels still settle.
if (import.meta.env.PROD) {
  const hooks = window.__focal;
  const offlineReady = offlineStatus.start(
    { container: navigator.serviceWorker, protocol: location.protocol, reload: () => location.reload() },
    './sw.js',
    (hooks ? Promise.allSettled([hooks.ready, hooks.dbReady]) : Promise.resolve()).then(() => whenQuiet()),
  );
  offlineReady.catch(() => undefined); // the app works on without it; the hook reports why
  if (hooks) hooks.offlineReady = offlineReady;
}

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
// A browser that prefers Spanish: its text (not in the first download) is in before the mount (in
// the same task for English). No top-level await: the Spanish chunk imports from this one.
void session.locale.ready.then(() => mount(App, { target, props: { session, mapView } }));
