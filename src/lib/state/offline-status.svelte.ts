import { askStatus } from '../offline/ask-status.ts';
import type { SwRequest, SwStatus } from '../offline/sw-message.ts';

/** What the page needs from the browser (injected so that tests can stand in for it). */
export interface OfflineEnv {
  /** `navigator.serviceWorker`; undefined where service workers do not exist (insecure origin, some private modes). */
  container: ServiceWorkerContainer | undefined;
  /** `location.protocol`: service workers only on http(s). */
  protocol: string;
  reload: () => void;
}

/**
 * The app's offline state: the network (for the "Offline" badge), the service worker that keeps
 * the app and data (registered in production builds only), and a waiting new version.
 */
export class OfflineStatus {
  /** What `navigator.onLine` says (kept current by `watchNetwork`). */
  online = $state(true);
  /** `ready` once the service worker controls the page and holds every file. */
  phase = $state<'off' | 'installing' | 'ready' | 'failed'>('off');
  /** Everything was stored during this visit: the "ready to work offline" note is shown once. */
  justReady = $state(false);
  /** A new version waits: the "new version — Reload" notice. */
  updateReady = $state(false);
  #waiting: ServiceWorker | null = null;
  #reloading = false;
  #registration: ServiceWorkerRegistration | null = null;

  /** Follows the browser's online/offline events; on reconnecting, checks for a new version. */
  watchNetwork(target: Pick<Window, 'addEventListener'>, onLine: boolean): void {
    this.online = onLine;
    target.addEventListener('online', () => {
      this.online = true;
      this.#registration?.update().catch(() => undefined);
    });
    target.addEventListener('offline', () => (this.online = false));
  }

  /**
   * Registers `swUrl` once `after` has settled (so that the first map and the data engine do not
   * compete with the download of the files to keep). Resolves when the worker controls the page
   * and has stored everything; rejects — and the app carries on as an ordinary web page — when
   * service workers are unavailable, refused or fail to install.
   */
  start(env: OfflineEnv, swUrl: string, after: Promise<unknown> = Promise.resolve()): Promise<SwStatus> {
    const c = env.container;
    if (!c || !/^https?:$/.test(env.protocol)) {
      this.phase = 'failed';
      const none = Promise.reject(new Error('service workers are not available here'));
      none.catch(() => undefined);
      return none;
    }
    const firstInstall = !c.controller;
    // A page the worker answered from its cache is offline whatever navigator.onLine says; asked at
    // once (not after the first map and the engine) so that the badge shows while they load.
    if (c.controller) {
      askStatus(c.controller).then(
        (s) => {
          if (s.pageFromCache) this.online = false;
        },
        () => undefined,
      );
    }
    c.addEventListener('controllerchange', () => {
      if (this.#reloading) env.reload();
    });
    this.phase = 'installing';
    const ready = (async () => {
      await after;
      const reg = await c.register(swUrl, { scope: './' });
      // Playwright's `serviceWorkers: 'block'` (and some extensions) resolve without a registration.
      if (!reg) throw new Error('service worker registration was refused');
      this.#registration = reg;
      this.#watchUpdates(reg, c);
      await c.ready;
      const controller =
        c.controller ??
        (await new Promise<ServiceWorker>((resolve) => {
          const check = () => c.controller && (c.removeEventListener('controllerchange', check), resolve(c.controller));
          c.addEventListener('controllerchange', check);
        }));
      const status = await askStatus(controller);
      if (status.cached < status.total) throw new Error(`only ${status.cached} of ${status.total} files are stored for offline use`);
      return status;
    })();
    ready.then(
      () => {
        this.phase = 'ready';
        if (firstInstall) this.justReady = true;
      },
      () => (this.phase = 'failed'),
    );
    return ready;
  }

  /** The "Reload" button: the waiting version takes over, then the page reloads (on controllerchange). */
  applyUpdate(): void {
    if (!this.#waiting) return;
    this.#reloading = true;
    const request: SwRequest = { type: 'skip-waiting' };
    this.#waiting.postMessage(request);
  }

  #watchUpdates(reg: ServiceWorkerRegistration, c: ServiceWorkerContainer): void {
    // A worker that installs while another controls the page is a new version (the first one is not).
    const offer = (w: ServiceWorker) => {
      if (!c.controller) return;
      this.#waiting = w;
      this.updateReady = true;
    };
    if (reg.waiting) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => {
        if (w.state === 'installed') offer(w);
      });
    });
  }
}

/** The app's one offline state, started from main.ts and shown in the header. */
export const offlineStatus = new OfflineStatus();
