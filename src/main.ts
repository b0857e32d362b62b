import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { App as AppState } from './lib/state/app.svelte.ts';
import { offlineStatus } from './lib/state/offline-status.svelte.ts';

const app = new AppState();
void app.start();

offlineStatus.watchNetwork(window, navigator.onLine);
// The service worker (dist/sw.js) exists in production builds only; it is registered once the
// first map and the data engine have settled, so that storing 40 MB does not slow the start.
if (import.meta.env.PROD) {
  const hooks = window.__focal;
  const offlineReady = offlineStatus.start(
    { container: navigator.serviceWorker, protocol: location.protocol, reload: () => location.reload() },
    './sw.js',
    hooks ? Promise.allSettled([hooks.ready, hooks.dbReady]) : Promise.resolve(),
  );
  offlineReady.catch(() => undefined); // the app works on without it; the hook reports why
  if (hooks) hooks.offlineReady = offlineReady;
}

const target = document.getElementById('app');
if (!target) throw new Error('#app missing');
export default mount(App, { target, props: { app } });
