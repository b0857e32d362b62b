/** RGB triple, 0–255. */
export type Rgb = readonly [number, number, number] | readonly number[];

/**
 * One RGBA colour per unit (4 bytes each) from class indices: class `c` takes `palette[c]`, class
 * −1 (no data) takes `noData`. Fill colours are opaque so that the no-data grey reads as such.
 */
export function fillColours(classes: Int8Array, palette: readonly Rgb[], noData: Rgb): Uint8ClampedArray {
  const out = new Uint8ClampedArray(classes.length * 4);
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    const rgb = c >= 0 && c < palette.length ? palette[c] : noData;
    out[4 * i] = rgb[0];
    out[4 * i + 1] = rgb[1];
    out[4 * i + 2] = rgb[2];
    out[4 * i + 3] = 255;
  }
  return out;
}
