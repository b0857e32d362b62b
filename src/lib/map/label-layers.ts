/**
 * The map's names as deck.gl text layers: dark letters in a white halo (readable on every fill
 * colour), drawn from a font atlas deck.gl makes in the browser from the app's own local font (no
 * glyph server, no font file fetched). One layer per kind of name, each with the names placed at
 * the zoom level shown (map-labels.ts).
 */
import { TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { LABEL_FONT_FAMILY, LABEL_HALO, LABEL_STYLE, type LabelKind, type LabelSet, type MapLabel } from './map-labels.ts';

/** Letters and halo (RGBA). */
const INK: Record<LabelKind, [number, number, number, number]> = {
  department: [17, 24, 39, 255],
  municipio: [31, 41, 55, 255],
};
const HALO: [number, number, number, number] = [255, 255, 255, 230];

/** The font atlas's glyph size and distance-field radius (deck.gl's defaults are 64 and 12). */
const ATLAS = { fontSize: 48, buffer: 6, radius: 10 };

export function labelLayers(set: LabelSet, level: number): Layer[] {
  const shown = (set.levels.get(level) ?? []).map((i) => set.labels[i]);
  return (['department', 'municipio'] as const).map((kind) => {
    const { size, weight } = LABEL_STYLE[kind];
    return new TextLayer<MapLabel>({
      id: `labels-${kind}`,
      data: shown.filter((l) => l.kind === kind),
      getPosition: (l) => [l.lon, l.lat],
      getText: (l) => l.text,
      getSize: size,
      getColor: INK[kind],
      fontFamily: LABEL_FONT_FAMILY,
      fontWeight: weight,
      characterSet: set.characters,
      fontSettings: { sdf: true, ...ATLAS },
      // The halo's width in atlas pixels: LABEL_HALO CSS pixels at this size.
      outlineWidth: (LABEL_HALO * ATLAS.fontSize) / size,
      outlineColor: HALO,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      billboard: true,
      pickable: false,
      updateTriggers: { getPosition: level, getText: level },
    });
  });
}
