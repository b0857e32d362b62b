import type { CatalogEntry } from '../data/schema.ts';
import type { YearSeries } from '../data/year-columns.ts';
import type { ChangeMode } from '../analysis/change-between.ts';
import { changeMapClasses, type ChangeMapClasses } from './change-map-classes.ts';
import type { ShownChange } from './shown-change.ts';

/** The change-map modes: absolute (b − a, in the indicator's unit) or percent (of the first year's value). */
export const CHANGE_MODES: readonly ChangeMode[] = ['absolute', 'percent'];
/** The class counts offered (odd: one class straddles zero). */
export const CHANGE_CLASS_COUNTS: readonly number[] = [3, 5, 7];
export const DEFAULT_CHANGE_CLASSES = 5;

/** The planner's choice for a change map: two years of the series (null: its first, its last) and the mode. */
export interface ChangeChoice {
  first: number | null;
  second: number | null;
  mode: ChangeMode;
}

export type { ShownChange } from './shown-change.ts';

/**
 * Two years of `years` (ascending) for a change map: the wanted ones where the series has them,
 * else its first and its last year (never the same year twice). Null when the series has fewer
 * than two years.
 */
export function changeYears(years: readonly number[], first: number | null, second: number | null): { first: number; second: number } | null {
  if (years.length < 2) return null;
  const a = first !== null && years.includes(first) ? first : years[0];
  let b = second !== null && years.includes(second) ? second : years[years.length - 1];
  if (b === a) b = a === years[years.length - 1] ? years[0] : years[years.length - 1];
  return { first: a, second: b };
}

/**
 * The change map of a yearly indicator: what the planner chose (two years, absolute or percent,
 * the number of classes) and the change shown, classed by `changeMapClasses` (equal classes
 * symmetric about zero, within each country when national sources differ; units missing a year,
 * or with a percent change from zero, counted apart).
 * The colours are built on the map side (map/change-colours.ts).
 */
export class ChangeMap {
  /** Whether the indicator view shows the change between two years instead of one year. */
  active = $state(false);
  /** The years and mode asked for (a link sets them); {@link ChangeMap.shown} holds those in use. */
  choice = $state.raw<ChangeChoice>({ first: null, second: null, mode: 'absolute' });
  /** Number of classes (3, 5 or 7). */
  k = $state(DEFAULT_CHANGE_CLASSES);
  shown = $state.raw<ShownChange | null>(null);
  readonly #unitCountry: () => Int32Array;

  /** @param unitCountry - each unit's index into COUNTRIES, aligned to the values (the choropleth's). */
  constructor(unitCountry: () => Int32Array = () => new Int32Array(0)) {
    this.#unitCountry = unitCountry;
  }

  /** The change and its classes; null when nothing is shown. */
  readonly classes: ChangeMapClasses | null = $derived.by(() => {
    const s = this.shown;
    return s ? changeMapClasses(s, this.k, this.#unitCountry()) : null;
  });

  /**
   * Shows the change of `entry` between the chosen years of `series` (the wanted years where the
   * series has them, else its first and last). False (nothing shown) when it has fewer than two years.
   */
  show(entry: CatalogEntry, series: YearSeries): boolean {
    const years = changeYears(series.years, this.choice.first, this.choice.second);
    if (!years) {
      this.shown = null;
      return false;
    }
    const at = (y: number) => series.columns[series.years.indexOf(y)];
    this.choice = { ...this.choice, ...years };
    this.shown = { entry, ...years, mode: this.choice.mode, firstValues: at(years.first), secondValues: at(years.second) };
    return true;
  }

  /** Asks for two years and a mode (the map follows when MapView shows the change again). */
  choose(choice: Partial<ChangeChoice>): void {
    this.choice = { ...this.choice, ...choice };
  }

  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.shown = null;
  }

  setK(k: number): void {
    if (CHANGE_CLASS_COUNTS.includes(k)) this.k = k;
  }
}
