import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { Session } from './lib/state/session.svelte.ts';
import { MapView } from './lib/state/map-view.svelte.ts';
import { offlineStatus } from './lib/state/offline-status.svelte.ts';
import { startMapWorker } from './lib/map/start-map-worker.ts';
import { whenNoInput } from './lib/state/when-no-input.ts';
import { whenQuiet } from './lib/state/when-quiet.ts';

startMapWorker();
const session = new Session();
// Created before the start, so that it shows the first map as soon as the data are in.
const mapView = new MapView(session);
void session.start();

offlineStatus.watchNetwork(window, navigator.onLine);
// The service worker (dist/sw.js) exists in production builds only; it is registered once the
// first map and the data engine have settled, the planner has left the page alone for 1.5 s (at
// the latest a minute on) and the page is quiet (nothing drawn, no task waiting); its install then
// pauses while the planner works (pause-while-busy.ts). Storing 45 MB takes seconds of a core on a
// small machine: traced, an indicator switch during the precache shared the machine with 3 s of
// the worker's thread.
if (import.meta.env.PROD) {
  const hooks = window.__focal;
  const offlineReady = offlineStatus.start(
    { container: navigator.serviceWorker, protocol: location.protocol, reload: () => location.reload(), input: window },
    './sw.js',
    (hooks ? Promise.allSettled([hooks.ready, hooks.dbReady]) : Promise.resolve()).then(() => whenNoInput(window, 1500)).then(() => whenQuiet()),
  );
  offlineReady.catch(() => undefined); // the app works on without it; the hook reports why
  if (hooks) hooks.offlineReady = offlineReady;
}

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
export default mount(App, { target, props: { session, mapView } });
