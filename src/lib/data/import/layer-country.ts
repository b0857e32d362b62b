/**
 * The one country a layer's features lie in, from the centre of each feature's box (at most 200
 * features looked at), or null when they lie in several countries or none. A national map may
 * carry a neighbour's municipio or two: the country of at least 95% of the features looked at is
 * the layer's (the others are set aside when it is matched, features-elsewhere.ts).
 */
import type { RawLayer } from './import-types.ts';
import type { CountryCode } from '../schema.ts';
import { boxCentre } from '../box-centre.ts';

/** Share of the features that must lie in one country. */
const MOST = 0.95;

export function layerCountry(layer: RawLayer, countryAt: (lon: number, lat: number) => CountryCode | null): CountryCode | null {
  const seen = new Map<CountryCode | null, number>();
  let n = 0;
  for (const g of layer.geometries.slice(0, 200)) {
    const c = g && boxCentre(g);
    if (!c) continue;
    const k = countryAt(c[0], c[1]);
    seen.set(k, (seen.get(k) ?? 0) + 1);
    n++;
  }
  for (const [k, count] of seen) if (k && count >= MOST * n) return k;
  return null;
}
