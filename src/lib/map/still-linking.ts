import type { CompositeLayer, Layer } from '@deck.gl/core';

/**
 * True while some model of the layer (or of its sublayers) has shaders still being linked: it is
 * set but not yet on screen. A layer without models (no data, or not yet initialised) is not
 * waiting for anything. (layerIsDrawn, beside it, is the stricter test for a layer's first frame.)
 */
export function stillLinking(layer: Layer): boolean {
  if (layer.isComposite) return (layer as CompositeLayer).getSubLayers().some(stillLinking);
  return layer.getModels().some((m) => m.pipeline !== undefined && m.pipeline.linkStatus !== 'success');
}
