/**
 * The country of a point, for activity rows that give coordinates but no country: the country of
 * the unit containing the point; for a point outside every unit (at sea, across a border, a
 * coarse boundary), the country of the unit whose box centre is nearest. The row keeps its
 * coordinates either way, so the coverage engine still reports it as outside every unit.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildPointIndex } from '../geo/point-index.ts';
import { boxCentre } from './box-centre.ts';
import type { CountryCode } from './schema.ts';

export interface LocatableUnit {
  country: CountryCode;
  geometry: Polygon | MultiPolygon;
}

export function countryLocator(units: readonly LocatableUnit[]): (lon: number, lat: number) => CountryCode | null {
  const index = buildPointIndex(units.map((u) => u.geometry));
  const centres = units.map((u) => boxCentre(u.geometry) ?? [NaN, NaN]);
  return (lon, lat) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !units.length) return null;
    const u = index.locate(lon, lat);
    if (u >= 0) return units[u].country;
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < centres.length; i++) {
      const d = (centres[i][0] - lon) ** 2 + (centres[i][1] - lat) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    return units[best].country;
  };
}
