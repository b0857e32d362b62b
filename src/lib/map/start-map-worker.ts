import { prewarm } from 'maplibre-gl';

/**
 * Starts maplibre's worker (the one that tiles the unit polygons) now, before the panels are
 * mounted and the map is created: its script is evaluated while the page starts, not after the
 * map's first frame, and the first map waits for it (the boundaries go to it as soon as they are
 * read). maplibre creates it lazily with the first map otherwise; the map uses this one.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
 */
export function startMapWorker(): void {
  prewarm();
}
