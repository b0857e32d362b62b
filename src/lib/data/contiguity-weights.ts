/**
 * Contiguity as spatial weights: the neighbours found in the boundaries (src/lib/geo) as the
 * binary CSR weights the statistics take (src/lib/analysis). Used by the app's hotspot worker, the
 * CLI and the benchmarks.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fromNeighbourLists, type SpatialWeights } from '../analysis/spatial-weights.ts';
import { contiguityNeighbours, featureNeighbours, type ContiguityOptions, type UnitsTopology } from '../geo/contiguity.ts';
import type { FeatureShapes } from '../geo/shapes-in-use.ts';

export { DEFAULT_SNAP_METERS, type Contiguity, type ContiguityOptions } from '../geo/contiguity.ts';

/** Binary contiguity weights of the municipios of several boundary files, in the app's unit order (see contiguityNeighbours). */
export function contiguityWeights(topologies: { country: string; topology: UnitsTopology }[], options: ContiguityOptions): SpatialWeights {
  return fromNeighbourLists(contiguityNeighbours(topologies, options));
}

/** Binary contiguity weights of plain GeoJSON polygons, in the order given (see featureNeighbours). */
export function contiguityFromFeatures(
  features: readonly Feature<Polygon | MultiPolygon | null>[],
  options: ContiguityOptions & { source?: ArrayLike<string | number> },
): SpatialWeights {
  return fromNeighbourLists(featureNeighbours(features, options));
}

/** What the hotspot weights are built from: the boundary files, or the shapes in use after a boundary import. */
export type WeightShapes = { country: string; topology: UnitsTopology }[] | FeatureShapes;

/** Binary contiguity weights of `shapes` in the app's unit order (contiguityWeights, or contiguityFromFeatures with each unit's source). */
export function weightsOf(shapes: WeightShapes, options: ContiguityOptions): SpatialWeights {
  return Array.isArray(shapes) ? contiguityWeights(shapes, options) : contiguityFromFeatures(shapes.features, { ...options, source: shapes.source });
}
