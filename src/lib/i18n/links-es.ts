import type { LinksMessages } from './links-messages.ts';

/** Textos en español de los enlaces y los archivos de proyecto. */
export const linksEs: LinksMessages = {
  copyLink: 'Copiar enlace',
  copyLinkHelp: 'Copiar un enlace a esta vista: indicador, índice, ajustes, selección, posición del mapa e idioma',
  copied: 'Enlace copiado',
  copyFallback: 'Copie este enlace (Ctrl+C):',
  close: 'Cerrar',
  saveProject: 'Guardar proyecto',
  saveProjectHelp: 'Guardar todo el espacio de trabajo (sus datos importados, emparejamientos, índice y vista) en un archivo .focal.json',
  openProject: 'Abrir proyecto',
  openProjectHelp: 'Abrir un archivo de proyecto .focal.json: sus datos, índice y vista reemplazan los actuales',
  opening: 'Abriendo el proyecto…',
  projectOpened: (file) => `Proyecto «${file}» abierto.`,
  linkRefused: 'No se pudo abrir este enlace; la vista quedó como estaba.',
  projectRefused: (file) => `No se pudo abrir el proyecto «${file}»; no se cambió nada.`,
  dismiss: 'Descartar',
  errors: {
    version: ({ version }) =>
      version ? `El enlace fue creado por otra versión de focal (versión ${version}).` : 'La dirección no indica ninguna versión de enlace de focal.',
    damaged: ({ field }) => `El enlace está incompleto o dañado (parte «${field}»); pídalo de nuevo o cópielo entero.`,
    spec: ({ issues }) => `El índice del enlace no es válido: ${issues}`,
    'unknown-indicator': ({ id }) => `El enlace usa el indicador «${id}», que no está en los datos de aquí (¿una importación de quien lo envió?).`,
    'unknown-unit': ({ id }) => `El enlace selecciona la unidad «${id}», que no está en este mapa.`,
    'out-of-range': ({ field, value }) => `El enlace pone ${field} en «${value}», un valor que focal no admite.`,
  },
  projectErrors: {
    'not-json': 'El archivo no es un proyecto de focal: no es JSON.',
    'not-project': 'El archivo no es un proyecto de focal (.focal.json); para cargar una especificación de índice, use el constructor del índice.',
    version: ({ version }) => `El proyecto fue guardado por otra versión de focal (formato ${version}).`,
    damaged: ({ detail }) => `El archivo de proyecto está dañado: ${detail}`,
  },
};
