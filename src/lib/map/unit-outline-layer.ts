import { GeoJsonLayer } from '@deck.gl/layers';
import type { GeoJsonLayerProps } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from '../geo/unit-features.ts';
import { OUTLINE_LAYER } from './base-style.ts';
import type { Rgb } from './fill-colours.ts';

/**
 * A deck.gl outline of some units (no fill), `width` CSS pixels in `colour`, drawn inside the
 * maplibre style above the boundary lines and below the selection outline. Not pickable: clicks
 * and hover go to the fill below. Pass the same `features` array while the set is unchanged: a new
 * `data` identity makes deck.gl rebuild the lines.
 */
export function unitOutlineLayer(id: string, features: UnitFeature[], colour: Rgb, width: number): GeoJsonLayer<UnitFeatureProps> {
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
