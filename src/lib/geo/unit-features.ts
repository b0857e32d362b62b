import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryCode, UnitProps } from './unit-props.ts';

/** A country's boundary file: object `units`, one geometry per municipio (see schema.ts). */
export type UnitTopology = Topology<{ units: GeometryCollection<UnitProps> }>;

/** Unit attributes plus the unit's position in the app's unit order (the row of every column). */
export interface UnitFeatureProps extends UnitProps {
  index: number;
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitFeatureProps>;

/**
 * The municipios of several countries as GeoJSON features, in the order given (country by country,
 * file order within a country). `properties.index` numbers them 0…n−1 so that value columns can be
 * plain typed arrays aligned to the features. Geometries without a unit id are skipped.
 */
export function unitFeatures(topologies: { country: CountryCode; topology: UnitTopology }[]): UnitFeature[] {
  const out: UnitFeature[] = [];
  for (const { country, topology } of topologies) {
    const units = topology.objects.units;
    if (!units || units.type !== 'GeometryCollection') {
      throw new Error(`the ${country} boundary file has no "units" geometry collection`);
    }
    const fc = feature(topology, units);
    for (const f of fc.features) {
      const props = f.properties;
      const id = String(f.id ?? props?.unit_id ?? '');
      if (!id || !f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
      out.push({
        type: 'Feature',
        id,
        geometry: f.geometry,
        properties: {
          unit_id: id,
          country: props?.country ?? country,
          code: String(props?.code ?? ''),
          name: String(props?.name ?? id),
          dept_code: String(props?.dept_code ?? ''),
          dept_name: String(props?.dept_name ?? ''),
          ine_code: String(props?.ine_code ?? ''),
          index: out.length,
        },
      });
    }
  }
  return out;
}
