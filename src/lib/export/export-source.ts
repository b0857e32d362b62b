/**
 * What an export is made from: a result table and everything every file of it must carry — what
 * made it (the method, in readable blocks and as a settings object), where its data come from (the
 * provenance and, for the Sources sheet, the manifest), the words of the sheets — plus what only
 * some formats need (the units' geometry for GeoJSON, the run's method file for JSON). Each format
 * of the registry (export-writers.ts) writes the same source, so the files agree.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CatalogEntry, Manifest } from '../data/schema.ts';
import type { MethodBlock, SheetText } from './method-sheet.ts';
import type { Provenance } from './provenance.ts';
import type { ResultTable } from './result-table.ts';

/** A unit's boundary, keyed by its id. */
export type UnitGeometry = Polygon | MultiPolygon;

export interface ExportSource {
  table: ResultTable;
  /**
   * What produced the table as a settings object (the spec, the hotspot settings and seed, the
   * filter): the GeoJSON's `focal.method`, and the XLSX Method sheet when `methodBlocks` is absent.
   */
  method: Record<string, unknown>;
  /** The Method sheet's own blocks, when the export has readable ones (the index: its method in words and weights). */
  methodBlocks?: MethodBlock[];
  provenance: Provenance;
  /** For the sources' titles and paths (the provenance block has none); null: left empty. */
  manifest: Manifest | null;
  /** The catalog whose evidence table ends the Method sheet (null: data without one). */
  catalog: readonly CatalogEntry[] | null;
  /** The words of the sheets, in the interface language. */
  text: SheetText;
  /** When the file was made. */
  date: Date;
  /**
   * The units' boundaries, when the rows are units: each row's feature takes the geometry of the
   * id in column `idColumn` (GeoJSON is offered only then).
   */
  geometry?: { byId: ReadonlyMap<string, UnitGeometry>; idColumn: string };
  /**
   * The run's method file (pretty-printed JSON text with the provenance: hotspot-results-meta.ts,
   * the underserved list's), when the export has one (JSON is offered only then).
   */
  json?: string;
}
