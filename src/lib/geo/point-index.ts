/**
 * A point-in-polygon index over the units (municipios): which unit contains a point.
 *
 * Two stages: a Flatbush R-tree over the units' bounding boxes gives the candidates, then the exact
 * test on each candidate, in ascending unit order. The exact test is even–odd ray casting over all
 * rings of the unit (outer rings, holes and the parts of a multipolygon alike), sped up by
 * horizontal strips: each unit's edges are bucketed by the strips of its bounding box they span,
 * so a point tests only the edges of its strip.
 *
 * **The rule** (every point goes to at most one unit, deterministically): a point belongs to the
 * unit of LOWEST INDEX among those whose CLOSED polygon contains it. "Closed" means the boundary
 * counts as inside: a point exactly on an edge or a vertex of a unit is in that unit. So a point on a
 * border shared by units 12 and 40 goes to 12, a point on a vertex where three units meet to the
 * lowest of the three, a point on the outer border of the region to the one unit it touches, and a
 * point in an overlap (cross-border sources do not coincide exactly) to the lower index.
 * A point in a hole is outside the unit (unless on the hole's edge).
 *
 * Exactness: "on the boundary" is the exact floating-point test `cross(b − a, p − a) === 0` within
 * the edge's box. A point that is only nearly on a shared edge (its coordinates are not exactly
 * representable on it) is decided by the even–odd test with the half-open rule (an edge counts
 * for rays at `y0 ≤ y < y1`, a crossing strictly to the right of the point). Every edge is stored
 * with its endpoints in canonical order (lower y first), so an edge shared by two units is computed
 * identically for both and the point lands in exactly one of them.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Bounding box `[minX, minY, maxX, maxY]`. */
export type BBox = [number, number, number, number];

export interface PointIndex {
  /** Number of units indexed (the positions 0…size−1 of the geometries given). */
  readonly size: number;
  /** Bounding box of all units. */
  readonly bbox: BBox;
  /** The unit containing (x, y) by the rule above, or −1 when none does (or x, y not finite). */
  locate(x: number, y: number): number;
}

/** Edges per strip aimed at when bucketing a unit's edges. */
const EDGES_PER_STRIP = 4;
const MAX_STRIPS = 1024;

/**
 * Builds the index over `geometries` (one per unit, in unit order: the result of `locate` is the
 * position in this array). Rings may be open or closed; empty geometries are never matched.
 * @throws Error on a geometry that is not a Polygon or MultiPolygon, or a non-finite coordinate.
 */
