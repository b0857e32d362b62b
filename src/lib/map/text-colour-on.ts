/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const lin = (i: number) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
}

/**
 * The text colour, near-black `#111111` or white, with the higher WCAG 2 contrast on the fill
 * `background` (`#rrggbb`): for counts printed on legend swatches.
 */
export function textColourOn(background: string): '#111111' | '#ffffff' {
  const l = luminance(background);
  const dark = (l + 0.05) / (luminance('#111111') + 0.05);
  const light = 1.05 / (l + 0.05);
  return dark >= light ? '#111111' : '#ffffff';
}
