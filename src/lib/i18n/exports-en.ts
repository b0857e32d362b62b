import type { ExportsMessages } from './exports-messages.ts';

export const exportsEn: ExportsMessages = {
  title: 'Export',
  help: 'Excel with the method and sources, the municipios with every score for GIS, and the map as a picture for print.',
  priorityXlsx: 'Priority list (Excel)',
  unitsGeojson: 'Municipios with scores (GeoJSON)',
  mapPng: 'Map for print (PNG)',
  hotspotsXlsx: 'Download results (Excel)',
  underservedXlsx: 'Download the list (Excel)',
  joinReportXlsx: 'Download the report (Excel)',
  coverageCsv: 'Coverage by municipio (CSV)',
  coverageXlsx: 'Coverage by municipio (Excel)',
  working: 'Preparing the file…',
  failed: (reason) => `The file could not be made: ${reason}`,
  noMap: 'The map is not shown yet.',
  northUp: 'North up',
  made: (date) => `Made on ${date}`,
  sources: 'Sources',
};
