/**
 * Vertex data of lines and polygons in web mercator (0–1 over the world, y down), as the map's
 * own WebGL layers draw them (masked-layer.ts): built on the main thread once per item, no
 * tiling.
 */

/** Longitude/latitude (degrees) → web mercator x, y in 0–1 (y down, as maplibre's world). */
export function mercator(lng: number, lat: number): [number, number] {
  const y = 180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [(lng + 180) / 360, y / 360];
}

/** Floats per vertex of {@link lineQuads}: position x, y, then the extrusion x, y (in half widths). */
export const LINE_FLOATS = 4;

/**
 * Two triangles per segment of each line (lng/lat positions), as x, y, ex, ey per vertex: the
 * segment's ends pushed out by (ex, ey) half line widths (across the segment, and past each end
 * by a half width so that consecutive segments overlap at the joins, leaving no notch).
 */
export function lineQuads(lines: readonly (readonly number[])[][]): Float32Array {
  let n = 0;
  for (const l of lines) n += Math.max(0, l.length - 1);
  const out = new Float32Array(n * 6 * LINE_FLOATS);
  let k = 0;
  const put = (x: number, y: number, ex: number, ey: number) => {
    out[k++] = x;
    out[k++] = y;
    out[k++] = ex;
    out[k++] = ey;
  };
  for (const l of lines) {
    let prev = l.length ? mercator(l[0][0], l[0][1]) : null;
    for (let i = 1; i < l.length && prev; i++) {
      const next = mercator(l[i][0], l[i][1]);
      const dx = next[0] - prev[0], dy = next[1] - prev[1];
      const len = Math.hypot(dx, dy) || 1;
      const ux = dx / len, uy = dy / len;
      // Across (left, right) and along (back at the start, forward at the end).
      const [ax, ay] = [-uy, ux];
      const a0: [number, number, number, number] = [prev[0], prev[1], -ax - ux, -ay - uy];
      const a1: [number, number, number, number] = [prev[0], prev[1], ax - ux, ay - uy];
      const b0: [number, number, number, number] = [next[0], next[1], -ax + ux, -ay + uy];
      const b1: [number, number, number, number] = [next[0], next[1], ax + ux, ay + uy];
      put(...a0);
      put(...a1);
      put(...b0);
      put(...a1);
      put(...b1);
      put(...b0);
      prev = next;
    }
  }
  return out;
}

/**
 * A fan of triangles per ring (x, y per vertex): drawn into the stencil buffer with INVERT, the
 * pixels inside the polygon (even–odd rule, holes included) end up flagged, without triangulating.
 */
export function ringFans(rings: readonly (readonly number[])[][]): Float32Array {
  let n = 0;
  for (const r of rings) n += Math.max(0, r.length - 2);
  const out = new Float32Array(n * 3 * 2);
  let k = 0;
  for (const r of rings) {
    if (r.length < 3) continue;
    const o = mercator(r[0][0], r[0][1]);
    let prev = mercator(r[1][0], r[1][1]);
    for (let i = 2; i < r.length; i++) {
      const next = mercator(r[i][0], r[i][1]);
      out[k++] = o[0];
      out[k++] = o[1];
      out[k++] = prev[0];
      out[k++] = prev[1];
      out[k++] = next[0];
      out[k++] = next[1];
      prev = next;
    }
  }
  return out;
}

/** The rings (Polygon, MultiPolygon) or lines (LineString, MultiLineString) of a geometry. */
export function linesOf(g: GeoJSON.Geometry | null | undefined): number[][][] {
  if (!g) return [];
  switch (g.type) {
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'LineString':
      return [g.coordinates];
    default:
      return [];
  }
}
