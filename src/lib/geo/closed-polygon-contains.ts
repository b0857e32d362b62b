/**
 * Whether one unit's CLOSED polygon contains a point, by the rule and the arithmetic of
 * point-index.ts (the boundary counts as inside; even–odd ray casting with the half-open rule;
 * every edge taken with its lower end first), without building an index: for a handful of points
 * per unit — the country guess of a layer looks at up to 200 — building a unit's index (its edges
 * copied into typed arrays, bucketed by strips, a tree of one box) costs far more than testing its
 * edges once. The answer is the one `buildPointIndex([g]).locate(x, y) === 0` gives: the strips of
 * the index only skip edges whose y range does not hold the point's y, which this test skips too.
 * @throws Error on a geometry that is not a Polygon or MultiPolygon, or a non-finite coordinate (as the index does).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function closedPolygonContains(g: Polygon | MultiPolygon, x: number, y: number): boolean {
  let polys: Position[][][];
  if (g && g.type === 'Polygon') polys = [g.coordinates];
  else if (g && g.type === 'MultiPolygon') polys = g.coordinates;
  else throw new Error(`unit 0: geometry must be a Polygon or MultiPolygon, not ${g ? (g as { type: unknown }).type : String(g)}`);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  // The box of the positions of every ring of two or more (the index's unit box), checked finite.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const poly of polys) {
    for (const ring of poly) {
      if (ring.length < 2) continue;
      for (const a of ring) {
        const ax = a[0];
        const ay = a[1];
        if (!Number.isFinite(ax) || !Number.isFinite(ay)) throw new Error('unit 0: non-finite coordinate');
        if (ax < minX) minX = ax;
        if (ax > maxX) maxX = ax;
        if (ay < minY) minY = ay;
        if (ay > maxY) maxY = ay;
      }
    }
  }
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  let inside = false;
  for (const poly of polys) {
    for (const ring of poly) {
      const m = ring.length;
      if (m < 2) continue;
      for (let i = 0; i < m; i++) {
        const a = ring[i];
        // The closing edge of an open ring is added; a closed ring's last point repeats the first.
        const b = ring[i + 1 < m ? i + 1 : 0];
        if (a[0] === b[0] && a[1] === b[1]) continue;
        const lowFirst = a[1] < b[1] || (a[1] === b[1] && a[0] <= b[0]);
        const x0 = lowFirst ? a[0] : b[0];
        const y0 = lowFirst ? a[1] : b[1];
        const x1 = lowFirst ? b[0] : a[0];
        const y1 = lowFirst ? b[1] : a[1];
        if (y < y0 || y > y1) continue;
        // On the edge (closed rule): exactly collinear and within the edge's box.
        if (x >= (x0 < x1 ? x0 : x1) && x <= (x0 < x1 ? x1 : x0) && (x - x0) * (y1 - y0) - (y - y0) * (x1 - x0) === 0) return true;
        // Half-open crossing of the ray to +x.
        if (y < y1 && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
      }
    }
  }
  return inside;
}
