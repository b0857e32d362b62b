/**
 * The colours of the choropleth: state classes the units (state/choropleth.svelte.ts), the map
 * side colours them. Call these inside a `$derived` of the component that draws or explains the
 * map, so that they are recomputed only when the classes change. Colours follow ColorBrewer's
 * YlOrRd sequential scheme (palettes.ts).
 */
import type { Choropleth } from '../state/choropleth.svelte.ts';
import { COUNTRIES } from '../data/dataset-files.ts';
import { sequentialPalette, NO_DATA_RGB } from './palettes.ts';
import { fillColours } from './fill-colours.ts';
import { SEVERITY_RGB } from './severity-colours.ts';

type Rgb3 = [number, number, number];

/** What the colours depend on: the classes the choropleth state computed. */
export type ChoroplethClasses = Pick<
  Choropleth,
  'shown' | 'scale' | 'classCount' | 'classes' | 'unitCountry' | 'withinCountry' | 'rankWithinCountry' | 'severity'
>;

/** Region scale: one colour per class, light to dark (empty for no class). */
export function regionPalette(classCount: number): Rgb3[] {
  return classCount ? sequentialPalette(classCount).map((c): Rgb3 => [c[0], c[1], c[2]]) : [];
}

/**
 * Colours of each country's classes, indexed like {@link COUNTRIES}: the same YlOrRd scheme,
 * as many steps as that country has classes. On the region scale every country has the region's.
 */
export function countryPalettes(ch: ChoroplethClasses): Rgb3[][] {
  const w = ch.withinCountry;
  if (w) return w.bounds.map((b) => (b.length > 1 ? sequentialPalette(b.length - 1) : []));
  const r = ch.rankWithinCountry;
  if (r) return COUNTRIES.map(() => sequentialPalette(r.k));
  if (ch.severity) return COUNTRIES.map(() => SEVERITY_RGB.map((c): Rgb3 => [c[0], c[1], c[2]]));
  const palette = regionPalette(ch.classCount);
  return COUNTRIES.map(() => palette);
}

/** The choropleth's per-country classes with their palettes, as country-legends.ts draws them. */
export function shownWithPalettes(
  ch: ChoroplethClasses,
): Pick<ChoroplethClasses, 'withinCountry' | 'rankWithinCountry' | 'severity'> & { values: Float64Array | null; unitCountry: Int32Array; countryPalettes: Rgb3[][] } {
  return {
    withinCountry: ch.withinCountry,
    rankWithinCountry: ch.rankWithinCountry,
    severity: ch.severity,
    values: ch.shown?.values ?? null,
    unitCountry: ch.unitCountry,
    countryPalettes: countryPalettes(ch),
  };
}

let version = 0;

/** RGBA per unit and a version number that changes with it (deck.gl update trigger); null when nothing is shown. */
export function choroplethFill(ch: ChoroplethClasses): { rgba: Uint8ClampedArray; version: number } | null {
  if (!ch.shown) return null;
  if (ch.scale === 'region') return { rgba: fillColours(ch.classes, regionPalette(ch.classCount), NO_DATA_RGB), version: ++version };
  // One flat palette: country g's classes follow the classes of the countries before it.
  const palettes = countryPalettes(ch);
  const offsets = palettes.map((_, g) => palettes.slice(0, g).reduce((s, p) => s + p.length, 0));
  const flat = palettes.flat();
  const shifted = new Int8Array(ch.classes.length);
  for (let i = 0; i < shifted.length; i++) {
    const c = ch.classes[i];
    shifted[i] = c < 0 ? -1 : offsets[ch.unitCountry[i]] + c;
  }
  return { rgba: fillColours(shifted, flat, NO_DATA_RGB), version: ++version };
}
