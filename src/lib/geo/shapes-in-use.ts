import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { UnitFeature } from './unit-features.ts';
import { COUNTRY_CODES } from './unit-props.ts';

/**
 * The unit shapes in use after a boundary import, as contiguity takes plain polygons (see
 * featureNeighbours): in the app's unit order, with each unit's source — its country for a unit
 * that keeps its default shape (so that, as with the boundary files, units of one country are
 * neighbours by their shared coordinates and units of two countries by snapping), a source of its
 * own for a unit whose shape was replaced (so that it is snapped to every unit around it,
 * imported or not: a planner's shapes seldom share coordinates with the default ones, and often
 * not with each other, simplified one by one).
 */
export interface FeatureShapes {
  features: Feature<Polygon | MultiPolygon, null>[];
  source: number[];
}

/** The shapes of `inUse` (`base` with some units' shapes replaced, see with-geometries.ts). */
export function shapesInUse(base: readonly UnitFeature[], inUse: readonly UnitFeature[]): FeatureShapes {
  const countries: readonly string[] = COUNTRY_CODES;
  return {
    features: inUse.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: null })),
    source: inUse.map((f, i) => (f === base[i] ? countries.indexOf(f.properties.country) : countries.length + i)),
  };
}
