/** The centre of a geometry's bounding box, or null for a geometry without positions. */
import type { Geometry, Position } from 'geojson';
import { forEachPosition } from './import/layer-from-features.ts';

export function boxCentre(g: Geometry): [number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = ([x, y]: Position) => {
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  };
  for (const part of g.type === 'GeometryCollection' ? g.geometries : [g]) {
    if (part.type !== 'GeometryCollection') forEachPosition(part, extend);
  }
  return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : null;
}
