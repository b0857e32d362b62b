/**
 * What the importers produce from a planner's file, before any mapping or join. Plain,
 * structured-clone-able data (it crosses the import worker and is kept in IndexedDB).
 */
import type { Geometry } from 'geojson';

export type ImportFormat = 'csv' | 'xlsx' | 'geojson' | 'topojson' | 'shapefile';

/** One cell: a finite number, text, or null (empty). Never NaN or Infinity. */
export type CellValue = string | number | null;

/** How the file was read, for the report and the provenance of everything built from it. */
export interface ReadInfo {
  format: ImportFormat;
  /** Text files: the encoding detected (`utf-8` or `windows-1252`; `utf-16le`/`utf-16be` only with a byte-order mark, as Excel's "Unicode text" writes). */
  encoding?: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** True when the file began with a byte-order mark (it is dropped). */
  bom?: boolean;
  /** CSV: the delimiter sniffed (`,` `;` tab `|`). */
  delimiter?: string;
  /** CSV: the decimal separator in use (`,` with `;`-separated files from a Spanish Excel). */
  decimal?: '.' | ',';
  /** XLSX: every sheet name, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** Layers: the source coordinate system (e.g. `EPSG:32616`, `WGS 84`), reprojected to WGS 84. */
  crs?: string;
}

/**
 * A table, column-major: `values[c][r]` is row r of column c. Header names are text exactly as in
 * the file (trimmed); blank or repeated headers are renamed `column_3`, `name_2` and listed in
 * `renamed`. A column is typed `number` when every non-empty cell parses as a finite number
 * under the file's decimal separator (codes with a leading zero such as `0101` stay `text`).
 */
export interface RawTable {
  fileName: string;
  columns: string[];
  types: ('number' | 'text')[];
  values: CellValue[][];
  rowCount: number;
  read: ReadInfo;
  /** Header renames, `from` as in the file (may be empty). */
  renamed: { from: string; to: string }[];
}

/** A table whose rows carry geometries (GeoJSON, TopoJSON, Shapefile), in WGS 84 lon/lat. */
export interface RawLayer extends RawTable {
  /** One per row; null for a feature without geometry. */
  geometries: (Geometry | null)[];
  /** `polygon` (Polygon/MultiPolygon only), `point` (Point/MultiPoint only) or `mixed`. */
  geometryKind: 'polygon' | 'point' | 'mixed';
  /** [west, south, east, north] of all geometries. */
  bbox: [number, number, number, number];
}

/** The result of reading one file: a plain table, or a layer. */
export type ParsedImport = { kind: 'table'; table: RawTable } | { kind: 'layer'; table: RawLayer };

/** Progress of a long import: a stage and its fraction done (0–1), for the progress bar. */
export interface ImportProgress {
  stage: 'read' | 'decode' | 'parse' | 'reproject' | 'join' | 'save';
  fraction: number;
}
