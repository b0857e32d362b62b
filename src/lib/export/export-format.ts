/**
 * The file formats every result table can be exported in, the one list the export registry
 * (export-writers.ts), the export menu and the command line's `--out` all follow: a format added
 * here fails compilation until it has a writer and a label.
 */

/** The export formats, in the order the export menu offers them. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson', 'json'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
