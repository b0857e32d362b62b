/**
 * Boundaries with some units' geometries replaced (a planner's boundary file): the same units, in
 * the same order with the same indices, so every value column still lines up. Returns `base`
 * itself when nothing is replaced.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Boundaries } from './boundaries.ts';
import { unitBounds } from './bounds.ts';

export function withGeometries(base: Boundaries, geometries: ReadonlyMap<string, Geometry>): Boundaries {
  if (!geometries.size) return base;
  const features = base.features.map((f) => {
    const g = geometries.get(f.properties.unit_id);
    return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? { ...f, geometry: g as Polygon | MultiPolygon } : f;
  });
  return { features, indexById: base.indexById, bounds: unitBounds(features) };
}
