/**
 * A result table whose rows are units as GeoJSON (RFC 7946): one Feature per row, in row order,
 * with the unit's boundary (coordinates rounded to 6 decimals, about 0.1 m; null when the id has
 * no boundary, RFC 7946 §3.2) and the row's cells as properties under the columns' codes, numbers
 * rounded to what their column shows (round-cell.ts), missing values null, never 0. The method and
 * the sources go in a foreign member `focal` of the FeatureCollection (RFC 7946 §6.1), so that the
 * file can be attributed and repeated without the app.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { UnitGeometry } from './export-source.ts';
import type { Provenance } from './provenance.ts';
import type { ResultCell, ResultTable } from './result-table.ts';
import { roundCell } from './round-cell.ts';

export type UnitProperties = Record<string, string | number | null>;

export interface TableGeojson extends FeatureCollection<UnitGeometry | null, UnitProperties> {
  focal: { focal_units: 1; date: string; method: Record<string, unknown>; provenance: Provenance };
}

export const GEOJSON_MIME = 'application/geo+json';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const roundRing = (ring: Position[]): Position[] => ring.map((p) => [round6(p[0]), round6(p[1])]);

/** A boundary with its coordinates rounded to 6 decimals. */
export function roundGeometry(g: UnitGeometry): UnitGeometry {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
}

function property(x: ResultCell): string | number | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  return x;
}

/**
 * The FeatureCollection of `table`, each row placed by the id in its column `idColumn`.
 * @throws {Error} when the table has no such column or two columns of the same code
 */
export function tableGeojson(
  table: ResultTable,
  geometry: { byId: ReadonlyMap<string, UnitGeometry>; idColumn: string },
  focal: { method: Record<string, unknown>; provenance: Provenance; date: Date },
): TableGeojson {
  const headers = table.columns.map((c) => c.header);
  const idAt = headers.indexOf(geometry.idColumn);
  if (idAt < 0) throw new Error(`no column ${geometry.idColumn} to place the rows`);
  const twice = headers.find((h, j) => headers.indexOf(h) !== j);
  if (twice !== undefined) throw new Error(`column ${twice} given twice`);
  const features = table.rows.map((row, i): Feature<UnitGeometry | null, UnitProperties> => {
    if (row.length !== headers.length) throw new Error(`row ${i + 1} has ${row.length} cells for ${headers.length} columns`);
    const id = String(row[idAt] ?? '');
    const properties: UnitProperties = {};
    table.columns.forEach((c, j) => (properties[c.header] = property(roundCell(row[j], c.type))));
    const g = geometry.byId.get(id);
    return { type: 'Feature', id, geometry: g ? roundGeometry(g) : null, properties };
  });
  return {
    type: 'FeatureCollection',
    features,
    focal: { focal_units: 1, date: focal.date.toISOString(), method: focal.method, provenance: focal.provenance },
  };
}
