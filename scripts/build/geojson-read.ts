/** Reads the raw boundary GeoJSON files. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** A raw polygon feature with the raw file's own (untyped) properties. */
export type RawFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/**
 * Parses a FeatureCollection of (Multi)Polygons; fails loudly on anything else, since a stray
 * geometry type would otherwise vanish silently from the topology.
 */
export function readPolygonCollection(path: string): RawFeature[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  if (fc.type !== 'FeatureCollection') throw new Error(`${path}: not a FeatureCollection`);
  for (const f of fc.features) {
    const t = f.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') throw new Error(`${path}: unexpected geometry ${t}`);
  }
  return fc.features as RawFeature[];
}

/** A property as a trimmed string ('' when absent), so names and codes compare cleanly. */
export function prop(feature: RawFeature, key: string): string {
  const v = feature.properties?.[key];
  return v === null || v === undefined ? '' : String(v).trim();
}
