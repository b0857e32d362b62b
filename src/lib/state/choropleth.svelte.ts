import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import { classify } from '../analysis/index.ts';
import { CLASS_BREAKS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../analysis/class-methods.ts';
import { classesWithinGroups, type ClassesWithinGroups } from '../analysis/classes-within-groups.ts';
import { rankClassesWithinGroups, type RankClassesWithinGroups } from '../analysis/rank-classes-within-groups.ts';
import { oneScale } from '../data/one-scale.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import { boundsOverYears, classesWithinGroupsOverYears } from '../analysis/classes-over-years.ts';
import { severityClasses, type SeverityResult, type SeverityRule } from '../analysis/severity-classes.ts';

/**
 * How the colours are drawn: `region`, one set of classes over all units (only for values
 * comparable across countries); `country`, classes computed within each country (one legend per
 * country); `rank`, classes of rank within each country; `severity`, the index's severity classes
 * 1–5 by its spec's rule (fixed cut-offs, or natural breaks within each country).
 */
export type ChoroplethScale = 'region' | 'country' | 'rank' | 'severity';

/**
 * The planner's choice: the values (on the scale their comparability allows), their rank within
 * country, or (for the index, whose spec states a severity rule) its severity classes.
 */
export type ScaleChoice = 'values' | 'rank' | 'severity';
/** The choices, for a link or project file to name one (view-state.ts). */
export const SCALE_CHOICES: readonly ScaleChoice[] = ['values', 'rank', 'severity'];

/** How the index's severity classes are drawn: its spec's rule, the score's fixed range and cut-offs (data/unit-severity.ts). */
export interface SeverityBasis {
  rule: SeverityRule;
  /** The score's fixed range, or null (z-scores: natural breaks). */
  scale: readonly [number, number] | null;
  /** The fixed cut-offs in percent of the range. */
  at: readonly number[];
}

/**
 * The year of a yearly indicator on the map, with every year of its series: the class bounds are
 * fixed over all years (computed on every unit-year), so that colours compare across years.
 */
export interface ShownYear {
  /** The indicator's years, ascending. */
  years: readonly number[];
  /** One column per year, aligned to the units (NaN = missing). */
  columns: readonly Float64Array[];
  /** The year shown; under "latest available", the latest year allowed. */
  year: number;
  /**
   * Under "latest available": the year of each unit's value (0 where it has none), its data age;
   * null when every value is of `year`.
   */
  unitYear: Int32Array | null;
}

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
   * `year`: a yearly indicator's year and series (null for a single-period value).
   */
  shown = $state.raw<{ entry: CatalogEntry; values: Float64Array; withinCountry: boolean; year: ShownYear | null; severity?: SeverityBasis | null } | null>(null);
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
    if (this.scaleChoice === 'severity' && this.shown?.severity) return 'severity';
    return this.comparable ? 'region' : 'country';
  });

  /**
   * True when the class bounds are fixed over all the years of a yearly indicator (values and
   * country scales); false for one period, and on the rank scale (ranks within the year shown).
   */
  readonly fixedOverYears: boolean = $derived(this.shown?.year != null && this.scale !== 'rank');

  /** Bounds over all years, kept for the series, method and k they were computed for (a year change reuses them). */
  #fixed: { columns: readonly Float64Array[]; method: ClassMethod; k: number; bounds: number[] } | null = null;

  #boundsOverYears(columns: readonly Float64Array[]): number[] {
    const f = this.#fixed;
    if (f && f.columns === columns && f.method === this.method && f.k === this.k) return f.bounds;
    const bounds = boundsOverYears(columns, CLASS_BREAKS[this.method], this.k);
    this.#fixed = { columns, method: this.method, k: this.k, bounds };
    return bounds;
  }

  /** Region scale: class bounds over all units (NaN ignored; over all years for a yearly indicator): empty or 2…k+1 numbers; empty on the other scales. */
  readonly bounds: number[] = $derived.by(() => {
    const shown = this.shown;
    if (!shown || this.scale !== 'region') return [];
    return shown.year ? this.#boundsOverYears(shown.year.columns) : CLASS_BREAKS[this.method](shown.values, this.k);
  });

  /** Country scale: bounds (over all years for a yearly indicator) and counts within each country of {@link COUNTRIES}; null on the other scales. */
  readonly withinCountry: ClassesWithinGroups | null = $derived.by(() => {
    const shown = this.shown;
    if (!shown || this.scale !== 'country') return null;
    const breaks = CLASS_BREAKS[this.method];
    if (shown.year) return classesWithinGroupsOverYears(shown.values, shown.year.columns, this.unitCountry, COUNTRIES.length, breaks, this.k);
    return classesWithinGroups(shown.values, this.unitCountry, COUNTRIES.length, breaks, this.k);
  });

  /** Rank scale: k classes of rank within each country; null on the other scales. */
  readonly rankWithinCountry: RankClassesWithinGroups | null = $derived.by(() => {
    const values = this.shown?.values;
    if (!values || this.scale !== 'rank') return null;
    return rankClassesWithinGroups(values, this.unitCountry, COUNTRIES.length, this.k);
  });

  /** Severity scale: the index's classes 1–5 (0 = no score) and each country's cut-offs; null on the other scales. */
  readonly severity: SeverityResult | null = $derived.by(() => {
    const shown = this.shown;
    const basis = shown?.severity;
    if (!shown || !basis || this.scale !== 'severity') return null;
    return severityClasses(shown.values, this.unitCountry, COUNTRIES.length, basis.rule, basis.scale, basis.at);
  });

  /** Class per unit (within its country's classes on the country, rank and severity scales), −1 = no data. */
  readonly classes: Int8Array = $derived.by(() => {
    if (this.withinCountry) return this.withinCountry.classes;
    if (this.rankWithinCountry) return this.rankWithinCountry.classes;
    if (this.severity) return Int8Array.from(this.severity.classes, (c) => c - 1);
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
   * `year`: the values are one year of a yearly indicator (classes fixed over all its years).
   * `severity`: the values are the index score, whose severity classes the planner may choose to see.
   */
  show(entry: CatalogEntry, values: Float64Array, withinCountry = false, year: ShownYear | null = null, severity: SeverityBasis | null = null): void {
    this.shown = { entry, values, withinCountry, year, severity };
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
