/**
 * Which labels a map shows at each zoom level, so that no two names overlap: at zoom level z (every
 * `step` from the lowest), labels are taken in priority order and each is placed unless its box
 * (centred on its point, in Web Mercator pixels of a 512 px world at z, as maplibre draws) overlaps
 * one placed before it. A label placed at z stays clear of the others at every zoom between z and
 * z + step, where the points only move apart and the text keeps its pixel size: the map shows the
 * level at or just below its zoom ({@link labelLevel}).
 */
export interface LabelBox {
  lon: number;
  lat: number;
  /** Text box in CSS pixels (the text's width and line height, plus any halo). */
  width: number;
  height: number;
  /** Lower first. */
  priority: number;
  /** The zoom levels (both included) where the label may show. */
  minZoom: number;
  maxZoom: number;
}

/** Space kept free around every label, in pixels. */
export const LABEL_GAP = 4;

/** The x, y of a longitude/latitude in pixels of a 512 px Web Mercator world at zoom 0. */
export function mercatorPixel(lon: number, lat: number): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * 512, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512];
}

/**
 * The level shown at `zoom`: the highest level of {@link placeLabels} (`minZoom` + a whole number of
 * `step`s) not above it.
 */
export function labelLevel(zoom: number, minZoom: number, step: number): number {
  return minZoom + Math.floor((zoom - minZoom) / step + 1e-9) * step;
}

/**
 * For each zoom level from `minZoom` to `maxZoom` every `step`, the indices of the labels shown (in
 * priority order). Ties in priority keep the input order.
 */
export function placeLabels(labels: readonly LabelBox[], minZoom: number, maxZoom: number, step = 1): Map<number, number[]> {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a].priority - labels[b].priority || a - b);
  const base = labels.map((l) => mercatorPixel(l.lon, l.lat));
  const out = new Map<number, number[]>();
  for (let k = 0; minZoom + k * step <= maxZoom; k++) {
    const z = minZoom + k * step;
    const scale = 2 ** z;
    const placed: number[] = [];
    // Boxes placed so far, [x0, y0, x1, y1] with the gap, in a grid of cells for a quick look-up.
    const boxes: number[][] = [];
    const CELL = 128;
    const grid = new Map<string, number[]>();
    for (const i of order) {
      const l = labels[i];
      if (z < l.minZoom || z > l.maxZoom) continue;
      const x = base[i][0] * scale, y = base[i][1] * scale;
      const box = [x - l.width / 2 - LABEL_GAP, y - l.height / 2 - LABEL_GAP, x + l.width / 2 + LABEL_GAP, y + l.height / 2 + LABEL_GAP];
      const cells: string[] = [];
      for (let cx = Math.floor(box[0] / CELL); cx <= Math.floor(box[2] / CELL); cx++) {
        for (let cy = Math.floor(box[1] / CELL); cy <= Math.floor(box[3] / CELL); cy++) cells.push(`${cx},${cy}`);
      }
      const hit = cells.some((c) =>
        (grid.get(c) ?? []).some((k) => {
          const b = boxes[k];
          return box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
        }),
      );
      if (hit) continue;
      const k = boxes.push(box) - 1;
      for (const c of cells) grid.set(c, [...(grid.get(c) ?? []), k]);
      placed.push(i);
    }
    out.set(z, placed);
  }
  return out;
}
