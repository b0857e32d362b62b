import type { CompositeLayer, Layer } from '@deck.gl/core';

/**
 * True when `layer` (or every sub-layer of a composite) has models whose shader programs have
 * linked. luma.gl links programs asynchronously where the browser can (KHR_parallel_shader_compile)
 * and skips draws until then, so a frame rendered after `setProps({ layers })` may not contain the
 * layer yet; once this is true, the frame just rendered drew it.
 */
export function layerIsDrawn(layer: Layer): boolean {
  if (layer.isComposite) {
    const sub = (layer as CompositeLayer).getSubLayers();
    return sub.length > 0 && sub.every(layerIsDrawn);
  }
  const models = layer.getModels();
  return models.length > 0 && models.every((m) => m.pipeline?.linkStatus === 'success');
}
