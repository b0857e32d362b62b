/** Limits on what the importer accepts, checked before a file is read. */

/** Largest file accepted: 250 MB (a browser tab holds the text, the parsed rows and the layer). */
export const MAX_IMPORT_BYTES = 250 * 1024 * 1024;

/** Deepest JSON nesting accepted (GeoJSON needs 7 for a MultiPolygon inside a FeatureCollection). */
export const MAX_JSON_DEPTH = 64;
