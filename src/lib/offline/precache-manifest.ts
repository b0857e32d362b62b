/**
 * What the service worker keeps for offline use, written into `sw.js` at build time
 * (scripts/vite-service-worker.ts): every file of the build the app needs, with the SHA-256 of
 * its decoded bytes. The cache name carries the manifest's version, so a build with any changed
 * file installs into a fresh cache and the old one is deleted when the new worker takes over.
 */
export interface PrecacheEntry {
  /** Path relative to the app's base (the service worker's scope): `index.html`, `assets/…`, `data/…`. */
  url: string;
  /** Subresource-integrity string of the decoded file, `sha256-<base64>`. */
  integrity: string;
  /** Size of the decoded file in bytes. */
  bytes: number;
}

export interface PrecacheManifest {
  /** Hash of every entry's url and integrity (12 hex digits). */
  version: string;
  entries: PrecacheEntry[];
}

/** Every cache of focal's service worker starts with this; others on the origin are left alone. */
export const CACHE_PREFIX = 'focal-';

/**
 * The cache of version `version` of the app whose service worker has scope `scope`: named after
 * the scope's path (`focal-/path/<version>`), so two deployments on one origin neither share nor
 * delete each other's caches.
 */
export function cacheName(version: string, scope: string): string {
  return `${CACHE_PREFIX}${new URL(scope).pathname}${version}`;
}

/**
 * Whether cache `name` is one of this deployment's (any version), or one of the origin-wide
 * caches of focal before cache names followed the scope (`focal-<version>`), which it adopts.
 */
export function isOwnCache(name: string, scope: string): boolean {
  const own = `${CACHE_PREFIX}${new URL(scope).pathname}`;
  return (name.startsWith(own) && /^[0-9a-f]+$/.test(name.slice(own.length))) || /^focal-[0-9a-f]+$/.test(name);
}