export function buildPointIndex(geometries: readonly (Polygon | MultiPolygon)[]): PointIndex {
  const n = geometries.length;
  // Edges of all units, canonical (y0 <= y1), unit by unit.
  const ex0: number[] = [];
  const ey0: number[] = [];
  const ex1: number[] = [];
  const ey1: number[] = [];
  const unitEdgeStart = new Int32Array(n + 1);
  const boxes = new Float64Array(n * 4);

  for (let u = 0; u < n; u++) {
    const g = geometries[u];
    let polys: Position[][][];
    if (g && g.type === 'Polygon') polys = [g.coordinates];
    else if (g && g.type === 'MultiPolygon') polys = g.coordinates;
    else throw new Error(`unit ${u}: geometry must be a Polygon or MultiPolygon, not ${g ? (g as { type: unknown }).type : String(g)}`);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const poly of polys) {
      for (const ring of poly) {
        const m = ring.length;
        if (m < 2) continue;
        for (let i = 0; i < m; i++) {
          const a = ring[i];
          if (!Number.isFinite(a[0]) || !Number.isFinite(a[1])) throw new Error(`unit ${u}: non-finite coordinate`);
          if (a[0] < minX) minX = a[0];
          if (a[0] > maxX) maxX = a[0];
          if (a[1] < minY) minY = a[1];
          if (a[1] > maxY) maxY = a[1];
          // The closing edge of an open ring is added; a closed ring's last point repeats the first.
          const b = ring[i + 1 < m ? i + 1 : 0];
          if (a[0] === b[0] && a[1] === b[1]) continue;
          const lowFirst = a[1] < b[1] || (a[1] === b[1] && a[0] <= b[0]);
          const [p, q] = lowFirst ? [a, b] : [b, a];
          ex0.push(p[0]);
          ey0.push(p[1]);
          ex1.push(q[0]);
          ey1.push(q[1]);
        }
      }
    }
    unitEdgeStart[u + 1] = ex0.length;
    boxes.set([minX, minY, maxX, maxY], u * 4);
  }

  const X0 = Float64Array.from(ex0);
  const Y0 = Float64Array.from(ey0);
  const X1 = Float64Array.from(ex1);
  const Y1 = Float64Array.from(ey1);

  // Strips: unit u has stripCount[u] strips of height stripH[u] from boxes[u*4+1]; strip s (global
  // number stripBase[u] + s) lists its edges in stripEdges[stripOffsets[k] … stripOffsets[k+1]).
  const stripCount = new Int32Array(n);
  const stripBase = new Int32Array(n + 1);
  const stripH = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const edges = unitEdgeStart[u + 1] - unitEdgeStart[u];
    const h = boxes[u * 4 + 3] - boxes[u * 4 + 1];
    const k = edges === 0 || !(h > 0) ? 1 : Math.max(1, Math.min(MAX_STRIPS, Math.ceil(edges / EDGES_PER_STRIP)));
    stripCount[u] = k;
    stripH[u] = h > 0 ? h / k : 1;
    stripBase[u + 1] = stripBase[u] + k;
  }
  const stripOf = (u: number, y: number): number => {
    const s = Math.floor((y - boxes[u * 4 + 1]) / stripH[u]);
    return s < 0 ? 0 : s >= stripCount[u] ? stripCount[u] - 1 : s;
  };
  const totalStrips = stripBase[n];
  const stripLen = new Int32Array(totalStrips + 1);
  for (let u = 0; u < n; u++) {
    for (let e = unitEdgeStart[u]; e < unitEdgeStart[u + 1]; e++) {
      const s0 = stripOf(u, Y0[e]);
      const s1 = stripOf(u, Y1[e]);
      for (let s = s0; s <= s1; s++) stripLen[stripBase[u] + s + 1]++;
    }
  }
  const stripOffsets = new Int32Array(totalStrips + 1);
  for (let k = 0; k < totalStrips; k++) stripOffsets[k + 1] = stripOffsets[k] + stripLen[k + 1];
  const stripEdges = new Int32Array(stripOffsets[totalStrips]);
  const fill = stripOffsets.slice(0, totalStrips);
  for (let u = 0; u < n; u++) {
    for (let e = unitEdgeStart[u]; e < unitEdgeStart[u + 1]; e++) {
      const s0 = stripOf(u, Y0[e]);
      const s1 = stripOf(u, Y1[e]);
      for (let s = s0; s <= s1; s++) stripEdges[fill[stripBase[u] + s]++] = e;
    }
  }

  let bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const tree = n > 0 ? new Flatbush(n) : null;
  for (let u = 0; u < n; u++) {
    const [minX, minY, maxX, maxY] = boxes.subarray(u * 4, u * 4 + 4);
    if (minX > maxX) {
      // Empty geometry: a box no finite point can hit.
      tree!.add(Infinity, Infinity, Infinity, Infinity);
      continue;
    }
    tree!.add(minX, minY, maxX, maxY);
    bbox = [Math.min(bbox[0], minX), Math.min(bbox[1], minY), Math.max(bbox[2], maxX), Math.max(bbox[3], maxY)];
  }
  tree?.finish();

  /** Whether unit u's closed polygon contains (x, y). */
  const contains = (u: number, x: number, y: number): boolean => {
    if (x < boxes[u * 4] || x > boxes[u * 4 + 2] || y < boxes[u * 4 + 1] || y > boxes[u * 4 + 3]) return false;
    const k = stripBase[u] + stripOf(u, y);
    let inside = false;
    for (let j = stripOffsets[k], end = stripOffsets[k + 1]; j < end; j++) {
      const e = stripEdges[j];
      const y0 = Y0[e];
      const y1 = Y1[e];
      if (y < y0 || y > y1) continue;
      const x0 = X0[e];
      const x1 = X1[e];
      // On the edge (closed rule): exactly collinear and within the edge's box.
      if (x >= (x0 < x1 ? x0 : x1) && x <= (x0 < x1 ? x1 : x0) && (x - x0) * (y1 - y0) - (y - y0) * (x1 - x0) === 0) return true;
      // Half-open crossing of the ray to +x.
      if (y < y1 && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
    }
    return inside;
  };

  const locate = (x: number, y: number): number => {
    if (!tree || !Number.isFinite(x) || !Number.isFinite(y)) return -1;
    const candidates = tree.search(x, y, x, y);
    if (candidates.length > 1) candidates.sort((a, b) => a - b);
    for (const u of candidates) if (contains(u, x, y)) return u;
    return -1;
  };

  return { size: n, bbox, locate };
}
