import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { PairSet } from './pair-set.ts';

/** A polygon geometry of a topology and the unit it is in the caller's order. */
export interface TopoUnit {
  geometry: Polygon | MultiPolygon;
  unit: number;
}

/** The arc indices (reversals folded: ~a → a) of a polygon geometry's rings. */
function arcsOf(g: Polygon | MultiPolygon): number[] {
  const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
  return rings.flat().map((a) => (a < 0 ? ~a : a));
}

/** The absolute positions of an arc (delta-decoded when the topology is quantized), as keys. */
function positionKeys(topology: Topology, arc: number): (number | string)[] {
  const positions = topology.arcs[arc];
  const out: (number | string)[] = [];
  if (topology.transform) {
    // Quantized: integer positions, exact; key x·2^32 + y stays an exact double for |x|, |y| < 2^20.
    let x = 0;
    let y = 0;
    for (const p of positions) {
      x += p[0];
      y += p[1];
      out.push(Math.abs(x) < 1048576 && Math.abs(y) < 1048576 ? (x + 1048576) * 4294967296 + (y + 1048576) : `${x},${y}`);
    }
  } else {
    for (const p of positions) out.push(`${p[0]},${p[1]}`);
  }
  return out;
}

function addAllPairs(units: readonly number[], pairs: PairSet): void {
  for (let a = 0; a < units.length; a++) for (let b = a + 1; b < units.length; b++) pairs.add(units[a], units[b]);
}

/**
 * Contiguity within one topology from its shared arcs: rook links units whose rings use the same
 * arc (one that is more than a point); queen also links units whose arcs meet at a vertex (a
 * common position, e.g. a corner where four units meet). Positions are compared exactly, on the
 * quantized integers when the topology is quantized.
 */
export function arcContiguity(topology: Topology, units: readonly TopoUnit[], rook: boolean, pairs: PairSet): void {
  const unitsOfArc = new Map<number, number[]>();
  for (const { geometry, unit } of units) {
    for (const a of arcsOf(geometry)) {
      let list = unitsOfArc.get(a);
      if (!list) unitsOfArc.set(a, (list = []));
      if (!list.includes(unit)) list.push(unit);
    }
  }
  if (rook) {
    for (const [arc, list] of unitsOfArc) {
      if (list.length < 2) continue;
      const keys = positionKeys(topology, arc);
      if (keys.some((k) => k !== keys[0])) addAllPairs(list, pairs);
    }
    return;
  }
  // Units sharing an arc share its vertices; other vertices in common are where arcs meet. Most
  // positions belong to one arc only, so only those seen on a second arc get a list.
  const firstArcAt = new Map<number | string, number>();
  const arcsAt = new Map<number | string, number[]>();
  for (const [arc, list] of unitsOfArc) {
    if (list.length > 1) addAllPairs(list, pairs);
    for (const key of positionKeys(topology, arc)) {
      const first = firstArcAt.get(key);
      if (first === undefined) firstArcAt.set(key, arc);
      else if (first !== arc) {
        const arcs = arcsAt.get(key);
        if (!arcs) arcsAt.set(key, [first, arc]);
        else if (!arcs.includes(arc)) arcs.push(arc);
      }
    }
  }
  for (const arcs of arcsAt.values()) {
    const at: number[] = [];
    for (const a of arcs) for (const u of unitsOfArc.get(a)!) if (!at.includes(u)) at.push(u);
    addAllPairs(at, pairs);
  }
}
