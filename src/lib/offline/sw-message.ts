/**
 * Messages between the page and focal's service worker (posted through a MessageChannel port
 * for a reply, or plainly for `skip-waiting`).
 */
export type SwRequest = { type: 'status' } | { type: 'skip-waiting' };

/** The worker's answer to `status`: how much of its precache manifest is in its cache. */
export interface SwStatus {
  type: 'status';
  version: string;
  /** Files in the precache manifest, and how many of them are in the cache. */
  total: number;
  cached: number;
  /** Decoded bytes of the manifest's files. */
  bytes: number;
  /**
   * The last load of the app's page was answered from the cache because the network failed or
   * was too slow. Chromium may report `navigator.onLine` true on a page reloaded while offline,
   * so the page learns from this that it runs on its offline copy.
   */
  pageFromCache: boolean;
}
