/**
 * Texts of what a boundary file's import tells beyond the match (BoundaryNotes.svelte, the
 * shapefile choice in ImportView.svelte, and `focal join` on a layer): which shapefile of a zip
 * was read and which were left, polygons repaired as the file was read, and the units that keep
 * their current shapes. Names (files, municipios, departments) are plain text from the file or the units.
 */
export type ShapefileKind = 'polygon' | 'point' | 'line' | 'multipatch' | 'none' | 'unreadable';

export interface BoundaryNotesMessages {
  /** The choice step's title and help (a zip with two or more usable shapefiles). */
  shapefileTitle: string;
  shapefileHelp: (file: string, usable: number) => string;
  shapefileLabel: string;
  /** What one shapefile holds: `19 polygons`, `19 lines, which focal cannot use`. */
  shapefileHolds: (kind: ShapefileKind, features: number) => string;
  /** `“x.zip” holds 3 shapefiles: read SOLOLA/municipios_solola.shp (19 polygons).` */
  shapefileRead: (file: string, count: number, name: string, holds: string) => string;
  /** `Left out: a.shp (1 polygon), b.shp (19 lines, which focal cannot use).` */
  shapefilesLeft: (list: string) => string;
  /** A left-out shapefile that could be read instead: how. */
  shapefileAnother: string;
  /** Polygon repairs, each with the municipios' names as a list. */
  ringsClosed: (n: number, names: string) => string;
  ringsDropped: (n: number, names: string) => string;
  shapesEmptied: (n: number, names: string) => string;
  shapesRepaired: (n: number, names: string) => string;
  shapesInvalid: (n: number, names: string) => string;
  /** `Guatemala: 328 of 340 municipios get a new shape; 12 keep their current shape:` */
  keptShapesIntro: (country: string, replaced: number, units: number) => string;
}
