import type { ExportsMessages } from './exports-messages.ts';

export const exportsEs: ExportsMessages = {
  title: 'Exportar',
  help: 'Excel con el método y las fuentes, los municipios con todos los puntajes para SIG y el mapa como imagen para imprimir.',
  formats: { csv: 'CSV', xlsx: 'Excel, con método y fuentes', geojson: 'GeoJSON, para SIG', json: 'Método y fuentes (JSON)' },
  tables: {
    priorityList: 'Lista de prioridades',
    units: 'Municipios con todos los puntajes',
    hotspots: 'Resultados de los focos',
    coverage: 'Cobertura por municipio',
    underserved: 'Lista de municipios desatendidos',
    joinReport: 'Informe de coincidencias',
  },
  mapPng: 'Mapa para imprimir (PNG)',
  working: 'Preparando el archivo…',
  failed: (reason) => `No se pudo crear el archivo: ${reason}`,
  noMap: 'El mapa todavía no se muestra.',
  northUp: 'Norte arriba',
  made: (date) => `Elaborado el ${date}`,
  sources: 'Fuentes',
};
