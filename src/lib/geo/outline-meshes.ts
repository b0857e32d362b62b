import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Feature, MultiLineString } from 'geojson';
import type { CountryCode, UnitProps } from './unit-props.ts';
import type { UnitTopology } from './unit-features.ts';

/** A boundary line with the country it belongs to. */
export type OutlineFeature = Feature<MultiLineString, { country: CountryCode }>;

/** A country's boundaries, each arc once (topojson `mesh`). */
export interface OutlineMeshes {
  /** The country's outer boundary (arcs used by one unit only). */
  country: OutlineFeature;
  /** Boundaries between units of different departments. */
  departments: OutlineFeature;
  /** Boundaries between units of the same department. */
  municipios: OutlineFeature;
}

const deptOf = (g: GeometryObject): string => (g.properties as UnitProps | undefined)?.dept_code ?? '';

/** Country, department and municipio lines from a country's own units: the app's basemap. */
export function outlineMeshes(country: CountryCode, topology: UnitTopology): OutlineMeshes {
  const units = topology.objects.units;
  const line = (filter: (a: GeometryObject, b: GeometryObject) => boolean): OutlineFeature => ({
    type: 'Feature',
    geometry: mesh(topology, units, filter),
    properties: { country },
  });
  return {
    country: line((a, b) => a === b),
    departments: line((a, b) => a !== b && deptOf(a) !== deptOf(b)),
    municipios: line((a, b) => a !== b && deptOf(a) === deptOf(b)),
  };
}
