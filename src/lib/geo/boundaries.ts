import type { FeatureCollection, MultiLineString } from 'geojson';
import type { CountryCode } from './unit-props.ts';
import { unitFeatures, type UnitFeature, type UnitTopology } from './unit-features.ts';
import { outlineMeshes, type OutlineFeature } from './outline-meshes.ts';
import { unitBounds, type BoundsKey, type LngLatBounds } from './bounds.ts';
import { topologyBounds } from './topology-bounds.ts';

export type OutlineCollection = FeatureCollection<MultiLineString, OutlineFeature['properties']>;

/** The municipios as the map draws and the app indexes them. */
export interface Boundaries {
  /** The municipios, `properties.index` = position in every value column. */
  features: UnitFeature[];
  /** Unit id → index. */
  indexById: Map<string, number>;
  bounds: Partial<Record<BoundsKey, LngLatBounds>>;
}

/** Boundary lines of all countries, by kind, each arc once. */
export interface Outlines {
  country: OutlineCollection;
  departments: OutlineCollection;
  municipios: OutlineCollection;
}

type Topologies = { country: CountryCode; topology: UnitTopology }[];

/** Features, index and bounds from the per-country boundary files, in the order given. */
export function boundariesFrom(topologies: Topologies): Boundaries {
  const features = unitFeatures(topologies);
  const indexById = new Map(features.map((f) => [f.properties.unit_id, f.properties.index]));
  return { features, indexById, bounds: fileBounds(topologies, features) };
}

/**
 * The bounds of {@link unitBounds}, from each file's arcs when every unit of a file is of that
 * file's country (no polygon decoded: the features' geometries are decoded when first read, not
 * before the first map); from the decoded polygons otherwise.
 */
function fileBounds(topologies: Topologies, features: UnitFeature[]): Partial<Record<BoundsKey, LngLatBounds>> {
  const countryOf = new Map(topologies.map((t) => [t.topology, t.country]));
  const own = topologies.every(({ country, topology }) => (topology.objects.units?.geometries ?? []).every((g) => ((g.properties as { country?: string } | undefined)?.country ?? country) === country));
  if (!own || countryOf.size !== topologies.length || new Set(topologies.map((t) => t.country)).size !== topologies.length) return unitBounds(features);
  const out: Partial<Record<BoundsKey, LngLatBounds>> = {};
  for (const { country, topology } of topologies) {
    const b = features.some((f) => f.properties.country === country) ? topologyBounds(topology) : null;
    if (!b) continue;
    out[country] = b;
    const all = (out.all ??= [Infinity, Infinity, -Infinity, -Infinity]);
    all[0] = Math.min(all[0], b[0]);
    all[1] = Math.min(all[1], b[1]);
    all[2] = Math.max(all[2], b[2]);
    all[3] = Math.max(all[3], b[3]);
  }
  return out;
}

const collection = (features: OutlineFeature[]): OutlineCollection => ({ type: 'FeatureCollection', features });

/** Country, department and municipio lines of all countries (topojson meshes). */
export function outlinesFrom(topologies: Topologies): Outlines {
  const meshes = topologies.map(({ country, topology }) => outlineMeshes(country, topology));
  return {
    country: collection(meshes.map((m) => m.country)),
    departments: collection(meshes.map((m) => m.departments)),
    municipios: collection(meshes.map((m) => m.municipios)),
  };
}
