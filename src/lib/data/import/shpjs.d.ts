/** The parts of shpjs 6 the importer uses (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, reprojected with `prj` when given (focal passes none and reprojects itself). */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (Geometry | null)[];
  /** Attribute rows of a .dbf, text decoded with `encoding` (a .cpg's content or a TextDecoder label). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, encoding?: string): Record<string, unknown>[];
}
