import type { CatalogEntry } from '../data/schema.ts';
import type { ChangeMode } from '../analysis/change-between.ts';

/** A change on the map: the indicator, the two years and their columns (aligned to the units, NaN = missing). */
export interface ShownChange {
  entry: CatalogEntry;
  first: number;
  second: number;
  mode: ChangeMode;
  firstValues: Float64Array;
  secondValues: Float64Array;
}
