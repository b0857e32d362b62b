/**
 * Outline layers of the hotspot maps: islands (units with no neighbour, never tested) in a thin
 * dark line, and the neighbours of the selected unit in amber on a dark halo — a hue none of the
 * cluster or significance colours uses. Drawn inside the maplibre style above the boundary lines
 * and below the selection outline; not pickable (clicks go to the fill).
 */
import type { GeoJsonLayer } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from '../geo/unit-features.ts';
import { unitOutlineLayer as line } from './unit-outline-layer.ts';
import { ISLAND_OUTLINE_RGB } from './hotspot-colours.ts';
import type { Rgb } from './fill-colours.ts';

export const NEIGHBOUR_RGB: Rgb = [245, 158, 11];
export const NEIGHBOUR_HALO_RGB: Rgb = [40, 40, 40];

/** Outline of the island units (none when the list is empty). Pass the same array while unchanged. */
export function islandLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  return features.length ? [line('hotspot-islands', features, ISLAND_OUTLINE_RGB, 1.5)] : [];
}

/** Outline of the selected unit's neighbours: dark halo, then amber line. */
export function neighbourLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  if (!features.length) return [];
  return [line('hotspot-neighbours-halo', features, NEIGHBOUR_HALO_RGB, 4.5), line('hotspot-neighbours', features, NEIGHBOUR_RGB, 2.5)];
}
