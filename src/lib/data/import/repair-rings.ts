/**
 * A layer's polygons made valid where they can be, and every change told (the join report names
 * the features, see BoundaryNotes.svelte): a ring whose last position is not its first is closed;
 * a ring of fewer than 4 positions (once closed) is dropped — with its holes when it is a shell —
 * and a feature left with no ring has no geometry; a polygon whose edges cross (a bow-tie, a hole
 * through its shell: analysis/ring-crossing.ts) is rebuilt as the area it encloses, its own union
 * (what `buffer(0)` does in GEOS: a bow-tie becomes its two triangles); when that fails or still
 * crosses, the feature is kept as it is and listed as invalid. Points are left alone.
 *
 * Runs where a layer is read (the import worker, or Node for tests and the CLI), before the layer
 * is stored: what the workspace keeps is what the map draws.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { union, featureCollection, multiPolygon } from '@turf/turf';
import { ringsCross } from '../../analysis/ring-crossing.ts';
import type { GeometryFixes, RawLayer } from './import-types.ts';

/** What happened to one geometry. */
export interface RingRepair {
  geometry: Geometry | null;
  closed: boolean;
  dropped: boolean;
  repaired: boolean;
  invalid: boolean;
}

/** The layer with its polygons repaired and the repairs listed (the same layer when none was needed). */
export function withRepairedRings(layer: RawLayer): RawLayer {
  if (layer.geometryKind === 'point') return layer;
  const { geometries, fixes } = repairLayerRings(layer.geometries);
  return fixes ? { ...layer, geometries, geometryFixes: fixes } : layer;
}

/** Repairs every polygon of a layer; `fixes` lists the features (by row) changed, or is undefined when none was. */
export function repairLayerRings(geometries: readonly (Geometry | null)[]): { geometries: (Geometry | null)[]; fixes: GeometryFixes | undefined } {
  const fixes: GeometryFixes = { closed: [], dropped: [], emptied: [], repaired: [], invalid: [] };
  let any = false;
  const out = geometries.map((g, row) => {
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return g;
    const r = repairRings(g);
    if (r.closed) fixes.closed.push(row);
    if (r.dropped) fixes[r.geometry ? 'dropped' : 'emptied'].push(row);
    if (r.repaired) fixes.repaired.push(row);
    if (r.invalid) fixes.invalid.push(row);
    if (r.closed || r.dropped || r.repaired || r.invalid) any = true;
    return r.geometry;
  });
  return { geometries: out, fixes: any ? fixes : undefined };
}

/** Repairs one Polygon or MultiPolygon (the input is not changed; an unchanged geometry is returned as it is). */
export function repairRings(g: Polygon | MultiPolygon): RingRepair {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let closed = false;
  let dropped = false;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const next: Position[][] = [];
    for (let k = 0; k < rings.length; k++) {
      let ring = rings[k];
      if (ring.length > 0 && !samePosition(ring[0], ring[ring.length - 1])) {
        ring = [...ring, ring[0]];
        closed = true;
      }
      if (ring.length < 4) {
        dropped = true;
        // A shell gone takes its holes with it.
        if (k === 0) break;
        continue;
      }
      next.push(ring);
    }
    if (next.length) kept.push(next);
  }
  if (!kept.length) return { geometry: null, closed, dropped, repaired: false, invalid: false };
  const fixed: Geometry = !closed && !dropped ? g : g.type === 'Polygon' && kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  if (!kept.some(polygonCrosses)) return { geometry: fixed, closed, dropped, repaired: false, invalid: false };
  const unioned = ownUnion(kept);
  if (unioned && !unioned.some(polygonCrosses)) {
    const geometry: Geometry = unioned.length === 1 ? { type: 'Polygon', coordinates: unioned[0] } : { type: 'MultiPolygon', coordinates: unioned };
    return { geometry, closed, dropped, repaired: true, invalid: false };
  }
  return { geometry: fixed, closed, dropped, repaired: false, invalid: true };
}

/** The area the polygons enclose, as valid polygons (their union with themselves), or null when it cannot be built. */
function ownUnion(polygons: Position[][][]): Position[][][] | null {
  try {
    const shape = multiPolygon(polygons);
    const u = union(featureCollection([shape, shape]));
    if (!u) return null;
    return u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
  } catch {
    return null;
  }
}

function polygonCrosses(rings: Position[][]): boolean {
  const flat: number[] = [];
  const spans: [number, number][] = [];
  for (const ring of rings) {
    spans.push([flat.length / 2, ring.length]);
    for (const p of ring) flat.push(p[0], p[1]);
  }
  return ringsCross(flat, spans);
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
