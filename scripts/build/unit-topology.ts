/**
 * Unit features → a compact TopoJSON for the browser. Simplification runs on the topology, never
 * on features one by one: each shared edge is one arc, simplified once, so neighbours keep
 * identical borders (no gaps, no slivers).
 */
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import type { UnitFeature } from './unit-features.ts';

/** Name of the one object in every boundary TopoJSON. */
export const OBJECT_NAME = 'units';

export interface TopologyOptions {
  /**
   * Visvalingam weight (planar triangle area, degrees²) below which points are dropped; `null`
   * keeps every vertex (for a source that is already simplified).
   */
  minWeight: number | null;
  /** Grid size per axis for quantization (delta-encoded integer arcs), e.g. 1e5. */
  quantization: number;
}

/** The boundary topology type the build writes: one GeometryCollection of unit polygons. */
export type UnitTopology = Topology<{ units: GeometryCollection<UnitProps> }>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type AnyTopology = Topology<Objects<{}>>;

/** Points on an arc after presimplify: `[x, y, weight]`. */
type WeightedPoint = [number, number, number];

/** Arc index as stored in a ring (negative = reversed, `~i`). */
function arcIndex(ref: number): number {
  return ref < 0 ? ~ref : ref;
}

/** Every ring of every polygon in the object, as lists of arc references. */
function rings(collection: GeometryCollection): number[][][] {
  return collection.geometries.flatMap((g) => {
    if (g.type === 'Polygon') return [(g as Polygon).arcs];
    if (g.type === 'MultiPolygon') return [(g as MultiPolygon).arcs.flat()];
    return [];
  });
}

/**
 * Makes sure no ring can collapse. Simplification always keeps arc end points, so a ring made of
 * three or more arcs keeps at least three vertices; a ring of one arc (an island, a lone
 * municipio) or two arcs could shrink to a line and vanish. For those, the interior points with
 * the largest weights are pinned (weight = Infinity) until the ring is sure to keep three.
 * Pinning acts on the shared arc, so neighbours stay consistent.
 */
export function pinSmallRings(topo: AnyTopology, collection: GeometryCollection): number {
  let pinned = 0;
  for (const polygonRings of rings(collection)) {
    for (const ring of polygonRings) {
      const missing = 3 - ring.length;
      if (missing <= 0) continue;
      const interior = ring
        .flatMap((ref) => (topo.arcs[arcIndex(ref)] as unknown as WeightedPoint[]).slice(1, -1))
        .filter((p) => Number.isFinite(p[2]))
        .sort((a, b) => b[2] - a[2]);
      for (const p of interior.slice(0, missing)) {
        p[2] = Infinity;
        pinned++;
      }
    }
  }
  return pinned;
}

/** Counts the vertices stored in the arcs. */
export function countArcPoints(topo: Pick<Topology, 'arcs'>): number {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

/**
 * Builds the topology of `features` under the object {@link OBJECT_NAME}, simplifies it
 * (topology-preserving) and quantizes it. Feature order, ids and properties pass through as given.
 */
export function unitTopology(features: readonly UnitFeature[], options: TopologyOptions): UnitTopology {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  // The topojson typings disagree on the properties type parameter; `Topology<Objects<{}>>` is
  // the one the simplify and client functions accept.
  let topo = topology({ [OBJECT_NAME]: collection }) as unknown as AnyTopology;
  if (options.minWeight !== null) {
    topo = presimplify(topo);
    pinSmallRings(topo, topo.objects[OBJECT_NAME] as GeometryCollection);
    topo = simplify(topo, options.minWeight);
  }
  return quantize(topo, options.quantization) as unknown as UnitTopology;
}
