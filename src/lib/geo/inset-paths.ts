/**
 * SVG paths of a locator inset: the municipios of one country in light outline and one municipio
 * filled, fitted to a box. Longitude is scaled by the cosine of the country's middle latitude (an
 * equirectangular projection true to distances at that latitude: at 13–17° N the error across a
 * country is under 2 %); ring winding is irrelevant (planar, unlike d3's spherical projections).
 * A small municipio also gets a dot at its bounding-box centre, so it can be seen at inset scale.
 */
import { geoPath, geoTransform } from 'd3';
import type { UnitFeature } from './unit-features.ts';

export interface InsetPaths {
  /** Every municipio of the country, one path. */
  country: string;
  /** The chosen municipio. */
  unit: string;
  /** Its centre in the box, and whether it is too small to see without a dot. */
  dot: { x: number; y: number; small: boolean };
}

type Box = [number, number, number, number];

function boundsOf(features: readonly UnitFeature[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  for (const f of features) visit(f.geometry.coordinates);
  return b;
}

const countryCache = new WeakMap<readonly UnitFeature[], Map<string, { box: Box; path: string }>>();

/**
 * The inset of `features[unit]` among the features of its country (by `properties.country`), in a
 * `width` × `height` box with `pad` pixels around.
 */
export function insetPaths(features: readonly UnitFeature[], unit: number, width: number, height: number, pad = 4): InsetPaths {
  const country = features[unit].properties.country;
  let byCountry = countryCache.get(features);
  if (!byCountry) countryCache.set(features, (byCountry = new Map()));
  const key = `${country}:${width}x${height}:${pad}`;
  let cached = byCountry.get(key);
  const own = features.filter((f) => f.properties.country === country);
  const box = cached?.box ?? boundsOf(own);
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const s = Math.min((width - 2 * pad) / ((box[2] - box[0]) * k), (height - 2 * pad) / (box[3] - box[1]));
  const ox = (width - (box[2] - box[0]) * k * s) / 2;
  const oy = (height - (box[3] - box[1]) * s) / 2;
  const project = (x: number, y: number): [number, number] => [ox + (x - box[0]) * k * s, oy + (box[3] - y) * s];
  const path = geoPath(
    geoTransform({
      point(x: number, y: number) {
        const [px, py] = project(x, y);
        this.stream.point(Math.round(px * 10) / 10, Math.round(py * 10) / 10);
      },
    }),
  );
  if (!cached) {
    cached = { box, path: path({ type: 'FeatureCollection', features: own as UnitFeature[] }) ?? '' };
    byCountry.set(key, cached);
  }
  const ub = boundsOf([features[unit]]);
  const [x0, y1] = project(ub[0], ub[1]);
  const [x1, y0] = project(ub[2], ub[3]);
  return {
    country: cached.path,
    unit: path(features[unit]) ?? '',
    dot: { x: (x0 + x1) / 2, y: (y0 + y1) / 2, small: Math.max(x1 - x0, y1 - y0) < 6 },
  };
}
