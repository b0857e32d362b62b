/**
 * The colours of the investments map: state classes the units (coverage classes, or need ×
 * coverage on the bivariate map, analysis/bivariate-classes.ts); the map side colours them. Call it
 * inside a `$derived` of the component that draws the map, so it runs when the classes change.
 */
import { bivariateFill, coverageFill } from './coverage-colours.ts';

let version = 2_000_000;

/** RGBA per unit of the investments map and a version number that changes with it (deck.gl update trigger). */
export function investmentFill(map: { mode: 'coverage' | 'bivariate'; classes: Int8Array }): { rgba: Uint8ClampedArray; version: number } {
  return { rgba: map.mode === 'bivariate' ? bivariateFill(map.classes) : coverageFill(map.classes), version: ++version };
}
