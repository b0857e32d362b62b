import type { OfflineMessages } from './offline-messages.ts';

/** English texts of the offline status. */
export const offlineEn: OfflineMessages = {
  offline: 'Offline',
  offlineHelp: 'No network connection: focal keeps working with the app and data stored on this computer.',
  ready: 'Ready to work offline',
  readyHelp: 'The app, the data and the data engine are stored on this computer: focal now opens and works without a network connection.',
  updateReady: 'A new version is ready',
  reload: 'Reload',
  dismiss: 'Dismiss',
};
