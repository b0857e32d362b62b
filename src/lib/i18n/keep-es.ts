import type { KeepMessages } from './keep-messages.ts';
import { formatNumber } from './format-number.ts';

/** Spanish texts of keeping the workspace. */
export const keepEs: KeepMessages = {
  persisted: 'Este navegador conserva sus datos hasta que usted los borre.',
  notPersisted: 'Este navegador puede borrar sus datos si le falta espacio en disco: guarde un archivo de proyecto para conservarlos.',
  keptAside: (date, reason) =>
    `Sus datos guardados en este navegador el ${date} ${
      reason === 'version' ? 'vienen de otra versión de focal' : reason === 'damaged' ? 'están dañados' : 'no pudieron aplicarse en esta versión de focal'
    }: se apartaron, no se borraron. Descárguelos para conservarlos o para abrirlos en la versión que los creó.`,
  downloadKept: 'Descargarlos',
  discardKept: 'Borrarlos',
  replaceQuestion: (files) =>
    `Abrir un proyecto reemplaza sus datos en este navegador (${files === 1 ? '1 archivo importado' : `${formatNumber(files, 'es', 0)} archivos importados`}, su índice y su vista). ¿Guardarlos antes como archivo de proyecto?`,
  saveThenOpen: 'Guardar los míos y abrir un proyecto',
  openWithoutSaving: 'Abrir sin guardar',
  cancel: 'Cancelar',
};
