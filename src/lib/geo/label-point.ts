import type { MultiPolygon, Polygon } from 'geojson';
import { polygonRings } from './polygon-rings.ts';
import { pointSegmentDistance2 } from './segment-distance.ts';

/**
 * Where a polygon's name goes on a map: its pole of inaccessibility, the inside point farthest from
 * every edge (the "polylabel" algorithm: quadtree cells searched best-first with a priority queue,
 * each cell bounded by its centre's distance plus its half diagonal; Agafonkin 2016, after
 * Garcia-Castellanos and Lombardo, "Poles of inaccessibility", Scottish Geographical Journal 123,
 * 2007). Unlike the centroid it is always inside, even for a crescent or a municipio with a hole.
 * Longitudes are scaled by the cosine of the middle latitude so that "farthest" is in ground
 * distance, not in degrees. A multipolygon is searched as a whole (its parts and holes, even–odd).
 */
export interface LabelPoint {
  lon: number;
  lat: number;
  /** Distance from the point to the nearest edge, in degrees of latitude (about 111 km each). */
  clearance: number;
}

/** Signed distance from (x, y) to the rings (scaled x): positive inside (even–odd), negative outside. */
function signedDistance(x: number, y: number, rings: readonly Float64Array[]): number {
  let inside = false;
  let d2 = Infinity;
  for (const r of rings) {
    for (let k = 2; k < r.length; k += 2) {
      const ax = r[k - 2], ay = r[k - 1], bx = r[k], by = r[k + 1];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      const d = pointSegmentDistance2(x, y, ax, ay, bx, by);
      if (d < d2) d2 = d;
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(d2);
}

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Signed distance of the centre. */
  d: number;
  /** The most any point of the cell can reach. */
  max: number;
}

function cell(x: number, y: number, h: number, rings: readonly Float64Array[]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** A max-heap of cells by `max`. */
class CellQueue {
  readonly #a: Cell[] = [];
  get size(): number {
    return this.#a.length;
  }
  push(c: Cell): void {
    const a = this.#a;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].max >= a[i].max) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): Cell {
    const a = this.#a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The pole of inaccessibility of `geometry`, found to within `precision` (a fraction of the
 * polygon's larger side, 1/1000 by default). Null for a geometry without area.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 1e-3): LabelPoint | null {
  const raw = polygonRings(geometry);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of raw) {
    for (let k = 0; k < r.length; k += 2) {
      x0 = Math.min(x0, r[k]);
      x1 = Math.max(x1, r[k]);
      y0 = Math.min(y0, r[k + 1]);
      y1 = Math.max(y1, r[k + 1]);
    }
  }
  if (!(x1 > x0 && y1 > y0)) return null;
  const kx = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const rings = raw.map((r) => r.map((v, k) => (k % 2 === 0 ? v * kx : v)));
  const [sx0, sx1] = [x0 * kx, x1 * kx];
  const size = Math.min(sx1 - sx0, y1 - y0);
  const eps = Math.max(sx1 - sx0, y1 - y0) * precision;
  const queue = new CellQueue();
  for (let x = sx0; x < sx1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2, rings));
  let best = cell((sx0 + sx1) / 2, (y0 + y1) / 2, 0, rings);
  while (queue.size) {
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= eps) continue;
    const h = c.h / 2;
    for (const [dx, dy] of [[-h, -h], [h, -h], [-h, h], [h, h]]) queue.push(cell(c.x + dx, c.y + dy, h, rings));
  }
  if (best.d <= 0) return null;
  return { lon: best.x / kx, lat: best.y, clearance: best.d };
}

/**
 * The area of `geometry` in km², on a plane scaled at each ring's middle latitude (exact enough to
 * rank municipios by size: the region spans 13°–18° N).
 */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const KM_PER_DEGREE = 111.32;
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, k) => {
      let a = 0;
      let lat = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        lat += ring[i][1];
      }
      const kx = Math.cos(((lat / Math.max(1, ring.length)) * Math.PI) / 180);
      const km2 = (Math.abs(a) / 2) * kx * KM_PER_DEGREE * KM_PER_DEGREE;
      total += k === 0 ? km2 : -km2;
    });
  }
  return total;
}
