/**
 * The map's classification methods, one source of truth: the choropleth, its control, the links
 * and the project files all read this list, so a new method is a new entry here (and its label),
 * and `CLASS_BREAKS` fails to compile until its breaks are given. Methods as in GeoDa's map
 * classifications (quantile, natural breaks, equal intervals).
 */
import { equalIntervalBreaks } from './equal-interval-breaks.ts';
import { naturalBreaks } from './natural-breaks.ts';
import { quantileBreaks } from './quantile-breaks.ts';

/** Every classification method, in the order the control offers them. */
export const CLASS_METHODS = ['quantile', 'jenks', 'equal'] as const;

/** `quantile`: equal counts; `jenks`: Fisher–Jenks natural breaks; `equal`: equal intervals. */
export type ClassMethod = (typeof CLASS_METHODS)[number];

/** Fewest classes the map offers. */
export const MIN_CLASSES = 3;
/** Most classes the map offers (sequential ColorBrewer palettes stay legible up to 7). */
export const MAX_CLASSES = 7;

/** The class bounds each method computes (`k` classes, k + 1 bounds; see `classify`). */
export const CLASS_BREAKS: Record<ClassMethod, (values: ArrayLike<number>, k: number) => number[]> = {
  quantile: quantileBreaks,
  jenks: naturalBreaks,
  equal: equalIntervalBreaks,
};
