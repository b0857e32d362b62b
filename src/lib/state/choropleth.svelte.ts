import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import { classify } from '../analysis/index.ts';
import { CLASS_BREAKS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../analysis/class-methods.ts';
import { classesWithinGroups, type ClassesWithinGroups } from '../analysis/classes-within-groups.ts';
import { rankClassesWithinGroups, type RankClassesWithinGroups } from '../analysis/rank-classes-within-groups.ts';
import { oneScale } from '../data/one-scale.ts';
import { COUNTRIES } from '../data/dataset-files.ts';

/**
 * How the colours are drawn: `region`, one set of classes over all units (only for values
 * comparable across countries); `country`, classes computed within each country (one legend per
 * country); `rank`, classes of rank within each country.
 */
export type ChoroplethScale = 'region' | 'country' | 'rank';

/** The planner's choice: the values (on the scale their comparability allows) or their rank within country. */
export type ScaleChoice = 'values' | 'rank';

/**
 * What the map is coloured by: one indicator, its values (NaN = no data) and the classification.
 * The colours themselves are built on the map side (map/choropleth-colours.ts).
 */
export class Choropleth {
  method = $state<ClassMethod>('quantile');
  /** Requested number of classes (3–7); fewer are drawn when values repeat. */
  k = $state(5);
  /** Values or rank within country (a region-wide scale is never offered for values not comparable across countries). */
  scaleChoice = $state<ScaleChoice>('values');
  /**
   * The indicator on the map with its values aligned to the unit order; set together.
   * `withinCountry`: the values were normalised within each country (never one regional scale).
   */
  shown = $state.raw<{ entry: CatalogEntry; values: Float64Array; withinCountry: boolean } | null>(null);
  readonly #units: () => readonly { properties: { country: CountryCode } }[] | undefined;

  /** @param units - the map's units in value order (their countries group the per-country classes). */
  constructor(units: () => readonly { properties: { country: CountryCode } }[] | undefined = () => undefined) {
    this.#units = units;
  }

  /** Country of each unit as an index into {@link COUNTRIES}, aligned to the values. */
  readonly unitCountry: Int32Array = $derived.by(() => {
    const units = this.#units() ?? [];
    return Int32Array.from(units, (u) => Math.max(0, COUNTRIES.indexOf(u.properties.country)));
  });

  /** Whether the values shown may share one scale across countries (see `oneScale`). */
  readonly comparable: boolean = $derived(this.shown ? oneScale(this.shown.entry, this.shown.withinCountry) : true);

  readonly scale: ChoroplethScale = $derived.by(() => {
    // Without the units' countries, nothing can be classed within a country.
    if (this.unitCountry.length !== (this.shown?.values.length ?? 0)) return 'region';
    if (this.scaleChoice === 'rank') return 'rank';
    return this.comparable ? 'region' : 'country';
  });

  /** Region scale: class bounds over all units (NaN ignored): empty or 2…k+1 numbers; empty on the other scales. */
  readonly bounds: number[] = $derived.by(() => {
    const values = this.shown?.values;
    return values && this.scale === 'region' ? CLASS_BREAKS[this.method](values, this.k) : [];
  });

  /** Country scale: bounds and counts within each country of {@link COUNTRIES}; null on the other scales. */
  readonly withinCountry: ClassesWithinGroups | null = $derived.by(() => {
    const values = this.shown?.values;
    if (!values || this.scale !== 'country') return null;
    return classesWithinGroups(values, this.unitCountry, COUNTRIES.length, CLASS_BREAKS[this.method], this.k);
  });

  /** Rank scale: k classes of rank within each country; null on the other scales. */
  readonly rankWithinCountry: RankClassesWithinGroups | null = $derived.by(() => {
    const values = this.shown?.values;
    if (!values || this.scale !== 'rank') return null;
    return rankClassesWithinGroups(values, this.unitCountry, COUNTRIES.length, this.k);
  });

  /** Class per unit (within its country's classes on the country and rank scales), −1 = no data. */
  readonly classes: Int8Array = $derived.by(() => {
    if (this.withinCountry) return this.withinCountry.classes;
    if (this.rankWithinCountry) return this.rankWithinCountry.classes;
    return classify(this.shown?.values ?? [], this.bounds);
  });

  /** Region scale: number of classes drawn (0 on the other scales). */
  readonly classCount: number = $derived(Math.max(0, this.bounds.length - 1));

  /** Units per class, then the no-data count (region scale; on the other scales all units are counted as no-data or per country). */
  readonly counts: { perClass: number[]; noData: number } = $derived.by(() => {
    const perClass = new Array<number>(this.classCount).fill(0);
    let noData = 0;
    for (const c of this.classes) {
      if (c < 0) noData++;
      else if (c < perClass.length) perClass[c]++;
    }
    return { perClass, noData };
  });

  /**
   * Shows `values` of `entry`. `withinCountry`: the values were normalised within each country
   * (the index and its group scores under scope `country`), so they are never put on one scale.
   */
  show(entry: CatalogEntry, values: Float64Array, withinCountry = false): void {
    this.shown = { entry, values, withinCountry };
  }

  setMethod(method: ClassMethod): void {
    this.method = method;
  }

  setK(k: number): void {
    this.k = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(k)));
  }

  setScaleChoice(choice: ScaleChoice): void {
    this.scaleChoice = choice;
  }
}
