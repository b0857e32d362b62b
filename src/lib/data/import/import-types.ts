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
  /** XLSX: every sheet name, and the one read. A zip of several shapefiles: every usable shapefile (its .shp path), and the one read. */
  sheets?: string[];
  sheet?: string;
  /** A zip holding more than one shapefile: every one, in archive order (`sheets` lists those that can be read, `sheet` the one read). */
  shapefiles?: ShapefileInZip[];
  /** Layers: the source coordinate system (e.g. `EPSG:32616`, `WGS 84`), reprojected to WGS 84. */
  crs?: string;
}

/** One shapefile of a zip, as its .shp header tells it (shapefiles-in-zip.ts). */
export interface ShapefileInZip {
  /** The .shp's path inside the archive. */
  name: string;
  kind: 'polygon' | 'point' | 'line' | 'multipatch' | 'none' | 'unreadable';
  /** Records in the .shp. */
  features: number;
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
  /** The polygons repaired as the file was read (repair-rings.ts); absent when none needed it. */
  geometryFixes?: GeometryFixes;
}

/** Features (file rows, 0-based) whose polygons were changed as the file was read, by what was done. */
export interface GeometryFixes {
  /** A ring whose last position was not its first: closed. */
  closed: number[];
  /** A ring of fewer than 4 positions: dropped (the feature keeps its other rings). */
  dropped: number[];
  /** Every ring dropped: the feature has no geometry left. */
  emptied: number[];
  /** Edges that crossed (a bow-tie): rebuilt as the area the rings enclose. */
  repaired: number[];
  /** Edges that cross and could not be rebuilt: kept as they are. */
  invalid: number[];
}

/** The result of reading one file: a plain table, or a layer. */
export type ParsedImport = { kind: 'table'; table: RawTable } | { kind: 'layer'; table: RawLayer };

/** Progress of a long import: a stage and its fraction done (0–1), for the progress bar. */
export interface ImportProgress {
  stage: 'read' | 'decode' | 'parse' | 'reproject' | 'join' | 'save';
  fraction: number;
}
