/**
 * Where the map looks, as app state: the map reports its position after every move (rounded as a
 * link keeps it), and a link asks it to jump somewhere (`request`, taken by the map view).
 */
import { roundedPosition, type MapPosition } from './view-state.ts';

export class MapCamera {
  /** The map's position after its last move; null before the map has settled. */
  position = $state.raw<MapPosition | null>(null);
  /** A jump asked for (a new object each time); the map view jumps without animation. */
  request = $state.raw<MapPosition | null>(null);

  /** Called by the map after a move ends. */
  moved(p: MapPosition): void {
    const r = roundedPosition(p);
    const q = this.position;
    if (!q || q.lon !== r.lon || q.lat !== r.lat || q.zoom !== r.zoom) this.position = r;
  }

  jumpTo(p: MapPosition): void {
    this.request = { ...p };
  }
}
