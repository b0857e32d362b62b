import { displayDigits, formatNumber, formatValue } from '../i18n/format-number.ts';
import type { Rgb } from './fill-colours.ts';

export interface LegendClass {
  /** CSS colour of the swatch. */
  colour: string;
  /** `lower – upper`, formatted for the locale. */
  label: string;
  /** Units in the class. */
  count: number;
}

/**
 * Decimals that keep the class bounds distinct and readable: enough for the narrowest class
 * width to show two significant figures, at most 4 (a single repeated value: about three
 * significant figures).
 */
export function boundDigits(bounds: readonly number[]): number {
  let narrowest = Infinity;
  for (let i = 1; i < bounds.length; i++) {
    const w = bounds[i] - bounds[i - 1];
    if (w > 0 && w < narrowest) narrowest = w;
  }
  if (!Number.isFinite(narrowest)) return displayDigits(bounds[0] ?? 0);
  return Math.min(4, Math.max(0, 1 - Math.floor(Math.log10(narrowest))));
}

export const cssRgb = (rgb: Rgb): string => `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;

/**
 * One legend row per class: class `c` spans `bounds[c]`–`bounds[c + 1]` (bounds are the k+1 class
 * limits, min first, max last), coloured `palette[c]`.
 */
export function legendClasses(
  bounds: readonly number[],
  palette: readonly Rgb[],
  counts: readonly number[],
  locale: string,
): LegendClass[] {
  const digits = boundDigits(bounds);
  const fmt = (x: number) => formatNumber(x, locale, digits);
  const out: LegendClass[] = [];
  const k = Math.max(1, bounds.length - 1);
  for (let c = 0; c < k; c++) {
    const lo = bounds[c];
    const hi = bounds[Math.min(c + 1, bounds.length - 1)];
    out.push({
      colour: cssRgb(palette[c] ?? palette[palette.length - 1]),
      label: lo === hi ? formatValue(lo, locale) : `${fmt(lo)} – ${fmt(hi)}`,
      count: counts[c] ?? 0,
    });
  }
  return out;
}
