/**
 * The names of places on a plain maplibre map (the scenario comparison's small maps): the main
 * map's label set and text layers (map-labels.ts, label-layers.ts) in a deck.gl overlay of its
 * own, the names of the zoom level shown drawn again when a zoom (the map's or its linked twin's)
 * reaches another level. deck.gl is loaded when the first names are given.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { LabelSet, MapLabel } from './map-labels.ts';

export class MapNames {
  readonly #map: MaplibreMap;
  #overlay: MapboxOverlay | null = null;
  #set: LabelSet | null = null;
  #level = NaN;
  #version = 0;
  #shown: MapLabel[] = [];
  #removed = false;
  readonly #onZoom = () => this.#draw();

  constructor(map: MaplibreMap) {
    this.#map = map;
    map.on('zoom', this.#onZoom);
  }

  /** The names to show (null: none). */
  set(set: LabelSet | null): void {
    if (set === this.#set) return;
    this.#set = set;
    this.#level = NaN;
    this.#draw();
  }

  /** The names drawn now whose point is in view (for the tests, through window.__focal). */
  inView(): MapLabel[] {
    const b = this.#map.getBounds();
    return this.#shown.filter((l) => b.contains([l.lon, l.lat]));
  }

  remove(): void {
    this.#removed = true;
    ++this.#version;
    this.#map.off('zoom', this.#onZoom);
    if (this.#overlay) this.#map.removeControl(this.#overlay);
    this.#overlay = null;
  }

  #draw(): void {
    const set = this.#set;
    if (!set && !this.#overlay) return;
    const level = set ? set.levelAt(this.#map.getZoom()) : NaN;
    if (set && level === this.#level) return;
    this.#level = level;
    const version = ++this.#version;
    void Promise.all([import('@deck.gl/mapbox'), set ? import('./label-layers.ts').then((m) => m.labelLayers(set, level)) : []]).then(([{ MapboxOverlay }, layers]) => {
      if (version !== this.#version || this.#removed) return;
      if (!this.#overlay) {
        this.#overlay = new MapboxOverlay({ interleaved: true, layers: [] });
        this.#map.addControl(this.#overlay);
      }
      this.#overlay.setProps({ layers });
      this.#shown = set ? (set.levels.get(level) ?? []).map((i) => set.labels[i]) : [];
      this.#map.triggerRepaint();
    });
  }
}
