/**
 * Colours of the investment maps. Coverage: a sequential blue scale (ColorBrewer Blues, 5 classes)
 * for covered units and light orange for "no coverage", so that no activity never reads as the
 * scale's palest blue. Bivariate: Joshua Stevens' blue–pink 3×3 scheme (need up in pink, coverage
 * right in blue: high need and low coverage is pink, both high is dark blue), with a separate
 * orange column for "no coverage" (pale to dark with need). Greys: amount not stated, no need data.
 */
import { fillColours, type Rgb } from './fill-colours.ts';
import { NO_COVERAGE, NOT_STATED } from './bivariate-classes.ts';

const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

export const COVERAGE_CLASSES = 5;
export const COVERAGE_PALETTE: readonly string[] = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NO_COVERAGE_COLOUR = '#fdae61';
export const NOT_STATED_COLOUR = '#a3a3a3';
export const NO_NEED_COLOUR = '#e0e0e0';

/** Stevens' blue–pink grid: `[need tercile][coverage tercile]`, need 0 = lowest. */
export const STEVENS: readonly (readonly string[])[] = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
];
/** The "no coverage" column, by need tercile. */
export const NO_COVERAGE_BY_NEED: readonly string[] = ['#fee6c2', '#fdae61', '#e66101'];

/** Colour of bivariate class `need * 4 + coverage` (coverage 0 = none, 1…3 terciles). */
export function bivariateColour(c: number): string {
  if (c === NOT_STATED) return NOT_STATED_COLOUR;
  if (c < 0) return NO_NEED_COLOUR;
  const need = Math.floor(c / 4);
  const cov = c % 4;
  return cov === 0 ? NO_COVERAGE_BY_NEED[need] : STEVENS[need][cov - 1];
}

/** Colour of coverage class `c` (see bivariate-classes.ts). */
export function coverageColour(c: number): string {
  if (c === NO_COVERAGE) return NO_COVERAGE_COLOUR;
  if (c === NOT_STATED) return NOT_STATED_COLOUR;
  return COVERAGE_PALETTE[c] ?? NO_NEED_COLOUR;
}

/** RGBA per unit for the coverage map. */
export function coverageFill(classes: Int8Array): Uint8ClampedArray {
  const shifted = Int8Array.from(classes, (c) => c + 3); // −3…4 → 0…7
  return fillColours(shifted, Array.from({ length: 3 + COVERAGE_CLASSES }, (_, k) => hex(coverageColour(k - 3))), hex(NO_NEED_COLOUR));
}

/** RGBA per unit for the bivariate map. */
export function bivariateFill(classes: Int8Array): Uint8ClampedArray {
  const shifted = Int8Array.from(classes, (c) => c + 3); // −3…11 → 0…14
  return fillColours(shifted, Array.from({ length: 15 }, (_, k) => hex(bivariateColour(k - 3))), hex(NO_NEED_COLOUR));
}
