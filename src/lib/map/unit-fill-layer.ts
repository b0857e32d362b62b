import { GeoJsonLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { GeoJsonLayerProps } from '@deck.gl/layers';
import type { UnitFeature, UnitFeatureProps } from '../geo/unit-features.ts';
import { OUTLINE_LAYER } from './base-style.ts';
import { HOVER_RGBA } from './map-colours.ts';

export interface UnitFillInput {
  features: UnitFeature[];
  /** RGBA per unit (see fill-colours.ts). */
  fill: Uint8ClampedArray;
  /** Changes whenever `fill` does: deck.gl recomputes the colour attribute, not the geometry. */
  fillVersion: number;
  onHover: (info: PickingInfo<UnitFeature>) => void;
}

/**
 * The choropleth: one polygon per municipio, filled by class colour, drawn inside the maplibre
 * style below the boundary lines. The layer id and `data` stay the same for the app's lifetime,
 * so the geometry is tessellated and uploaded once; recolouring goes through `updateTriggers`.
 */
export function unitFillLayer({ features, fill, fillVersion, onHover }: UnitFillInput): GeoJsonLayer<UnitFeatureProps> {
  // `beforeId` is read by @deck.gl/mapbox in interleaved mode (its `LayerOverlayProps`).
  const props: GeoJsonLayerProps<UnitFeatureProps> & { beforeId: string } = {
    id: 'units',
    beforeId: OUTLINE_LAYER.noData,
    data: features,
    filled: true,
    stroked: false,
    getFillColor: (f) => {
      const i = 4 * f.properties.index;
      return [fill[i], fill[i + 1], fill[i + 2], fill[i + 3]];
    },
    updateTriggers: { getFillColor: fillVersion },
    pickable: true,
    autoHighlight: true,
    highlightColor: HOVER_RGBA,
    onHover,
  };
  return new GeoJsonLayer<UnitFeatureProps>(props);
}
