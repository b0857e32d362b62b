import type { FeatureCollection, MultiLineString } from 'geojson';
import type { CountryCode } from './unit-props.ts';
import { unitFeatures, type UnitFeature, type UnitTopology } from './unit-features.ts';
import { outlineMeshes, type OutlineFeature } from './outline-meshes.ts';
import { unitBounds, type BoundsKey, type LngLatBounds } from './bounds.ts';

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
  return { features, indexById, bounds: unitBounds(features) };
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
