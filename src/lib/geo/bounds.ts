import type { Position } from 'geojson';
import type { CountryCode } from './unit-props.ts';
import type { UnitFeature } from './unit-features.ts';

/** `[west, south, east, north]` in degrees. */
export type LngLatBounds = [number, number, number, number];

export type BoundsKey = CountryCode | 'all';

function extend(b: LngLatBounds, p: Position): void {
  if (p[0] < b[0]) b[0] = p[0];
  if (p[1] < b[1]) b[1] = p[1];
  if (p[0] > b[2]) b[2] = p[0];
  if (p[1] > b[3]) b[3] = p[1];
}

/** Bounding boxes of each country's units and of all units together. */
export function unitBounds(features: UnitFeature[]): Partial<Record<BoundsKey, LngLatBounds>> {
  const out: Partial<Record<BoundsKey, LngLatBounds>> = {};
  for (const f of features) {
    const keys: BoundsKey[] = [f.properties.country, 'all'];
    for (const key of keys) {
      const b = (out[key] ??= [Infinity, Infinity, -Infinity, -Infinity]);
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      // The outer ring bounds the polygon.
      for (const poly of polygons) for (const p of poly[0] ?? []) extend(b, p);
    }
  }
  return out;
}

/** Bounding box of `features` together (outer rings); null for none. */
export function featuresBounds(features: readonly UnitFeature[]): LngLatBounds | null {
  const b: LngLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polygons) for (const p of poly[0] ?? []) extend(b, p);
  }
  return b[0] <= b[2] ? b : null;
}
