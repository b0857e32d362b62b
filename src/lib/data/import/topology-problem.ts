/**
 * What is wrong with a TopoJSON Topology before topojson-client decodes it (which otherwise fails
 * with a bare "Cannot read properties of undefined"): an object that is not a geometry, an arc
 * index past the file's arcs, an arc that is not a list of positions, a transform that is not
 * two scales and two offsets. Null when it can be decoded.
 */
export type TopologyProblem =
  | { problem: 'object'; object: string }
  | { problem: 'arc-index'; object: string; arc: number; arcs: number }
  | { problem: 'arc'; arc: number }
  | { problem: 'transform' };

const isPair = (x: unknown): boolean => Array.isArray(x) && x.length >= 2 && typeof x[0] === 'number' && typeof x[1] === 'number' && Number.isFinite(x[0]) && Number.isFinite(x[1]);

const TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', null]);

export function topologyProblem(topo: { objects?: unknown; arcs?: unknown; transform?: unknown }): TopologyProblem | null {
  const arcs = Array.isArray(topo.arcs) ? topo.arcs : [];
  if (topo.transform !== undefined) {
    const t = topo.transform as { scale?: unknown; translate?: unknown } | null;
    if (!t || typeof t !== 'object' || !isPair(t.scale) || !isPair(t.translate)) return { problem: 'transform' };
  }
  for (let i = 0; i < arcs.length; i++) {
    const arc: unknown = arcs[i];
    if (!Array.isArray(arc) || !arc.every(isPair)) return { problem: 'arc', arc: i };
  }
  const objects = topo.objects && typeof topo.objects === 'object' ? (topo.objects as Record<string, unknown>) : {};
  for (const [name, o] of Object.entries(objects)) {
    const bad = geometryProblem(o, name, arcs.length);
    if (bad) return bad;
  }
  return null;
}

function geometryProblem(g: unknown, object: string, arcs: number): TopologyProblem | null {
  if (!g || typeof g !== 'object' || Array.isArray(g)) return { problem: 'object', object };
  const geom = g as { type?: unknown; geometries?: unknown; arcs?: unknown; coordinates?: unknown };
  if (!TYPES.has(geom.type as string | null)) return { problem: 'object', object };
  if (geom.type === 'GeometryCollection') {
    if (!Array.isArray(geom.geometries)) return { problem: 'object', object };
    for (const child of geom.geometries) {
      const bad = geometryProblem(child, object, arcs);
      if (bad) return bad;
    }
    return null;
  }
  if (geom.type === 'Point' || geom.type === 'MultiPoint' || geom.type === null) return null;
  const depth = geom.type === 'LineString' ? 1 : geom.type === 'MultiPolygon' ? 3 : 2;
  return arcIndexProblem(geom.arcs, depth, object, arcs);
}

/** Arc indices nested `depth` lists deep; a negative index `~i` means arc i reversed. */
function arcIndexProblem(list: unknown, depth: number, object: string, arcs: number): TopologyProblem | null {
  if (!Array.isArray(list)) return { problem: 'object', object };
  for (const x of list) {
    if (depth > 1) {
      const bad = arcIndexProblem(x, depth - 1, object, arcs);
      if (bad) return bad;
    } else {
      if (typeof x !== 'number' || !Number.isInteger(x)) return { problem: 'object', object };
      const arc = x < 0 ? ~x : x;
      if (arc >= arcs) return { problem: 'arc-index', object, arc, arcs };
    }
  }
  return null;
}
