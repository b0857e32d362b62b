import type { CountryCode } from '../data/schema.ts';
import { changeClasses, type ChangeClassBounds } from '../analysis/change-classes.ts';
import { changeClassesWithinGroups } from '../analysis/change-classes-within-groups.ts';
import { oneScale } from '../data/one-scale.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import type { ShownChange } from './shown-change.ts';

/** One legend block of the change map: its classes and counts, and the country they are computed within. */
export interface ChangeBlock extends ChangeClassBounds {
  /** The country whose units alone make the classes; null when one scale spans every country the indicator covers. */
  country: CountryCode | null;
}

/** The change map's classes: per unit, and per legend block (one per country when classed within country). */
export interface ChangeMapClasses {
  /** The change per unit; NaN where the status is not CHANGE_OK. */
  values: Float64Array;
  /** CHANGE_* code per unit. */
  status: Uint8Array;
  /** Class per unit within its block's classes, 0 = most negative; −1 where the status is not CHANGE_OK. */
  classes: Int8Array;
  /** The legend blocks, in {@link COUNTRIES} order. */
  blocks: ChangeBlock[];
  /** Block of each unit (index into `blocks`; 0 for a unit of a country the indicator does not cover, which has no change). */
  unitBlock: Int32Array;
}

/**
 * The classes of `shown`: within each country the indicator covers when its values do not share
 * one scale across countries (`oneScale`: national sources differ), as the choropleth draws
 * them; else one set of classes over every unit (always so for an indicator of one country).
 * `unitCountry`: each unit's index into {@link COUNTRIES} (empty while the units are unknown:
 * one set of classes).
 */
export function changeMapClasses(shown: ShownChange, k: number, unitCountry: Int32Array): ChangeMapClasses {
  const { entry, firstValues, secondValues, mode } = shown;
  const n = firstValues.length;
  if (oneScale(entry) || unitCountry.length !== n) {
    const c = changeClasses(firstValues, secondValues, mode, k);
    const block = { country: entry.countries.length === 1 ? entry.countries[0] : null, bounds: c.bounds, openEnds: c.openEnds, perClass: c.perClass, perStatus: c.perStatus };
    return { values: c.values, status: c.status, classes: c.classes, blocks: [block], unitBlock: new Int32Array(n) };
  }
  const w = changeClassesWithinGroups(firstValues, secondValues, mode, k, unitCountry, COUNTRIES.length);
  const blocks: ChangeBlock[] = [];
  const blockOf = COUNTRIES.map((country, g) => (entry.countries.includes(country) ? blocks.push({ country, ...w.groups[g] }) - 1 : 0));
  return { values: w.values, status: w.status, classes: w.classes, blocks, unitBlock: Int32Array.from(unitCountry, (g) => blockOf[g]) };
}

