/**
 * The one country a layer's features lie in, from the centre of each feature's box (at most 200
 * features looked at), or null when they lie in several countries or none.
 */
import type { Geometry, Position } from 'geojson';
import type { RawLayer } from '../data/import/import-types.ts';
import type { CountryCode } from '../data/schema.ts';

export function layerCountry(layer: RawLayer, countryAt: (lon: number, lat: number) => CountryCode | null): CountryCode | null {
  const seen = new Set<CountryCode | null>();
  for (const g of layer.geometries.slice(0, 200)) {
    const c = g && boxCentre(g);
    if (c) seen.add(countryAt(c[0], c[1]));
  }
  return seen.size === 1 ? [...seen][0] : null;
}

function boxCentre(g: Geometry): [number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as Position;
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => visit('coordinates' in x ? x.coordinates : []));
  else visit(g.coordinates);
  return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : null;
}
