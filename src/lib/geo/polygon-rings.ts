import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The rings of a polygon or multipolygon (outer rings and holes alike: all are boundary), each as
 * interleaved [lon0, lat0, lon1, lat1, …], closed (last position = first). Rings with fewer than
 * two positions are dropped.
 */
export function polygonRings(geometry: Polygon | MultiPolygon): Float64Array[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Float64Array[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (ring.length < 2) continue;
      const first = ring[0];
      const last = ring[ring.length - 1];
      const closed = first[0] === last[0] && first[1] === last[1];
      const m = ring.length + (closed ? 0 : 1);
      const xy = new Float64Array(2 * m);
      for (let k = 0; k < ring.length; k++) {
        xy[2 * k] = ring[k][0];
        xy[2 * k + 1] = ring[k][1];
      }
      if (!closed) {
        xy[2 * m - 2] = first[0];
        xy[2 * m - 1] = first[1];
      }
      out.push(xy);
    }
  }
  return out;
}
