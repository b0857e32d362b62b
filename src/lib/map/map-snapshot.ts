/**
 * The app's one map, as the exports reach it: the map view registers how to take a snapshot of
 * it (FocalMap.snapshot) while it is on screen; the PNG export asks for one. Null while no map is
 * shown.
 */
type Snapshot = (pixelRatio: number) => Promise<HTMLCanvasElement>;

let current: { take: Snapshot; cssWidth: () => number } | null = null;

/** Called by the map view on mount (with the map) and on destroy (with null). */
export function registerMapSnapshot(source: { take: Snapshot; cssWidth: () => number } | null): void {
  current = source;
}

/**
 * The map at print resolution: `targetWidth` device pixels wide if that is 2–3× the map's CSS
 * width, else 2× or 3× (so that lines and labels keep their proportions). Null: no map.
 */
export async function mapSnapshot(targetWidth = 3000): Promise<{ canvas: HTMLCanvasElement; scale: number } | null> {
  if (!current) return null;
  const css = Math.max(1, current.cssWidth());
  const scale = Math.min(3, Math.max(2, targetWidth / css));
  return { canvas: await current.take(scale), scale };
}
