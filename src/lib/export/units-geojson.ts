/**
 * The units with all their scores as GeoJSON (table-geojson.ts): one Feature per municipio with
 * the app's boundary geometry and, as properties, the unit's id, name, department and country
 * followed by the given value columns at full precision (missing values null, never 0). The
 * method and the sources go in the foreign member `focal`.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { UnitFeature } from '../geo/unit-features.ts';
import type { Provenance } from './provenance.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';
import { tableGeojson, type TableGeojson, type UnitProperties } from './table-geojson.ts';

export { GEOJSON_MIME, type UnitProperties } from './table-geojson.ts';

/** The units' FeatureCollection: every feature has its boundary. */
export interface UnitsGeojson extends FeatureCollection<Polygon | MultiPolygon, UnitProperties> {
  focal: TableGeojson['focal'];
}

/** One property per unit: numbers (NaN = missing) or texts, aligned to the features. */
export interface UnitColumn {
  name: string;
  values: ArrayLike<number> | readonly (string | number | null)[];
}

/** What a unit feature brings to the file: its boundary and the properties that name and place it. */
type UnitFeatureLike = Pick<UnitFeature, 'geometry'> & { properties: Pick<UnitFeature['properties'], 'unit_id' | 'name' | 'code' | 'dept_code' | 'dept_name' | 'country'> };

const FIXED = ['unit_id', 'name', 'code', 'dept_code', 'department', 'country'];

/**
 * The units and their value columns as a result table (the fixed properties as text, the values
 * `exact`): the table the GeoJSON, and the same export's CSV and XLSX, write. `columns` are aligned
 * to `features`; a column named like a fixed property or twice is refused.
 */
export function unitsTable(features: readonly UnitFeatureLike[], columns: readonly UnitColumn[]): ResultTable {
  const names = new Set(FIXED);
  for (const c of columns) {
    if (names.has(c.name)) throw new Error(`column ${c.name} given twice`);
    names.add(c.name);
    if (c.values.length !== features.length) throw new Error(`column ${c.name} has ${c.values.length} values for ${features.length} units`);
  }
  return {
    columns: [...FIXED.map((header): ResultColumn => ({ header, type: 'text' })), ...columns.map((c): ResultColumn => ({ header: c.name, type: 'exact' }))],
    rows: features.map((f, i): ResultCell[] => {
      const p = f.properties;
      return [p.unit_id, p.name, p.code, p.dept_code, p.dept_name, p.country, ...columns.map((c) => c.values[i])];
    }),
  };
}

/** The units' boundaries by id. */
export function unitGeometries(features: readonly UnitFeatureLike[]): Map<string, Polygon | MultiPolygon> {
  return new Map(features.map((f) => [f.properties.unit_id, f.geometry]));
}

/** The FeatureCollection: `columns` aligned to `features` (see {@link unitsTable}). */
export function unitsGeojson(
  features: readonly UnitFeatureLike[],
  columns: readonly UnitColumn[],
  focal: { method: Record<string, unknown>; provenance: Provenance; date: Date },
): UnitsGeojson {
  // Every row is a feature's own unit, so every geometry is found.
  return tableGeojson(unitsTable(features, columns), { byId: unitGeometries(features), idColumn: 'unit_id' }, focal) as UnitsGeojson;
}
