import type { OfflineMessages } from './offline-messages.ts';

/** Spanish texts of the offline status. */
export const offlineEs: OfflineMessages = {
  offline: 'Sin conexión',
  offlineHelp: 'Sin conexión a la red: focal sigue funcionando con la aplicación y los datos guardados en este equipo.',
  ready: 'Lista para usar sin conexión',
  readyHelp: 'La aplicación, los datos y el motor de datos están guardados en este equipo: focal ya se abre y funciona sin conexión a la red.',
  updateReady: 'Hay una nueva versión',
  reload: 'Recargar',
  dismiss: 'Cerrar',
};
