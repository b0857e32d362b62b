/**
 * Texts of the exports: the Excel, GeoJSON and PNG buttons beside every result table,
 * their progress and failure messages, and the words printed on the map picture.
 */
export interface ExportsMessages {
  title: string;
  help: string;
  priorityXlsx: string;
  unitsGeojson: string;
  mapPng: string;
  hotspotsXlsx: string;
  underservedXlsx: string;
  joinReportXlsx: string;
  coverageCsv: string;
  coverageXlsx: string;
  working: string;
  failed: (reason: string) => string;
  noMap: string;
  northUp: string;
  made: (date: string) => string;
  sources: string;
}
