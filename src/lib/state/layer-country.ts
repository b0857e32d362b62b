/**
 * The one country a layer's features lie in, from the centre of each feature's box (at most 200
 * features looked at), or null when they lie in several countries or none.
 */
import type { RawLayer } from '../data/import/import-types.ts';
import type { CountryCode } from '../data/schema.ts';
import { boxCentre } from '../data/box-centre.ts';

export function layerCountry(layer: RawLayer, countryAt: (lon: number, lat: number) => CountryCode | null): CountryCode | null {
  const seen = new Set<CountryCode | null>();
  for (const g of layer.geometries.slice(0, 200)) {
    const c = g && boxCentre(g);
    if (c) seen.add(countryAt(c[0], c[1]));
  }
  return seen.size === 1 ? [...seen][0] : null;
}
