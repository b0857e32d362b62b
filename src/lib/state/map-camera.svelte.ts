/**
 * Where the map looks, as app state: the map reports its position after every move (rounded as a
 * link keeps it), and a link asks it to jump somewhere (`request`, taken by the map view); an
 * indicator of one country asks it to frame that country (`fit`).
 */
import type { CountryCode } from '../data/schema.ts';
import type { LngLatBounds } from '../geo/bounds.ts';
import { roundedPosition, type MapPosition } from './view-state.ts';

/** What `fit` frames: one country's municipios, or all of them, or a box (a municipio, a department). */
export type FitTarget = CountryCode | 'all' | LngLatBounds;

export class MapCamera {
  /** The map's position after its last move; null before the map has settled. */
  position = $state.raw<MapPosition | null>(null);
  /** The visible area after the last move, `[west, south, east, north]` in degrees; null before the first. */
  view = $state.raw<[number, number, number, number] | null>(null);
  /** A jump asked for (a new object each time); the map view jumps without animation. */
  request = $state.raw<MapPosition | null>(null);
  /** A frame asked for (a new object each time); the map view fits it, animated. */
  fit = $state.raw<{ target: FitTarget; maxZoom?: number } | null>(null);

  /** Called by the map after a move ends, with the visible area. */
  moved(p: MapPosition, view?: [number, number, number, number]): void {
    const r = roundedPosition(p);
    const q = this.position;
    if (!q || q.lon !== r.lon || q.lat !== r.lat || q.zoom !== r.zoom) this.position = r;
    if (view) this.view = view;
  }

  jumpTo(p: MapPosition): void {
    this.request = { ...p };
  }

  /** Frames one country, or the region, or a box (no closer than `maxZoom`). */
  fitTo(target: FitTarget, maxZoom?: number): void {
    this.fit = maxZoom === undefined ? { target } : { target, maxZoom };
  }
}
