import { NO_DATA_OUTLINE_RGB } from './palettes.ts';

/** Name of the no-data hatch in the maplibre style. */
export const HATCH_IMAGE = 'no-data-hatch';

/**
 * An 8×8 tile of diagonal lines in `NO_DATA_OUTLINE_RGB`, transparent between them, drawn over
 * no-data units so that "no data" never relies on the grey fill alone (palettes.ts).
 */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size !== 0 && (x + y + 1) % size !== 0) continue;
      const i = 4 * (y * size + x);
      data[i] = NO_DATA_OUTLINE_RGB[0];
      data[i + 1] = NO_DATA_OUTLINE_RGB[1];
      data[i + 2] = NO_DATA_OUTLINE_RGB[2];
      data[i + 3] = 150;
    }
  }
  return { width: size, height: size, data };
}
