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
 *
 * A feature's geometry is decoded from the topology when it is first read (then kept): the first
 * map needs the units' attributes and order, not their shapes (maplibre draws the pre-built
 * polygons), so decoding every arc is not in its way. Reading `geometry` gives what decoding all
 * features at once gave.
 */
export function unitFeatures(topologies: { country: CountryCode; topology: UnitTopology }[]): UnitFeature[] {
  const out: UnitFeature[] = [];
  for (const { country, topology } of topologies) {
    const units = topology.objects.units;
    if (!units || units.type !== 'GeometryCollection') {
      throw new Error(`the ${country} boundary file has no "units" geometry collection`);
    }
    for (const g of units.geometries) {
      const props = g.properties as Partial<UnitProps> | undefined;
      const id = String(g.id ?? props?.unit_id ?? '');
      if (!id || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
      let geometry: Polygon | MultiPolygon | null = null;
      out.push({
        type: 'Feature',
        id,
        get geometry(): Polygon | MultiPolygon {
          return (geometry ??= (feature(topology, g) as Feature<Polygon | MultiPolygon>).geometry);
        },
        set geometry(value: Polygon | MultiPolygon) {
          geometry = value;
        },
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
