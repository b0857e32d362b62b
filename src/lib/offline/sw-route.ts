import type { PrecacheEntry } from './precache-manifest.ts';

/**
 * How the service worker answers a request:
 * - `navigate`: a page load inside the scope — the network first (with a time limit), the
 *   precached `index.html` when the network fails;
 * - `cache`: a precached file (hashed chunk, worker, WebAssembly, data, icon) — the cache first;
 * - `network`: anything else (another origin, a POST, a file not in the manifest) — left alone.
 */
export type SwRoute = { kind: 'navigate' } | { kind: 'cache'; key: string } | { kind: 'network' };

/** Absolute URLs of the precached files (query and hash removed) → the key they are cached under. */
export function precacheKeys(entries: readonly PrecacheEntry[], scope: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const e of entries) {
    const url = new URL(e.url, scope).href;
    keys.set(url, url);
  }
  return keys;
}

export function swRoute(
  req: { url: string; method: string; mode: string },
  scope: string,
  keys: ReadonlyMap<string, string>,
): SwRoute {
  if (req.method !== 'GET') return { kind: 'network' };
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { kind: 'network' };
  }
  if (!url.href.startsWith(scope)) return { kind: 'network' };
  if (req.mode === 'navigate') return { kind: 'navigate' };
  // A precached file is the same file whatever query or fragment the request carries.
  const key = keys.get(url.origin + url.pathname);
  return key ? { kind: 'cache', key } : { kind: 'network' };
}
