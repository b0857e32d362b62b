/**
 * The change of one indicator between two years, per unit, for a change map: absolute (b − a) or
 * percent (100 · (b − a) / |a|). A unit missing in one year is not "no change": it gets its own
 * status, so the map can show "no data in one year" apart from "no data in either".
 */

export type ChangeMode = 'absolute' | 'percent';

/** Both years present: the change is the value. */
export const CHANGE_OK = 0;
/** Missing in the first year only. */
export const CHANGE_NO_FIRST = 1;
/** Missing in the second year only. */
export const CHANGE_NO_SECOND = 2;
/** Missing in both years. */
export const CHANGE_NO_DATA = 3;
/** Percent change from a first-year value of zero: undefined, not infinite. */
export const CHANGE_ZERO_BASE = 4;

export interface ChangeResult {
  /** The change per unit; NaN wherever the status is not CHANGE_OK. */
  values: Float64Array;
  /** CHANGE_* code per unit. */
  status: Uint8Array;
}

/**
 * Change from `first` to `second` (aligned columns, NaN = missing). Percent change divides by the
 * first value's magnitude, so a rise is positive whatever the sign of the base.
 */
export function changeBetween(first: ArrayLike<number>, second: ArrayLike<number>, mode: ChangeMode): ChangeResult {
  if (first.length !== second.length) throw new Error(`changeBetween: ${first.length} and ${second.length} values`);
  const n = first.length;
  const values = new Float64Array(n).fill(NaN);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = first[i];
    const b = second[i];
    const hasA = Number.isFinite(a);
    const hasB = Number.isFinite(b);
    if (!hasA || !hasB) {
      status[i] = hasA ? CHANGE_NO_SECOND : hasB ? CHANGE_NO_FIRST : CHANGE_NO_DATA;
    } else if (mode === 'absolute') {
      values[i] = b - a;
    } else if (a === 0) {
      status[i] = CHANGE_ZERO_BASE;
    } else {
      values[i] = (100 * (b - a)) / Math.abs(a);
    }
  }
  return { values, status };
}
