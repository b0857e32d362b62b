/**
 * Colours of the investment maps. Coverage: a sequential blue scale (ColorBrewer Blues, 5 classes)
 * for covered units and light orange for "no coverage", so that no activity never reads as the
 * scale's palest blue. Bivariate: Timo Grossenbacher's red–blue 3×3 scheme (need up in red,
 * coverage right in blue: high need and low coverage is red, both high is dark violet), with a
 * separate orange column for "no coverage" (pale to dark with need). Greys: amount not stated, no
 * need data.
 *
 * Colour-blind safety (tests/map/colour-blind-safe.test.ts, Machado et al. 2009 simulation,
 * CIEDE2000): the Blues classes stay apart for protan-, deuter- and tritanopes (ColorBrewer rates
 * Blues safe), and every pair of the 12 bivariate cells stays at ΔE00 ≥ 8. Joshua Stevens' blue–pink
 * grid, used before, did not: its coverage steps differ mostly in red, which protanopes lose
 * (#dfb0d6 vs #a5add3 at ΔE00 3.5).
 *
 * Sources: Cynthia A. Brewer, ColorBrewer 2.0 (Blues, PuOr oranges for "no coverage"); Timo
 * Grossenbacher, "Bivariate maps with ggplot2 and sf" (2019), the same grid as R biscale's "DkViolet".
 */
import { fillColours, type Rgb } from './fill-colours.ts';
import { CLASS_OFFSET, COVERAGE_CLASSES, NO_COVERAGE, NO_SOURCE, NOT_STATED } from '../analysis/bivariate-classes.ts';

const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

export { COVERAGE_CLASSES };
export const COVERAGE_PALETTE: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NO_COVERAGE_COLOUR = '#fdae61';
export const NOT_STATED_COLOUR = '#a3a3a3';
export const NO_NEED_COLOUR = '#e0e0e0';
/**
 * No investment data (a country without any municipio-level source): near-white, so it reads as
 * "nothing known" rather than as a class, and hatched on the map and in the legends.
 */
export const NO_SOURCE_COLOUR = '#f7f7f7';

/** Grossenbacher's red–blue grid: `[need tercile][coverage tercile]`, need 0 = lowest. */
export const BIVARIATE: readonly (readonly string[])[] = [
  ['#cabed0', '#89a1c8', '#4885c1'],
  ['#bc7c8f', '#806a8a', '#435786'],
  ['#ae3a4e', '#77324c', '#3f2949'],
];
/** The "no coverage" column, by need tercile. */
export const NO_COVERAGE_BY_NEED: readonly string[] = ['#fee6c2', '#fdae61', '#e66101'];

/** Colour of bivariate class `need * 4 + coverage` (coverage 0 = none, 1…3 terciles). */
export function bivariateColour(c: number): string {
  if (c === NO_SOURCE) return NO_SOURCE_COLOUR;
  if (c === NOT_STATED) return NOT_STATED_COLOUR;
  if (c < 0) return NO_NEED_COLOUR;
  const need = Math.floor(c / 4);
  const cov = c % 4;
  return cov === 0 ? NO_COVERAGE_BY_NEED[need] : BIVARIATE[need][cov - 1];
}

/** Colour of coverage class `c` (see bivariate-classes.ts). */
export function coverageColour(c: number): string {
  if (c === NO_SOURCE) return NO_SOURCE_COLOUR;
  if (c === NO_COVERAGE) return NO_COVERAGE_COLOUR;
  if (c === NOT_STATED) return NOT_STATED_COLOUR;
  return COVERAGE_PALETTE[c] ?? NO_NEED_COLOUR;
}

/** RGBA per unit for the coverage map. */
export function coverageFill(classes: Int8Array): Uint8ClampedArray {
  const shifted = Int8Array.from(classes, (c) => c + CLASS_OFFSET); // −4…4 → 0…8
  return fillColours(shifted, Array.from({ length: CLASS_OFFSET + COVERAGE_CLASSES }, (_, k) => hex(coverageColour(k - CLASS_OFFSET))), hex(NO_NEED_COLOUR));
}

/** RGBA per unit for the bivariate map. */
export function bivariateFill(classes: Int8Array): Uint8ClampedArray {
  const shifted = Int8Array.from(classes, (c) => c + CLASS_OFFSET); // −4…11 → 0…15
  return fillColours(shifted, Array.from({ length: CLASS_OFFSET + 12 }, (_, k) => hex(bivariateColour(k - CLASS_OFFSET))), hex(NO_NEED_COLOUR));
}
