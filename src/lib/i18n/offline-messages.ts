/**
 * Texts of the offline status in the header (OfflineStatus.svelte): the "Offline" badge, the
 * note once everything is kept for offline use, and the notice of a new version.
 */
export interface OfflineMessages {
  /** Badge shown while the browser reports no network. */
  offline: string;
  offlineHelp: string;
  /** Shown once, when the app and its data have just been stored for offline use. */
  ready: string;
  readyHelp: string;
  /** A newer version has been downloaded and waits for a reload. */
  updateReady: string;
  reload: string;
  dismiss: string;
}
