/**
 * ColorBrewer RdBu, the diverging red–white–blue scheme, for 3, 5 and 7 classes, as ColorBrewer
 * lists it (red end first). ColorBrewer rates it colour-blind safe at every one of these counts;
 * `tests/map/colour-blind-safe.test.ts` checks neighbouring classes for protan-, deuter- and
 * tritanopes.
 *
 * Source: Cynthia A. Brewer, ColorBrewer 2.0, https://colorbrewer2.org (Apache-2.0 licence), the
 * same values as `d3.schemeRdBu`. Hard-coded like the sequential scheme (palettes.ts).
 */
const RD_BU: Readonly<Record<number, readonly string[]>> = {
  3: ['#ef8a62', '#f7f7f7', '#67a9cf'],
  5: ['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0'],
  7: ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
};

/** The class counts a diverging map offers: odd, so that one class straddles zero. */
export const DIVERGING_CLASS_COUNTS = [3, 5, 7] as const;

/** The neutral middle colour (#f7f7f7): the class that straddles zero, "about no change". */
export const DIVERGING_NEUTRAL = '#f7f7f7';

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/**
 * Colours of `k` diverging classes, class 0 the most negative. `increaseWorse`: an increase means
 * more need (an indicator where higher means more need), so the positive end is red and the
 * negative end blue; otherwise (higher means less need) a decrease is the worse change and the
 * negative end is red. Red always means "worse", blue "better". One class (every change zero) is
 * the neutral colour alone.
 *
 * @param k - 1, 3, 5 or 7.
 * @throws RangeError for any other count.
 */
export function divergingPalette(k: number, increaseWorse: boolean): [number, number, number][] {
  if (k === 1) return [rgb(DIVERGING_NEUTRAL)];
  const hexes = RD_BU[k];
  if (!hexes) throw new RangeError(`divergingPalette has 1, 3, 5 or 7 classes, got ${k}`);
  const ordered = increaseWorse ? [...hexes].reverse() : [...hexes];
  return ordered.map(rgb);
}
