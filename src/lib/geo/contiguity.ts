import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { arcContiguity, type TopoUnit } from './arc-contiguity.ts';
import { PairSet } from './pair-set.ts';
import { polygonRings } from './polygon-rings.ts';
import { snappedContiguity } from './snapped-contiguity.ts';
import { vertexContiguity } from './vertex-contiguity.ts';

export type Contiguity = 'queen' | 'rook';

export interface ContiguityOptions {
  /** Queen: a shared vertex (or, across sources, boundaries within the tolerance) makes neighbours; rook: a shared edge (a shared stretch of border). */
  contiguity: Contiguity;
  /** Snapping tolerance in metres between boundaries drawn by different sources; 0 = exact coordinates only. */
  snapMeters: number;
}

/** A boundary file: object `units`, one geometry per unit, its id in `id` or `properties.unit_id`. */
export type UnitsTopology = Topology<{ units: GeometryCollection }>;

/** Default snapping tolerance across sources (docs/METHODS.md §2). */
export const DEFAULT_SNAP_METERS = 500;

function checkOptions(options: ContiguityOptions): void {
  if (options.contiguity !== 'queen' && options.contiguity !== 'rook') {
    throw new Error(`contiguity must be "queen" or "rook", not "${String(options.contiguity)}"`);
  }
  if (!(Number.isFinite(options.snapMeters) && options.snapMeters >= 0)) {
    throw new Error(`the snapping tolerance must be a number of metres ≥ 0, not ${String(options.snapMeters)}`);
  }
}

/**
 * Contiguity (symmetric neighbour lists, sorted) of the municipios of several countries, in the app's unit
 * order (that of unitFeatures(topologies): country by country, file order, geometries without a
 * unit id or without a polygon skipped). Within a country, neighbours come from the boundary file's
 * shared arcs; across countries, whose borders were drawn by different agencies, from snapping:
 * queen when the boundaries come within `snapMeters`, rook when they run within `snapMeters` of
 * each other for more than 2 × `snapMeters` (see snappedContiguity).
 */
export function contiguityNeighbours(topologies: { country: string; topology: UnitsTopology }[], options: ContiguityOptions): number[][] {
  checkOptions(options);
  const rook = options.contiguity === 'rook';
  const perTopology: TopoUnit[][] = [];
  const rings: Float64Array[][] = [];
  const source: number[] = [];
  topologies.forEach(({ country, topology }, s) => {
    const units = topology.objects.units;
    if (!units || units.type !== 'GeometryCollection') {
      throw new Error(`the ${country} boundary file has no "units" geometry collection`);
    }
    const list: TopoUnit[] = [];
    for (const g of units.geometries) {
      const id = String(g.id ?? (g.properties as { unit_id?: string } | undefined)?.unit_id ?? '');
      if (!id || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
      const geometry = g as unknown as TopoPolygon | TopoMultiPolygon;
      list.push({ geometry, unit: rings.length });
      const f = feature(topology, geometry) as unknown as Feature<Polygon | MultiPolygon>;
      rings.push(polygonRings(f.geometry));
      source.push(s);
    }
    perTopology.push(list);
  });
  const pairs = new PairSet(rings.length);
  topologies.forEach(({ topology }, s) => arcContiguity(topology, perTopology[s], rook, pairs));
  snappedContiguity(rings, pairs, { rook, snapMeters: options.snapMeters, source });
  return pairs.toLists();
}

/**
 * Contiguity (symmetric neighbour lists) of plain GeoJSON polygons, in the order given (the CLI's
 * input). Exactly equal coordinates make neighbours (queen: a vertex, rook: an edge); with
 * `snapMeters` > 0, boundaries within that tolerance do too, by the same rules as across countries
 * in contiguityWeights — between every pair of features, or only between features of different
 * `source` (e.g. their country) when given. A feature without geometry has no neighbours.
 */
export function featureNeighbours(
  features: readonly Feature<Polygon | MultiPolygon | null>[],
  options: ContiguityOptions & { source?: ArrayLike<string | number> },
): number[][] {
  checkOptions(options);
  const rook = options.contiguity === 'rook';
  if (options.source && options.source.length !== features.length) {
    throw new Error(`${options.source.length} sources given for ${features.length} features`);
  }
  const rings = features.map((f, i) => {
    const g = f.geometry;
    if (g === null) return [];
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw new Error(`feature ${i} is a ${String((g as { type?: unknown }).type)}, not a Polygon or MultiPolygon`);
    }
    return polygonRings(g);
  });
  const pairs = new PairSet(features.length);
  vertexContiguity(rings, rook, pairs);
  let source: number[] | undefined;
  if (options.source) {
    const codes = new Map<string | number, number>();
    source = Array.from(options.source, (s) => {
      if (!codes.has(s)) codes.set(s, codes.size);
      return codes.get(s)!;
    });
  }
  snappedContiguity(rings, pairs, { rook, snapMeters: options.snapMeters, source });
  return pairs.toLists();
}
