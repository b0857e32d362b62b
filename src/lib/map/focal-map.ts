import { Map as MaplibreMap, NavigationControl, type FilterSpecification, type GeoJSONSource } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { CountryCode } from '../data/schema.ts';
import { baseStyle, OUTLINE_LAYER, OUTLINE_SOURCE } from './base-style.ts';
import type { Outlines } from '../geo/boundaries.ts';
import type { LngLatBounds } from '../geo/bounds.ts';
import type { UnitFeature } from '../geo/unit-features.ts';
import { layerIsDrawn } from './layer-is-drawn.ts';
import { stillLinking } from './still-linking.ts';
import { HATCH_IMAGE, hatchImage } from './hatch-image.ts';
import { drawingBufferCanvas } from './drawing-buffer-canvas.ts';

const PADDING = 24;

/**
 * The map: maplibre owns the camera, the WebGL context and the boundary lines; deck.gl draws the
 * choropleth inside maplibre's layer stack (`interleaved`: one WebGL context, lines on top of
 * the fills). Created once per container; layers and line data are replaced, never the map.
 */
export class FocalMap {
  readonly #map: MaplibreMap;
  readonly #overlay: MapboxOverlay;
  /** Resolves once the style (and so the outline sources and layers) exists. */
  readonly #styleReady: Promise<void>;
  #drawWaiters: { layer: Layer; resolve: () => void }[] = [];
  /** The deck.gl layers last set, for {@link FocalMap.settled}. */
  #layers: Layer[] = [];

