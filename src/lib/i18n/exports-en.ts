import type { ExportsMessages } from './exports-messages.ts';

export const exportsEn: ExportsMessages = {
  title: 'Export',
  help: 'Excel with the method and sources, the municipios with every score for GIS, and the map as a picture for print.',
  formats: { csv: 'CSV', xlsx: 'Excel, with method and sources', geojson: 'GeoJSON, for GIS', json: 'Method and sources (JSON)' },
  tables: {
    priorityList: 'Priority list',
    units: 'Municipios with every score',
    hotspots: 'Hotspot results',
    coverage: 'Coverage by municipio',
    underserved: 'Underserved list',
    joinReport: 'Matching report',
  },
  mapPng: 'Map for print (PNG)',
  working: 'Preparing the file…',
  failed: (reason) => `The file could not be made: ${reason}`,
  noMap: 'The map is not shown yet.',
  northUp: 'North up',
  made: (date) => `Made on ${date}`,
  sources: 'Sources',
};
