/**
 * The colours of the severity classes 1–5 (ColorBrewer YlOrRd in five steps, as the map's five
 * classes): the map's severity view, its legend and the 1–5 badges of the ranking, profile and
 * brief, which always print the number on the colour (never colour alone).
 */
import { sequentialPalette } from './palettes.ts';
import { textColourOn } from './text-colour-on.ts';

type Rgb3 = [number, number, number];

/** Class c (1–5) is `SEVERITY_RGB[c − 1]`. */
export const SEVERITY_RGB: readonly Rgb3[] = sequentialPalette(5).map((c): Rgb3 => [c[0], c[1], c[2]]);

const hex = (rgb: Rgb3) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The badge of class `c` (1–5): its fill and the text colour with the better contrast on it. */
export function severityBadge(c: number): { background: string; color: string } {
  const rgb = SEVERITY_RGB[Math.min(5, Math.max(1, Math.round(c))) - 1];
  const background = hex(rgb);
  return { background, color: textColourOn(background) };
}
