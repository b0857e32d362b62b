/**
 * focal's service worker (built into dist/sw.js by scripts/vite-service-worker.ts, which fills in
 * `__FOCAL_PRECACHE__`). It keeps every file the app needs — index.html, the JS and CSS chunks
 * (lazy ones and workers included), DuckDB's WebAssembly module and worker, the data files and
 * the icons — so that the app starts and works with no network.
 *
 * - install: each file of the manifest is fetched with its SHA-256 as subresource integrity and
 *   stored decoded (cacheable-response.ts); a file an older focal cache already holds with the
 *   same hash is copied from there, and one the HTTP cache holds is taken from there, instead of
 *   downloaded again. One failure fails the install
 *   (the browser tries again later), so an installed worker always has everything.
 * - activate: focal caches of other versions are deleted; open pages are taken over at once.
 * - fetch: precached files cache-first; page loads network-first with a time limit, falling back
 *   to the precached index.html. The cached index.html is never overwritten from the network: it
 *   must stay the one whose chunks this version precached (a newer one comes with a newer worker).
 * - messages: `status` (how much is cached) and `skip-waiting` (the page's "Reload" button).
 */
import { cacheName, isOwnCache, type PrecacheEntry, type PrecacheManifest } from './lib/offline/precache-manifest.ts';
import { cacheableResponse, INTEGRITY_HEADER } from './lib/offline/cacheable-response.ts';
import { precacheKeys, swRoute } from './lib/offline/sw-route.ts';
import type { SwRequest, SwStatus } from './lib/offline/sw-message.ts';

declare const __FOCAL_PRECACHE__: PrecacheManifest;

const sw = self as unknown as ServiceWorkerGlobalScope;
const MANIFEST = __FOCAL_PRECACHE__;
const SCOPE = sw.registration.scope;
const CACHE = cacheName(MANIFEST.version, SCOPE);
const KEYS = precacheKeys(MANIFEST.entries, SCOPE);
const INDEX = new URL('index.html', SCOPE).href;
/** Page loads wait this long for the network before the cached index.html is used. */
const NAVIGATION_TIMEOUT_MS = 4000;
/** Files stored at once during install (gently: the page is in use meanwhile). */
const PARALLEL = 2;

/** The same file (same integrity) in another focal cache, from an earlier version. */
async function fromOlderCache(url: string, integrity: string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    if (!isOwnCache(name, SCOPE) || name === CACHE) continue;
    const hit = await (await caches.open(name)).match(url);
    if (hit?.headers.get(INTEGRITY_HEADER) === integrity) return hit;
  }
  return undefined;
}

async function precacheOne(cache: Cache, entry: PrecacheEntry): Promise<void> {
  const url = new URL(entry.url, SCOPE).href;
  const have = await cache.match(url);
  if (have?.headers.get(INTEGRITY_HEADER) === entry.integrity) return;
  const older = await fromOlderCache(url, entry.integrity);
  if (older) return cache.put(url, older);
  // The page has usually just downloaded these files: take them from the HTTP cache when the bytes
  // match (the integrity check says so), from the server otherwise.
  const get = (cache: RequestCache) => fetch(url, { cache, credentials: 'same-origin', integrity: entry.integrity });
  let res = await get('force-cache').catch(() => undefined);
  if (!res?.ok) res = await get('no-cache');
  if (!res.ok) throw new Error(`${entry.url}: HTTP ${res.status}`);
  await cache.put(url, cacheableResponse(res, entry.integrity));
}

async function precacheAll(): Promise<void> {
  const cache = await caches.open(CACHE);
  const queue = [...MANIFEST.entries];
  const lane = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await precacheOne(cache, entry);
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
}

async function dropOldCaches(): Promise<void> {
  for (const name of await caches.keys()) {
    if (isOwnCache(name, SCOPE) && name !== CACHE) await caches.delete(name);
  }
}

async function status(): Promise<SwStatus> {
  const cache = await caches.open(CACHE);
  const present = new Set((await cache.keys()).map((r) => r.url));
  let cached = 0;
  for (const url of KEYS.values()) if (present.has(url)) cached++;
  const bytes = MANIFEST.entries.reduce((s, e) => s + e.bytes, 0);
  return { type: 'status', version: MANIFEST.version, total: KEYS.size, cached, bytes, pageFromCache };
}

async function cacheFirst(req: Request, key: string): Promise<Response> {
  const hit = await (await caches.open(CACHE)).match(key);
  return hit ?? fetch(req);
}

/** See {@link SwStatus.pageFromCache}; lost when the browser stops an idle worker (then false). */
let pageFromCache = false;

async function navigate(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const isApp = url.origin + url.pathname === SCOPE || url.origin + url.pathname === INDEX;
  const network = fetch(req);
  if (!isApp) return network;
  const cached = (await caches.open(CACHE)).match(INDEX);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), NAVIGATION_TIMEOUT_MS)));
  try {
    const res = await Promise.race([network, late]);
    if (res) {
      pageFromCache = false;
      return res;
    }
  } catch {
    // offline or the server is gone: the cached page below
  } finally {
    clearTimeout(timer);
  }
  network.catch(() => undefined);
  const copy = await cached;
  pageFromCache = copy !== undefined;
  return copy ?? network;
}

sw.addEventListener('install', (event) => event.waitUntil(precacheAll()));

sw.addEventListener('activate', (event) => event.waitUntil(dropOldCaches().then(() => sw.clients.claim())));

sw.addEventListener('fetch', (event) => {
  const route = swRoute(event.request, SCOPE, KEYS);
  if (route.kind === 'navigate') event.respondWith(navigate(event.request));
  else if (route.kind === 'cache') event.respondWith(cacheFirst(event.request, route.key));
});

sw.addEventListener('message', (event) => {
  const data = event.data as SwRequest | null;
  if (data?.type === 'skip-waiting') event.waitUntil(sw.skipWaiting());
  else if (data?.type === 'status') event.waitUntil(status().then((s) => event.ports[0]?.postMessage(s)));
});
