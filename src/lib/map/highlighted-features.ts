import type { UnitFeature } from '../geo/unit-features.ts';

/**
 * The features whose unit is highlighted (`highlight[properties.index] === 1`), in feature order.
 * `highlight` is aligned to the map's unit order; null (or a mask of another length) highlights
 * nothing.
 */
export function highlightedFeatures(features: readonly UnitFeature[], highlight: Uint8Array | null): UnitFeature[] {
  if (!highlight || highlight.length !== features.length) return [];
  return features.filter((f) => highlight[f.properties.index] === 1);
}

/** True when two masks highlight the same units (so the outline layer need not be rebuilt). */
export function sameHighlight(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] === 1) !== (b[i] === 1)) return false;
  return true;
}

/** Number of highlighted units. */
export function highlightCount(highlight: Uint8Array | null): number {
  let n = 0;
  if (highlight) for (let i = 0; i < highlight.length; i++) if (highlight[i] === 1) n++;
  return n;
}
