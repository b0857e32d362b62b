/**
 * ColorBrewer YlOrRd, the sequential yellow–orange–red scheme, for 3 to 7 classes, light to dark.
 * ColorBrewer rates it colour-blind safe at every one of these class counts.
 *
 * Source: Cynthia A. Brewer, ColorBrewer 2.0, https://colorbrewer2.org (Apache-2.0 licence),
 * the same values as `d3.schemeYlOrRd`. Hard-coded so the map's first paint does not pull in
 * d3-scale-chromatic.
 */
const YL_OR_RD: Readonly<Record<number, readonly string[]>> = {
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
  7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
};

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/**
 * Colours for `k` ordered classes, class 0 (lowest values) lightest: ColorBrewer YlOrRd
 * (Brewer, ColorBrewer 2.0), colour-blind safe. ColorBrewer defines 3 to 7 (and more) classes;
 * fewer classes, which arise when breaks collapse on tied values, take colours of the 3-class
 * scheme: 2 classes its two ends, 1 class its middle.
 *
 * @param k - number of classes, an integer from 1 to 7.
 * @returns `k` fresh `[r, g, b]` triples, each channel an integer 0–255.
 * @throws RangeError when `k` is not an integer from 1 to 7.
 */
export function sequentialPalette(k: number): [number, number, number][] {
  if (!Number.isInteger(k) || k < 1 || k > 7) {
    throw new RangeError(`sequentialPalette has 1 to 7 classes, got ${k}`);
  }
  const three = YL_OR_RD[3];
  const hexes = k === 1 ? [three[1]] : k === 2 ? [three[0], three[2]] : YL_OR_RD[k];
  return hexes.map(rgb);
}

/**
 * Fill for a unit with no data (class −1): neutral light grey #d9d9d9, ColorBrewer Greys. It has
 * no hue, so it never reads as a step of the yellow–red scale; but its lightness is close to the
 * second class of the 4- to 7-class palettes (#fecc5c, #fed976), so without colour vision, or in a
 * greyscale print, the fill alone does not set it apart: draw no-data units with
 * `NO_DATA_OUTLINE_RGB` (or a hatch) as well.
 */
export const NO_DATA_RGB: readonly [number, number, number] = [217, 217, 217];

/** Outline for no-data units: grey #737373 (ColorBrewer Greys), darker than `NO_DATA_RGB`. */
export const NO_DATA_OUTLINE_RGB: readonly [number, number, number] = [115, 115, 115];