  /**
   * @param onClick - called with the unit under a click, or null when the click hit no unit.
   */
  constructor(container: HTMLElement, bounds: LngLatBounds, ariaLabel: string, onClick: (unit: UnitFeature | null) => void) {
    this.#map = new MaplibreMap({
      container,
      style: baseStyle(),
      bounds,
      fitBoundsOptions: { padding: PADDING },
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      minZoom: 4,
      maxZoom: 13,
    });
    this.#styleReady = new Promise((resolve) =>
      this.#map.once('style.load', () => {
        this.#map.addImage(HATCH_IMAGE, hatchImage());
        resolve();
      }),
    );
    this.#map.touchZoomRotate.disableRotation();
    this.#map.keyboard.disableRotation();
    this.#map.getCanvas().setAttribute('aria-label', ariaLabel);
    this.#map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.#overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: () => {
        if (!this.#drawWaiters.length) return;
        const drawn = this.#drawWaiters.filter((w) => layerIsDrawn(w.layer));
        this.#drawWaiters = this.#drawWaiters.filter((w) => !drawn.includes(w));
        for (const w of drawn) w.resolve();
      },
    });
    this.#map.addControl(this.#overlay);
    // Clicks go through maplibre, which tells a click from a drag, then deck.gl picks the unit.
    this.#map.on('click', (e) => {
      const info = this.#overlay.pickObject({ x: e.point.x, y: e.point.y, layerIds: ['units'] });
      onClick((info?.object as UnitFeature | undefined) ?? null);
    });
  }

  /** Replaces the deck.gl layers (same ids keep their GPU buffers). */
  setLayers(layers: Layer[]): void {
    this.#layers = layers;
    this.#overlay.setProps({ layers });
  }

  /** Boundary lines for the basemap (once, when the boundary files have been read). */
  setOutlines(outlines: Outlines): void {
    this.#whenStyle(() => {
      this.#source(OUTLINE_SOURCE.country)?.setData(outlines.country);
      this.#source(OUTLINE_SOURCE.departments)?.setData(outlines.departments);
      this.#source(OUTLINE_SOURCE.municipios)?.setData(outlines.municipios);
    });
  }

  /**
   * Hatches these units (those without data). Only they are sent to maplibre: a source of all
   * 682 polygons would cost its worker far more memory than the hatch is worth.
   */
  setNoData(units: UnitFeature[]): void {
    this.#whenStyle(() => this.#source(OUTLINE_SOURCE.noData)?.setData({ type: 'FeatureCollection', features: units }));
  }

  /** Emphasises department lines in `countries` (where the indicator is a department figure). */
  setDepartmentEmphasis(countries: readonly CountryCode[]): void {
    const inList = ['in', ['get', 'country'], ['literal', [...countries]]];
    this.#whenStyle(() => {
      this.#map.setFilter(OUTLINE_LAYER.departmentsStrong, inList as FilterSpecification);
      this.#map.setFilter(OUTLINE_LAYER.departments, ['!', inList] as FilterSpecification);
    });
  }

  /** Outlines the selected unit, or nothing. */
  setSelected(unit: UnitFeature | null): void {
    this.#whenStyle(() =>
      this.#source(OUTLINE_SOURCE.selected)?.setData({ type: 'FeatureCollection', features: unit ? [unit] : [] }),
    );
  }

  /**
   * Resolves after the first frame that actually drew `layer` (set with `setLayers`). A layer
   * replaced by a newer one of the same id before it was drawn is never drawn itself: its waiters
   * move to the newer layer, so they resolve when what replaced it is on screen, and no waiter
   * keeps a superseded layer (and its data) alive.
   */
  whenDrawn(layer: Layer): Promise<void> {
    for (const w of this.#drawWaiters) if (w.layer !== layer && w.layer.id === layer.id) w.layer = layer;
    return new Promise((resolve) => this.#drawWaiters.push({ layer, resolve }));
  }

  /**
   * Resolves once the camera has stopped (no pan, zoom or fit in progress), every source is loaded,
   * every deck.gl layer set so far has been drawn, and a frame has been drawn after the call:
   * maplibre fires `idle` after a frame only when nothing is moving or loading (the repaint makes
   * sure such a frame comes), and a new layer's shaders may still be linking after that frame. For
   * the end-to-end tests (window.__focal.mapSettled) and anyone who must see what the state says.
   */
  async settled(): Promise<void> {
    const idle = () =>
      new Promise<void>((resolve) => {
        this.#map.once('idle', () => resolve());
        this.#map.triggerRepaint();
      });
    await idle();
    // Shaders still linking after that frame: more frames until they are (bounded, for a driver that never says).
    for (let frame = 0; frame < 30 && this.#layers.some(stillLinking); frame++) await idle();
  }

  /**
   * The map as it is now, redrawn at `pixelRatio` device pixels per CSS pixel (for print), as a
   * 2D canvas. maplibre draws deck.gl's layers inside its own frame (interleaved) and neither keeps
   * the drawing buffer, so the frame is copied while it is still in the buffer: in `idle`, which
   * maplibre fires inside the first frame at the new size after which nothing is loading or
   * moving (one redraw at print size, not two). The copy is a CPU-backed canvas (see
   * drawingBufferCanvas): the PNG export reads all its pixels. The screen's pixel ratio is
   * restored afterwards.
   */
  async snapshot(pixelRatio: number): Promise<HTMLCanvasElement> {
    const map = this.#map;
    const before = map.getPixelRatio();
    map.setPixelRatio(pixelRatio);
    this.#syncDeckBuffer();
    try {
      return await new Promise<HTMLCanvasElement>((resolve, reject) => {
        map.once('idle', () => {
          try {
            resolve(drawingBufferCanvas(map.getCanvas()));
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        map.triggerRepaint();
      });
    } finally {
      map.setPixelRatio(before);
      this.#syncDeckBuffer();
      map.triggerRepaint();
    }
  }

  /**
   * deck.gl draws into maplibre's canvas but keeps its own record of the drawing buffer's size,
   * which only a CSS resize updates: after a change of pixel ratio it is told the new size, else
   * it draws at the old scale into a corner of the canvas.
   */
  #syncDeckBuffer(): void {
    const canvas = this.#map.getCanvas();
    const deck = (this.#map as unknown as { __deck?: { device?: { canvasContext?: { setDrawingBufferSize(w: number, h: number): void } } } }).__deck;
    deck?.device?.canvasContext?.setDrawingBufferSize(canvas.width, canvas.height);
  }

  /** Position of a longitude/latitude in CSS pixels from the map's top-left corner, with the current camera. */
  project(lon: number, lat: number): [number, number] {
    const p = this.#map.project([lon, lat]);
    return [p.x, p.y];
  }

  fitBounds(bounds: LngLatBounds, animate = true): void {
    this.#map.fitBounds(bounds, { padding: PADDING, animate, duration: animate ? 500 : 0 });
  }

  /** Calls `f` with the centre and zoom, and the visible area, after every move (pan, zoom, fit, jump). */
  onMoveEnd(f: (p: { lon: number; lat: number; zoom: number }, view: LngLatBounds) => void): void {
    this.#map.on('moveend', () => {
      const c = this.#map.getCenter();
      const b = this.#map.getBounds();
      f({ lon: c.lng, lat: c.lat, zoom: this.#map.getZoom() }, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    });
  }

  /** Moves the camera at once (no animation). */
  jumpTo(p: { lon: number; lat: number; zoom: number }): void {
    this.#map.jumpTo({ center: [p.lon, p.lat], zoom: p.zoom });
  }

  setCursor(cursor: string): void {
    this.#map.getCanvas().style.cursor = cursor;
  }

  setAriaLabel(label: string): void {
    this.#map.getCanvas().setAttribute('aria-label', label);
  }

  destroy(): void {
    this.#map.removeControl(this.#overlay);
    this.#map.remove();
  }

  /** Runs `f` now if the style has loaded, else once it has (in call order). */
  #whenStyle(f: () => void): void {
    if (this.#map.style?._loaded) f();
    else void this.#styleReady.then(f);
  }

  #source(id: string): GeoJSONSource | undefined {
    return this.#map.getSource<GeoJSONSource>(id);
  }
}
