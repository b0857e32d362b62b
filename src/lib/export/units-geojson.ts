/**
 * The units with all their scores as GeoJSON (RFC 7946): one Feature per municipio with the app's
 * boundary geometry (coordinates rounded to 6 decimals, about 0.1 m) and, as properties, the unit's
 * id, name, department and country followed by the given value columns (missing values null,
 * never 0). The method and the sources go in a foreign member `focal` of the FeatureCollection
 * (RFC 7946 §6.1), so that the file can be attributed and repeated without the app.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { UnitFeature } from '../geo/unit-features.ts';
import type { Provenance } from './provenance.ts';

/** One property per unit: numbers (NaN = missing) or texts, aligned to the features. */
export interface UnitColumn {
  name: string;
  values: ArrayLike<number> | readonly (string | number | null)[];
}

export type UnitProperties = Record<string, string | number | null>;

export interface UnitsGeojson extends FeatureCollection<Polygon | MultiPolygon, UnitProperties> {
  focal: { focal_units: 1; date: string; method: Record<string, unknown>; provenance: Provenance };
}

export const GEOJSON_MIME = 'application/geo+json';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const roundRing = (ring: Position[]): Position[] => ring.map((p) => [round6(p[0]), round6(p[1])]);

function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(roundRing)) };
}

function cell(x: string | number | null | undefined): string | number | null {
  if (x === undefined || x === null) return null;
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  return x;
}

const FIXED = ['unit_id', 'name', 'code', 'dept_code', 'department', 'country'];

/**
 * The FeatureCollection. `columns` are aligned to `features` (feature `i` gets `values[i]`); a
 * column named like a fixed property (`unit_id`, `name`, `code`, `dept_code`, `department`,
 * `country`) or twice is refused.
 */
export function unitsGeojson(
  features: readonly UnitFeature[],
  columns: readonly UnitColumn[],
  focal: { method: Record<string, unknown>; provenance: Provenance; date: Date },
): UnitsGeojson {
  const names = new Set(FIXED);
  for (const c of columns) {
    if (names.has(c.name)) throw new Error(`column ${c.name} given twice`);
    names.add(c.name);
    if (c.values.length !== features.length) throw new Error(`column ${c.name} has ${c.values.length} values for ${features.length} units`);
  }
  const out = features.map((f, i): Feature<Polygon | MultiPolygon, UnitProperties> => {
    const p = f.properties;
    const properties: UnitProperties = {
      unit_id: p.unit_id,
      name: p.name,
      code: p.code,
      dept_code: p.dept_code,
      department: p.dept_name,
      country: p.country,
    };
    for (const c of columns) properties[c.name] = cell(c.values[i]);
    return { type: 'Feature', id: p.unit_id, geometry: roundGeometry(f.geometry), properties };
  });
  return {
    type: 'FeatureCollection',
    features: out,
    focal: { focal_units: 1, date: focal.date.toISOString(), method: focal.method, provenance: focal.provenance },
  };
}
