/**
 * Texts of the exports: the export menu beside every result table (one label per format),
 * their progress and failure messages, and the words printed on the map picture.
 */
export interface ExportsMessages {
  title: string;
  help: string;
  /** One label per export format, the same for every table (the export menu's buttons). */
  formats: { csv: string; xlsx: string; geojson: string; json: string };
  /** The name of each exported table (the export menu's group label). */
  tables: { priorityList: string; units: string; hotspots: string; coverage: string; underserved: string; joinReport: string };
  mapPng: string;
  working: string;
  failed: (reason: string) => string;
  noMap: string;
  northUp: string;
  made: (date: string) => string;
  sources: string;
}
