/**
 * Outline layers of the hotspot maps: islands (units with no neighbour, never tested) in a thin
 * dark line, and the neighbours of the selected unit in amber on a dark halo — a hue none of the
 * cluster or significance colours uses. Drawn inside the maplibre style above the boundary lines
 * and below the selection outline; not pickable (clicks go to the fill).
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { GeoJsonLayerProps } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from './unit-features.ts';
import { OUTLINE_LAYER } from './base-style.ts';
import { ISLAND_OUTLINE_RGB } from './hotspot-colours.ts';
import type { Rgb } from './fill-colours.ts';

export const NEIGHBOUR_RGB: Rgb = [245, 158, 11];
export const NEIGHBOUR_HALO_RGB: Rgb = [40, 40, 40];

function line(id: string, features: UnitFeature[], colour: Rgb, width: number): GeoJsonLayer<UnitFeatureProps> {
  // `beforeId` is read by @deck.gl/mapbox in interleaved mode (its `LayerOverlayProps`).
  const props: GeoJsonLayerProps<UnitFeatureProps> & { beforeId: string } = {
    id,
    beforeId: OUTLINE_LAYER.selectedHalo,
    data: features,
    filled: false,
    stroked: true,
    getLineColor: [colour[0], colour[1], colour[2], 255],
    getLineWidth: width,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    pickable: false,
  };
  return new GeoJsonLayer<UnitFeatureProps>(props);
}

/** Outline of the island units (none when the list is empty). Pass the same array while unchanged. */
export function islandLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  return features.length ? [line('hotspot-islands', features, ISLAND_OUTLINE_RGB, 1.5)] : [];
}

/** Outline of the selected unit's neighbours: dark halo, then amber line. */
export function neighbourLayers(features: UnitFeature[]): GeoJsonLayer<UnitFeatureProps>[] {
  if (!features.length) return [];
  return [line('hotspot-neighbours-halo', features, NEIGHBOUR_HALO_RGB, 4.5), line('hotspot-neighbours', features, NEIGHBOUR_RGB, 2.5)];
}
