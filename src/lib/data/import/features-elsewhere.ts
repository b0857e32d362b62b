/**
 * The features of a boundary or value layer that lie in another country than the file's: a
 * finance ministry's map of Honduras's 298 municipios that also carries a neighbouring Salvadoran
 * municipio (Metapán, DIGESTYC code 207 — the code of Honduras's Santa Rosa de Aguán). Joined by
 * its code, such a feature would reach a unit of the file's country; it is left out of the join
 * instead and the report names it (see {@link KeyMapping.elsewhere}).
 *
 * A feature lies in another country when two points of it — the centre of its box and the mean of
 * its largest outer ring's vertices — are both located (by `countryAt`: the country of the unit
 * containing the point, else of the nearest unit) in that same other country. Two points, so that
 * a concave border municipio whose box centre falls across the border is not taken for a
 * neighbour's. Pure.
 */
import type { Geometry, Position } from 'geojson';
import type { CountryCode } from '../schema.ts';
import { boxCentre } from '../box-centre.ts';
import type { RawLayer } from './import-types.ts';

/** A feature left out of the join: its row and the country it lies in. */
export interface FeatureElsewhere {
  row: number;
  country: CountryCode;
}

export function featuresElsewhere(layer: Pick<RawLayer, 'geometries'>, country: CountryCode, countryAt: (lon: number, lat: number) => CountryCode | null): FeatureElsewhere[] {
  const out: FeatureElsewhere[] = [];
  layer.geometries.forEach((g, row) => {
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return;
    const a = boxCentre(g);
    const b = ringMean(g);
    if (!a || !b) return;
    const ca = countryAt(a[0], a[1]);
    if (!ca || ca === country || countryAt(b[0], b[1]) !== ca) return;
    out.push({ row, country: ca });
  });
  return out;
}

/** The mean of the vertices of the outer ring with the most vertices. */
function ringMean(g: Geometry): [number, number] | null {
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let ring: Position[] = [];
  for (const p of polys) if (p[0] && p[0].length > ring.length) ring = p[0];
  if (!ring.length) return null;
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}
