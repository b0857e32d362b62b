import type { UnitTopology } from './unit-features.ts';
import type { LngLatBounds } from './bounds.ts';

type Arcs = number[] | number[][] | number[][][];

/** Every arc index in a geometry's `arcs` (a negative index is the arc reversed). */
function visitArcs(arcs: Arcs, used: Uint8Array): void {
  for (const a of arcs) {
    if (typeof a === 'number') used[a < 0 ? ~a : a] = 1;
    else visitArcs(a as Arcs, used);
  }
}

/**
 * Bounding box `[west, south, east, north]` of the units of one boundary file, read from the
 * arcs their polygons use, decoded as topojson-client decodes them (the same numbers): the box of
 * the decoded polygons' rings (holes lie inside their outer ring), without decoding a polygon.
 * Null when the file has no such units.
 */
export function topologyBounds(topology: UnitTopology): LngLatBounds | null {
  const used = new Uint8Array(topology.arcs.length);
  for (const g of topology.objects.units?.geometries ?? []) {
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') visitArcs(g.arcs as Arcs, used);
  }
  const t = topology.transform;
  const [kx, ky] = t ? t.scale : [1, 1];
  const [dx, dy] = t ? t.translate : [0, 0];
  const b: LngLatBounds = [Infinity, Infinity, -Infinity, -Infinity];
  topology.arcs.forEach((arc, i) => {
    if (!used[i]) return;
    let x0 = 0, y0 = 0;
    for (const p of arc) {
      // topojson-client's transform: positions are deltas from the arc's previous one.
      const x = t ? (x0 += p[0]) * kx + dx : p[0];
      const y = t ? (y0 += p[1]) * ky + dy : p[1];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  });
  return b[0] <= b[2] ? b : null;
}
