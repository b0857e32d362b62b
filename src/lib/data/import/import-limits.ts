/** Limits on what the importer accepts, checked before a file is read. */

/**
 * Largest file accepted: 100 MB. A tab holds the file, its decoded text, DuckDB's copy, the parsed
 * cells and the stored workspace at once — several times the file's size — against a page budget of
 * a few hundred MB. 100 MB is five times the benchmark's 20 MB GeoJSON; a 200 MB file is refused
 * before a byte of it is read.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Deepest JSON nesting accepted (GeoJSON needs 7 for a MultiPolygon inside a FeatureCollection). */
export const MAX_JSON_DEPTH = 64;
