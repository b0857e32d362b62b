/**
 * The export registry: one writer per format (export-format.ts), each turning an
 * {@link ExportSource} into the bytes of a file with its MIME type and extension. The app's export
 * menu offers, and the command line's `--out` accepts, exactly the formats whose writer accepts a
 * source; a new format is one entry here (and one label per language).
 *
 * - CSV: the table only, machine-code headers, UTF-8 with a BOM so that Excel reads the accents
 *   (csv.ts); its method and sources travel in the JSON or XLSX of the same export.
 * - XLSX: the table, the Method sheet (the source's blocks or its settings, then the evidence
 *   table) and the Sources sheet (xlsx-workbook.ts).
 * - GeoJSON: the rows as features with the units' boundaries, method and provenance in the
 *   `focal` member (table-geojson.ts) — for tables whose rows are units.
 * - JSON: the run's method file with its provenance (hotspot-results-meta.ts, the underserved
 *   list's) — for exports that have one.
 */
import { tableCsv } from './csv.ts';
import type { ExportFormat } from './export-format.ts';
import type { ExportSource } from './export-source.ts';
import { settingsBlock } from './method-sheet.ts';
import { GEOJSON_MIME, tableGeojson } from './table-geojson.ts';
import { XLSX_MIME, xlsxWorkbook } from './xlsx-workbook.ts';

/** A written file: its bytes, MIME type and extension (without the dot). */
export interface ExportFile {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

export interface ExportWriter {
  /** The file name's extension, without the dot. */
  extension: string;
  mime: string;
  /** Whether this format can carry the source (GeoJSON needs geometry, JSON a method file). */
  accepts(source: ExportSource): boolean;
  /** The file's bytes. @throws {Error} for a source it does not accept */
  write(source: ExportSource): Promise<Uint8Array>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  csv: {
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    accepts: () => true,
    write: async (s) => utf8(tableCsv(s.table)),
  },
  xlsx: {
    extension: 'xlsx',
    mime: XLSX_MIME,
    accepts: () => true,
    write: async (s) => {
      const blob = await xlsxWorkbook({
        table: s.table,
        method: s.methodBlocks ?? [settingsBlock(s.text, s.method)],
        provenance: s.provenance,
        manifest: s.manifest,
        catalog: s.catalog,
        text: s.text,
        date: s.date,
      });
      return new Uint8Array(await blob.arrayBuffer());
    },
  },
  geojson: {
    extension: 'geojson',
    mime: GEOJSON_MIME,
    accepts: (s) => s.geometry !== undefined,
    write: async (s) => {
      if (!s.geometry) throw new Error('this table has no unit boundaries to write as GeoJSON');
      return utf8(JSON.stringify(tableGeojson(s.table, s.geometry, { method: s.method, provenance: s.provenance, date: s.date })));
    },
  },
  json: {
    extension: 'json',
    mime: 'application/json',
    accepts: (s) => s.json !== undefined,
    write: async (s) => {
      if (s.json === undefined) throw new Error('this table has no method file to write as JSON');
      return utf8(s.json);
    },
  },
};

/** The file of `source` in `format`. @throws {Error} when the format cannot carry the source */
export async function writeExport(format: ExportFormat, source: ExportSource): Promise<ExportFile> {
  const w = EXPORT_WRITERS[format];
  return { bytes: await w.write(source), mime: w.mime, extension: w.extension };
}

/** The format whose extension ends `fileName` (case ignored), or null. */
export function formatOfFileName(fileName: string, formats: readonly ExportFormat[]): ExportFormat | null {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return formats.find((f) => EXPORT_WRITERS[f].extension === ext) ?? null;
}
