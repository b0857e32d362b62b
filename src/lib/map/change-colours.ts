/**
 * The colours of the change map (state/change-map.svelte.ts): the diverging classes of the change
 * (diverging-palette.ts, red = worse) and one colour per reason a unit has no change, each its own
 * legend class. A unit missing in one or both years is hatched on the map as well (the no-data
 * hatch), drawn in a grey of its own: light grey (#d9d9d9, the app's "no data") when both years
 * are missing, mid grey (#969696) when only the first is, dark grey (#525252) when only the second
 * is. A percent change from a first value of zero is undefined, not missing: violet (#aa66ff),
 * not hatched, a hue that no RdBu class has.
 *
 * Colour-blind safety (tests/map/colour-blind-safe.test.ts, Machado et al. 2009, CIEDE2000): the
 * four kinds of missing or undefined change are at ΔE00 ≥ 8 from each other, and violet at ≥ 8 from
 * every RdBu class, for normal vision and the three dichromacies. Greys: ColorBrewer Greys.
 */
import {
  CHANGE_NO_DATA,
  CHANGE_NO_FIRST,
  CHANGE_NO_SECOND,
  CHANGE_OK,
  CHANGE_ZERO_BASE,
} from '../analysis/change-between.ts';
import { divergingPalette } from './diverging-palette.ts';
import type { Rgb } from './fill-colours.ts';

type Rgb3 = [number, number, number];

const hex = (h: string): Rgb3 => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** The statuses other than a change, in legend order. */
export const CHANGE_STATUSES = [CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_NO_DATA, CHANGE_ZERO_BASE] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** Fill of each status (CSS hex), by CHANGE_* code. */
export const CHANGE_STATUS_COLOURS: Readonly<Record<ChangeStatus, string>> = {
  [CHANGE_NO_FIRST]: '#969696',
  [CHANGE_NO_SECOND]: '#525252',
  [CHANGE_NO_DATA]: '#d9d9d9',
  [CHANGE_ZERO_BASE]: '#aa66ff',
};

/** Whether units of a status are hatched: those missing a year (the value is not known), not an undefined percent. */
export function changeStatusHatched(status: number): boolean {
  return status === CHANGE_NO_FIRST || status === CHANGE_NO_SECOND || status === CHANGE_NO_DATA;
}

/** Whether an increase of an indicator of `direction` is the worse change (+1: higher means more need; 0 is drawn like +1). */
export const increaseWorse = (direction: number): boolean => direction >= 0;

/** What the change map's colours depend on. */
export interface ChangeFillInput {
  /** Class per unit (0 = most negative), −1 where the status is not CHANGE_OK. */
  classes: Int8Array;
  /** CHANGE_* code per unit. */
  status: Uint8Array;
  /**
   * Number of classes drawn (1, 3, 5 or 7; 0 when no unit has a change); when classed within
   * each country, one count per block, and `block` gives each unit's.
   */
  classCount: number | readonly number[];
  /** Block of each unit (an index into `classCount`), when it is a list. */
  block?: ArrayLike<number>;
  /** The indicator's direction (+1 higher = more need, −1 less need, 0 neutral). */
  direction: number;
}

/** The class colours, class 0 (most negative) first. */
export function changePalette(ch: { classCount: number; direction: number }): Rgb3[] {
  return ch.classCount ? divergingPalette(ch.classCount, increaseWorse(ch.direction)) : [];
}

let version = 0;

/** RGBA per unit and a version that changes with it (the map's fill override). */
export function changeFill(ch: ChangeFillInput): { rgba: Uint8ClampedArray; version: number } {
  const counts = typeof ch.classCount === 'number' ? [ch.classCount] : ch.classCount;
  const palettes: readonly (readonly Rgb[])[] = counts.map((classCount) => changePalette({ classCount, direction: ch.direction }));
  const status: Rgb[] = [];
  for (const s of CHANGE_STATUSES) status[s] = hex(CHANGE_STATUS_COLOURS[s]);
  const n = ch.classes.length;
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const s = ch.status[i];
    const c = ch.classes[i];
    const palette = palettes[ch.block && palettes.length > 1 ? ch.block[i] : 0] ?? [];
    const rgb = s === CHANGE_OK && c >= 0 && c < palette.length ? palette[c] : (status[s] ?? status[CHANGE_NO_DATA]);
    out[4 * i] = rgb[0];
    out[4 * i + 1] = rgb[1];
    out[4 * i + 2] = rgb[2];
    out[4 * i + 3] = 255;
  }
  return { rgba: out, version: ++version };
}

/** Units to hatch (1 = hatched): those missing one year or both. */
export function changeHatch(status: Uint8Array): Uint8Array {
  return Uint8Array.from(status, (s) => (changeStatusHatched(s) ? 1 : 0));
}
