import type { ExportsMessages } from './exports-messages.ts';

export const exportsEs: ExportsMessages = {
  title: 'Exportar',
  help: 'Excel con el método y las fuentes, los municipios con todos los puntajes para SIG y el mapa como imagen para imprimir.',
  priorityXlsx: 'Lista de prioridades (Excel)',
  unitsGeojson: 'Municipios con puntajes (GeoJSON)',
  mapPng: 'Mapa para imprimir (PNG)',
  hotspotsXlsx: 'Descargar resultados (Excel)',
  underservedXlsx: 'Descargar la lista (Excel)',
  joinReportXlsx: 'Descargar el informe (Excel)',
  coverageCsv: 'Cobertura por municipio (CSV)',
  coverageXlsx: 'Cobertura por municipio (Excel)',
  working: 'Preparando el archivo…',
  failed: (reason) => `No se pudo crear el archivo: ${reason}`,
  noMap: 'El mapa todavía no se muestra.',
  northUp: 'Norte arriba',
  made: (date) => `Elaborado el ${date}`,
  sources: 'Fuentes',
};
