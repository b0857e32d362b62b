import { Map as MaplibreMap, NavigationControl, ScaleControl, type GeoJSONSource, type LngLatLike, type MapSourceDataEvent } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { CountryCode } from '../data/schema.ts';
import type { InvestmentPoint } from '../data/investment-point.ts';
import { baseStyle, BOUNDARY_KIND, MASKED_BEFORE, OUTLINE_LAYER, OUTLINE_SOURCE, startsEmpty } from './base-style.ts';
import type { Outlines } from '../geo/boundaries.ts';
import type { OutlineFeature } from '../geo/outline-meshes.ts';
import type { LngLatBounds } from '../geo/bounds.ts';
import type { UnitFeature } from '../geo/unit-features.ts';
import { stillLinking } from './still-linking.ts';
import { drawingBufferCanvas } from './drawing-buffer-canvas.ts';
import { heldFrame } from '../state/after-next-frame.ts';
import { FLAG_SOURCE, UNIT_FILL_LAYER, UNIT_HOVER_LAYER, UNITS_SOURCE, type UnitFlag } from './unit-fill-layer.ts';
import { MaskedLayer } from './masked-layer.ts';
import { highlightLayer } from './highlight-layer.ts';
import { islandLayer } from './hotspot-layers.ts';
import { MAP_COLOURS } from './map-colours.ts';
import { NO_DATA_OUTLINE_RGB } from './palettes.ts';
import { gpuDone } from './gpu-done.ts';
import type { LabelSet } from './map-labels.ts';

const PADDING = 24;

/** The features of the lines' source: every line with its kind (see base-style.ts). */
const linesOf = (outlines: Outlines): GeoJSON.Feature[] =>
  (['municipios', 'departments', 'country'] as const).flatMap((key) => outlines[key].features.map((f) => ({ ...f, properties: { ...f.properties, kind: BOUNDARY_KIND[key] } })));
/** The longest new colours wait for the sources changed with them (see FocalMap.#hold). */
const HOLD_MS = 1500;

/** Whether two flag masks mark the same units (a missing entry counts as unmarked). */
function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] === 1) !== (b[i] === 1)) return false;
  return true;
}

/** `#rrggbb` → [r, g, b]. */
const hexRgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** A CSS colour per byte triple, built once: recolouring makes no strings. */
const hex2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * The map: maplibre owns the camera, the WebGL context, the choropleth (one GeoJSON source of the
 * unit polygons, coloured by feature-state), the outlines and the boundary lines. deck.gl is
 * loaded only when something needs it (the investment points) and then draws inside maplibre's
 * layer stack (`interleaved`: one WebGL context). Created once per container; colours, flags and
 * line data are replaced, never the map.
 */
export class FocalMap {
  readonly #map: MaplibreMap;
  /** Resolves once the style (and so the sources and layers) exists. */
  readonly #styleReady: Promise<void>;
  /** deck.gl, once loaded (null until something needs it). */
  #overlay: MapboxOverlay | null = null;
  /** The deck.gl layers being set (their module may still be loading), for {@link FocalMap.settled}. */
  #deckPending: Promise<void> = Promise.resolve();
  /** The investment points' layers and the labels' (drawn over the points). */
  #pointLayers: Layer[] = [];
  #labelLayers: Layer[] = [];
  get #deckLayers(): Layer[] {
    return [...this.#pointLayers, ...this.#labelLayers];
  }
  #pointsVersion = 0;
  /** The names the map shows (null: none) and the zoom level whose names are drawn (NaN: none). */
  #labels: LabelSet | null = null;
  #labelLevel = NaN;
  #labelsVersion = 0;
  /** The colour each unit was last given (CSS string), to send only what changed. */
  #fills: string[] = [];
  /** The units flagged last (unit order), per flag, to send a flag's polygons only when its set changed. */
  readonly #flags = new Map<UnitFlag, Uint8Array>();
  #hovered = -1;
  #unitsSet = false;
  /** The unit polygons (geometry and index), for the flags' own sources. */
  #slim: GeoJSON.Feature[] | null = null;
  /** What each flag's source holds (the mask last sent). */
  readonly #sent = new Map<UnitFlag, Uint8Array>();
  /** The warm-up of the flag layers' shaders (see {@link FocalMap.warmUp}), for {@link FocalMap.settled}. */
  #warming: Promise<void> = Promise.resolve();
  #warmed = false;
  #warmWanted = false;
  /** The layers drawn from each source that starts empty (hidden while it is: see `#setData`). */
  readonly #layersOf = new Map<string, string[]>();
  /** The sources among those whose layers are shown now. */
  readonly #shown = new Set<string>();
  /**
   * The map's own layers (masked-layer.ts): the hatch over units without data, the top N outline
   * (both over the unit polygons) and the emphasised department lines (over each country's).
   */
  readonly #masked = {
    noData: new MaskedLayer(OUTLINE_LAYER.noData, { kind: 'hatch', rgb: NO_DATA_OUTLINE_RGB, alpha: 150 / 255, period: 8 }),
    highlight: highlightLayer(),
    island: islandLayer(),
    departmentsStrong: new MaskedLayer(OUTLINE_LAYER.departmentsStrong, {
      kind: 'lines',
      passes: [{ rgb: hexRgb(MAP_COLOURS.departmentLineStrong), width: 1.8, grows: true }],
    }),
  };
  /** The country of each department line feature given to the strong layer (see setOutlines). */
  #departmentCountries: string[] = [];

  /**
   * @param onClick - called with the index of the unit under a click, or null when the click hit no
   *   unit, and whether ctrl or ⌘ was held (a multi-select).
   * @param onHover - called with the unit under the pointer and the pointer's position in the map (CSS
   *   pixels), or null when it leaves the units.
   * @param units - the unit polygons as GeoJSON (feature `properties.index` in the unit order),
   *   requested before the map; without them, {@link FocalMap.setUnits} gives them.
   * @param outlines - the boundary lines, requested before the map: the first coloured frame waits
   *   for them (and draws them); without them, {@link FocalMap.setOutlines} gives them after it.
   */
  constructor(
    container: HTMLElement,
    bounds: LngLatBounds,
    ariaLabel: string,
    onClick: (unit: number | null, toggle: boolean) => void,
    onHover: (hover: { unit: number; x: number; y: number } | null) => void,
    units?: Promise<GeoJSON.FeatureCollection>,
    outlines?: Promise<Outlines>,
  ) {
    const style = baseStyle();
    for (const layer of style.layers) {
      const source = 'source' in layer ? layer.source : undefined;
      if (typeof source !== 'string' || !startsEmpty(source)) continue;
      this.#layersOf.set(source, [...(this.#layersOf.get(source) ?? []), layer.id]);
    }
    this.#unitsSet = units !== undefined;
    this.#prebuilt = units ?? null;
    this.#map = new MaplibreMap({
      container,
      style,
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
    // The polygons, once the map exists (it may not be created at all). Given as an object, not as
    // a URL for maplibre's worker to fetch: maplibre sends the data of a GeoJSON source loaded from
    // a URL back from its worker to the main thread (serialised array by array there, deserialised
    // here) before it asks for the first tile. The file missing (e.g. a stale offline copy): the
    // polygons come from the boundary files instead, as given to setUnits (now, or when they arrive).
    units?.then(
      (data) => this.#whenStyle(() => this.#setUnitsData(data)),
      (err: unknown) => {
        console.warn('the pre-built unit polygons could not be read:', err);
        this.#unitsSet = false;
        if (this.#units) this.setUnits(this.#units);
      },
    );
    // The lines likewise, so that the first coloured frame has them: drawn after it, they were one
    // more full redraw of the map (with the line shaders' compile) once the topology was decoded,
    // seconds after the colours on a loaded machine. Not readable: the first frame does not wait
    // for them, and the boundary files give them after it (setOutlines).
    this.#linesAwaited = outlines !== undefined;
    outlines?.then(
      (data) => this.#whenStyle(() => this.#giveOutlines(data)),
      (err: unknown) => {
        console.warn('the pre-built boundary lines could not be read:', err);
        this.#linesAwaited = false;
        this.#map.triggerRepaint();
      },
    );
    this.#styleReady = new Promise((resolve) =>
      this.#map.once('style.load', () => {
        for (const [key, layer] of Object.entries(this.#masked)) this.#map.addLayer(layer, MASKED_BEFORE[key as keyof typeof MASKED_BEFORE]);
        resolve();
      }),
    );
    // maplibre draws each frame with its painter once the sources are updated for it: the frame is
    // skipped while new colours are held (see #hold). Before the first coloured map, one frame is
    // drawn (it compiles the background's and the clipping masks' shaders while the data load) and
    // the next ones are skipped until the colours, the units' tiles and the lines' tiles are all
    // in: each redrew the same empty (or unlined) map (a tile loaded, a source changed), a full
    // raster of the canvas in a software renderer, on the way to the first complete frame.
    const painter = (this.#map as unknown as { painter: { render: (...a: unknown[]) => void } }).painter;
    const paint = painter.render.bind(painter);
    painter.render = (...a: unknown[]) => {
      if (!this.#firstPainted) {
        if (this.#fillShown && this.#unitsGiven && this.#map.isSourceLoaded(UNITS_SOURCE) && this.#linesIn()) this.#firstPainted = true;
        else if (this.#emptyDrawn) return;
        else this.#emptyDrawn = true;
      }
      if (this.#paintHeld()) paint(...a);
    };
    this.#map.on('zoom', () => {
      if (this.#labels) this.#drawLabels();
    });
    this.#map.touchZoomRotate.disableRotation();
    this.#map.keyboard.disableRotation();
    this.#map.getCanvas().setAttribute('aria-label', ariaLabel);
    this.#map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    // Clicks go through maplibre, which tells a click from a drag; the fill layer says which unit.
    this.#map.on('click', (e) => {
      const f = this.#map.queryRenderedFeatures(e.point, { layers: [UNIT_FILL_LAYER] })[0];
      const mod = e.originalEvent.ctrlKey || e.originalEvent.metaKey;
      onClick(f?.id === undefined ? null : Number(f.id), mod);
    });
    this.#map.on('mousemove', UNIT_FILL_LAYER, (e) => {
      const id = e.features?.[0]?.id;
      if (id === undefined) return;
      this.#hover(Number(id));
      this.setCursor('pointer');
      onHover({ unit: Number(id), x: e.point.x, y: e.point.y });
    });
    this.#map.on('mouseleave', UNIT_FILL_LAYER, () => {
      this.#hover(-1);
      this.setCursor('');
      onHover(null);
    });
  }

  /**
   * The unit polygons (once the boundary files have been read): for the units' source when the map
   * was created without `units`, and for the flags' sources (the flagged units' polygons) in any
   * case; their `properties.index` is their feature id. Only the geometry and the index go to
   * maplibre's worker: the map reads nothing else from the features (clicks and hover give the
   * index), and every other attribute would be copied to the worker and into each tile.
   */
  setUnits(features: UnitFeature[]): void {
    this.#units = features;
    // The shapes of the flags and of the map's own layers: the pre-built polygons' (the same
    // shapes, given to the units' source) when they are coming, so that the boundary files'
    // polygons need not be decoded before the first map (unit-features.ts decodes on first read).
    const prebuilt = this.#unitsSet ? this.#prebuilt : null;
    if (!this.#slim) {
      if (prebuilt) prebuilt.then((data) => this.#shapesFrom(features, data), () => undefined);
      else this.#shapesFrom(features, null);
    }
    if (this.#unitsSet) return;
    this.#unitsSet = true;
    this.#whenStyle(() => this.#setUnitsData({ type: 'FeatureCollection', features: this.#slim ?? [] }));
  }

  /** The pre-built unit polygons given to the constructor (null: none). */
  readonly #prebuilt: Promise<GeoJSON.FeatureCollection> | null;

  /**
   * Gives the flags' sources and the map's own layers the shapes of `features` (still the units
   * shown), from `prebuilt` when it holds as many polygons (in the same unit order), else from
   * the features themselves.
   */
  #shapesFrom(features: UnitFeature[], prebuilt: GeoJSON.FeatureCollection | null): void {
    if (this.#slim || this.#units !== features) return;
    const geometries: GeoJSON.Geometry[] =
      prebuilt && prebuilt.features.length === features.length ? prebuilt.features.map((f) => f.geometry) : features.map((f) => f.geometry);
    this.#slim = features.map((f, i) => ({ type: 'Feature', id: f.properties.index, geometry: geometries[i], properties: { index: f.properties.index } }));
    this.#masked.noData.setItems(geometries);
    this.#masked.highlight.setItems(geometries);
    this.#masked.island.setItems(geometries);
    // The flags' sources take the flagged units' polygons from these: flags set before they came.
    this.#whenStyle(() => {
      for (const [flag, mask] of this.#flags) this.#sendFlag(flag, mask);
    });
    if (this.#warmWanted) void this.warmUp();
  }

  #setUnitsData(data: GeoJSON.FeatureCollection): void {
    this.#source(UNITS_SOURCE)?.setData(data);
    this.#unitsGiven = true;
  }

  /**
   * New shapes for the units, after a boundary import (or back to the default ones, `original`):
   * the polygons and the outlines of the flagged units are drawn from them. Until the lines of the
   * new shapes come ({@link FocalMap.replaceOutlines}), the units' own outlines are the only lines:
   * the default department and country lines would cut across the new shapes. Back to the
   * default shapes, the default lines come back.
   */
  replaceUnits(features: UnitFeature[], original: boolean): void {
    this.#slim = null;
    this.#sent.clear();
    this.#unitsSet = false;
    this.setUnits(features);
    this.#importedLines = original ? null : features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { kind: BOUNDARY_KIND.municipios } }));
    this.#departmentLines(original ? (this.#defaultDepartments ?? []) : []);
    this.#whenStyle(() => this.#drawLines());
  }

  /** The country, department and municipio lines of the imported shapes in use (see unit-outlines.ts). */
  replaceOutlines(outlines: Outlines): void {
    this.#importedLines = linesOf(outlines);
    this.#departmentLines(outlines.departments.features);
    this.#whenStyle(() => this.#drawLines());
  }

  /** The lines in use to their source: the imported shapes', else the default ones once they are in. */
  #drawLines(): void {
    const lines = this.#importedLines ?? this.#lines;
    if (lines && this.#linesGiven) this.#setData(OUTLINE_SOURCE.lines, { type: 'FeatureCollection', features: lines });
  }

  /** The department lines the emphasis draws (see setDepartmentEmphasis). */
  #departmentLines(features: OutlineFeature[]): void {
    this.#departmentCountries = features.map((f) => f.properties.country);
    this.#masked.departmentsStrong.setItems(features.map((f) => f.geometry));
    this.#emphasise();
  }

  /** The default boundary lines as given to their source (all kinds), once they are in. */
  #lines: GeoJSON.Feature[] | null = null;
  /** The default department lines (for the emphasis, when the default shapes come back). */
  #defaultDepartments: OutlineFeature[] | null = null;
  /** The lines of imported shapes, drawn instead of the default ones (null: the default ones). */
  #importedLines: GeoJSON.Feature[] | null = null;

  /** The features given to {@link FocalMap.setUnits}, kept for when `units` cannot be read. */
  #units: UnitFeature[] | null = null;

  /**
   * Colours the units (RGBA per unit in unit order, see fill-colours.ts; alpha is ignored: fills are
   * opaque). Only the units whose colour changed get a new feature-state. Resolves after the first
   * frame drawn with these colours (the units' source loaded), or at once when nothing changed.
   * After the first colours, the new colours wait for what changed with them (see {@link FocalMap.#paintHeld}).
   */
  setFills(rgba: Uint8ClampedArray): Promise<void> {
    return new Promise((resolve) =>
      this.#whenStyle(() => {
        const n = rgba.length / 4;
        const changes = new Map<number, string>();
        for (let i = 0; i < n; i++) {
          const c = `#${hex2[rgba[4 * i]]}${hex2[rgba[4 * i + 1]]}${hex2[rgba[4 * i + 2]]}`;
          if (this.#fills[i] === c) continue;
          this.#fills[i] = c;
          changes.set(i, c);
        }
        if (this.#coloured && (changes.size > 0 || this.#held)) {
          for (const [i, c] of changes) this.#heldFills.set(i, c);
          this.#hold(resolve);
          return;
        }
        for (const [i, c] of changes) this.#map.setFeatureState({ source: UNITS_SOURCE, id: i }, { fill: c });
        // The fill is drawn from the frame that has the first colours (see unitFillLayer).
        if (!this.#fillShown) {
          this.#fillShown = true;
          this.#map.setPaintProperty(UNIT_FILL_LAYER, 'fill-opacity', 1);
        }
        const drawn = () => {
          if (!this.#coloured) {
            this.#coloured = true;
            this.#colouredNow();
          }
          resolve();
        };
        if (changes.size === 0 && this.#map.isSourceLoaded(UNITS_SOURCE)) drawn();
        // The first colours: once the GPU has rasterised their frame (the first map's mark, the
        // hatch and the panels wait for it: started at once, they held that raster back by
        // seconds on a loaded machine, the hatch with one more full redraw).
        else if (!this.#coloured) void this.#frameDrawn().then(() => gpuDone(this.#map.getCanvas().getContext('webgl2'))).then(drawn);
        else void this.#frameDrawn().then(drawn);
      }),
    );
  }

  /** New colours not yet given to maplibre (unit → colour), waiting for the sources changed with them. */
  readonly #heldFills = new Map<number, string>();
  /** Called once a frame with the held colours has been drawn. */
  #heldDrawn: (() => void)[] = [];
  /** True while new colours wait (see {@link FocalMap.#paintHeld}). */
  #held = false;
  /** When the held colours go to the screen whatever is still loading (ms, performance.now()). */
  #heldUntil = 0;
  /** Sources whose data, filter or layers changed since the last frame drawn. */
  readonly #changed = new Set<string>();

  /**
   * Holds the frames until the colours can be drawn with everything that changed with them: an
   * interaction (an indicator, a weight, a filter) changes the colours and, often, the no-data
   * hatch, the top N outline or the department lines, whose new tiles come from maplibre's worker.
   * Drawn as they came, that was two or three full redraws of the map (each one a second or so in
   * a software renderer on a busy machine), the last one showing the result. Held, maplibre goes on
   * loading but draws nothing until those sources are loaded (or {@link HOLD_MS} has passed), then
   * one frame shows the colours and the rest together.
   */
  #hold(drawn: () => void): void {
    this.#heldDrawn.push(drawn);
    if (!this.#held) {
      this.#held = true;
      this.#heldUntil = performance.now() + HOLD_MS;
      heldFrame(new Promise((resolve) => this.#heldDrawn.push(resolve)));
      // A last frame when nothing else asks for one (a source that never loads); none once the held
      // colours are drawn: a full redraw of the unchanged map (a full raster in a software renderer,
      // as much as the recolour itself) a second and a half after every interaction.
      setTimeout(() => {
        if (this.#held) this.#map.triggerRepaint();
      }, HOLD_MS + 10);
    }
    this.#map.triggerRepaint();
  }

  /**
   * In each frame (maplibre's painter, after its sources were updated for the frame): false to
   * draw nothing, while colours are held and a source changed with them is still loading; else
   * the held colours go to the units' feature-state (coalesced in this very frame) and the frame
   * is drawn.
   */
  #paintHeld(): boolean {
    if (!this.#held) {
      this.#changed.clear();
      return true;
    }
    // A moving camera (a fit to a country) is drawn frame by frame as before, the colours with it.
    const loading = !this.#map.isMoving() && [UNITS_SOURCE, ...this.#changed].some((id) => !this.#map.isSourceLoaded(id));
    if (loading && performance.now() < this.#heldUntil) return false;
    this.#held = false;
    this.#changed.clear();
    // The style's own call: the map's would ask for one more frame after this one.
    for (const [i, c] of this.#heldFills) this.#map.style.setFeatureState({ source: UNITS_SOURCE, id: i }, { fill: c });
    this.#heldFills.clear();
    const waiting = this.#heldDrawn;
    this.#heldDrawn = [];
    // Resolved after this task: once maplibre has drawn this frame and fired `render`.
    for (const f of waiting) queueMicrotask(f);
    return true;
  }

  /**
   * Flags the units marked 1 in `mask` (unit order); null flags none. The flag's layers draw the
   * polygons of the flagged units from the flag's own source, sent again only when the set changed.
   */
  setFlag(flag: UnitFlag, mask: Uint8Array | null): void {
    const next = mask ? mask.slice() : new Uint8Array(0);
    const was = this.#flags.get(flag);
    if (was && sameFlags(was, next)) return;
    this.#flags.set(flag, next);
    if (flag === 'noData' && !this.#coloured) {
      // The hatch is drawn from the frame after the first colours: its pattern shaders (two
      // programs, compiled the first time a layer draws, seconds in a software renderer) would
      // otherwise hold back the first coloured map. Only the latest mask is sent then.
      this.#hatchAfterColours ??= this.#firstColours.then(
        () =>
          new Promise<void>((resolve) =>
            this.#whenStyle(() => {
              this.#sendFlag('noData', this.#flags.get('noData') ?? new Uint8Array(0));
              resolve();
            }),
          ),
      );
      return;
    }
    this.#whenStyle(() => this.#sendFlag(flag, next));
  }

  /** True once the fill layer is drawn (opacity 1: colours have been set). */
  #fillShown = false;
  /** True once a frame has been drawn before the first coloured map (the next ones are not, see the constructor). */
  #emptyDrawn = false;
  /** True once the units' polygons have been given to their source. */
  #unitsGiven = false;
  /** True once a frame with the colours and the units' tiles has been drawn. */
  #firstPainted = false;
  /** True once a frame with colours has been drawn (see {@link FocalMap.setFlag}). */
  #coloured = false;
  #colouredNow: () => void = () => undefined;
  /** Resolves once a frame with colours has been drawn. */
  readonly #firstColours = new Promise<void>((resolve) => (this.#colouredNow = resolve));
  /** The hatch held back until the first colours (for {@link FocalMap.settled}). */
  #hatchAfterColours: Promise<void> | null = null;

  /**
   * Sends the polygons of the units marked in `mask` to the source of `flag` (once the polygons are
   * known): only the units that came and went since the last mask sent, else all.
   */
  #sendFlag(flag: UnitFlag, mask: Uint8Array): void {
    if (flag === 'noData' || flag === 'highlight' || flag === 'island') {
      // The map's own layers: drawn from the next frame, nothing to load.
      this.#masked[flag].setMask(mask);
      return;
    }
    const units = this.#slim;
    const source = this.#source(FLAG_SOURCE[flag]);
    if (!units || !source) return;
    const was = this.#sent.get(flag);
    this.#sent.set(flag, mask);
    // From or to no unit at all, the whole set goes (its layers are shown or hidden with it).
    if (was && was.includes(1) && mask.includes(1)) {
      // A new top N or set of units without data differs from the last by a few units: the worker
      // gets those, not the polygons of every flagged unit again.
      const add: GeoJSON.Feature[] = [];
      const remove: number[] = [];
      for (let i = 0; i < units.length; i++) {
        const on = mask[i] === 1;
        if (on === (was[i] === 1)) continue;
        if (on) add.push(units[i]);
        else remove.push(i);
      }
      if (add.length || remove.length) {
        source.updateData({ add, remove });
        this.#changed.add(FLAG_SOURCE[flag]);
      }
      return;
    }
    const features: GeoJSON.Feature[] = [];
    for (let i = 0; i < mask.length && i < units.length; i++) if (mask[i] === 1) features.push(units[i]);
    this.#setData(FLAG_SOURCE[flag], { type: 'FeatureCollection', features });
  }

  /**
   * Compiles, once, the shaders of the layers drawn only for flagged units that no other layer
   * shares (the no-data hatch and the hover fill), by drawing them once over one unit at an opacity
   * that leaves no trace on screen; meant for after the first map, while the planner reads it. A
   * software renderer (SwiftShader) takes seconds per shader, and maplibre compiles one the first
   * time a layer draws: without this, the first indicator with units lacking data would wait for it.
   */
  warmUp(): Promise<void> {
    this.#warmWanted = true;
    // Without the polygons yet, setUnits starts it.
    if (this.#warmed || !this.#slim) return this.#warming;
    this.#warmed = true;
    this.#warming = new Promise<void>((resolve) =>
      this.#whenStyle(() => {
        const one = this.#slim?.[0];
        if (!one) return resolve();
        for (const layer of Object.values(this.#masked)) layer.warmUp();
        const layers = [UNIT_HOVER_LAYER];
        const opacity = layers.map((id) => this.#map.getPaintProperty(id, 'fill-opacity'));
        for (const id of layers) this.#map.setPaintProperty(id, 'fill-opacity', 0.001);
        this.#sent.delete('hover');
        this.#setData(FLAG_SOURCE.hover, { type: 'FeatureCollection', features: [one] });
        const done = () => {
          if (!layers.every((id) => this.#map.isSourceLoaded(this.#map.getLayer(id)!.source))) return;
          this.#map.off('render', done);
          layers.forEach((id, k) => this.#map.setPaintProperty(id, 'fill-opacity', opacity[k]));
          this.#setData(FLAG_SOURCE.hover, { type: 'FeatureCollection', features: this.#hovered >= 0 && this.#slim ? [this.#slim[this.#hovered]] : [] });
          resolve();
        };
        this.#map.on('render', done);
        this.#map.triggerRepaint();
      }),
    );
    return this.#warming;
  }

  /**
   * The investment points (none: no layer). The first call that has points loads deck.gl and the
   * point layer's module; until then nothing of deck.gl is downloaded.
   */
  setPoints(points: InvestmentPoint[]): void {
    const version = ++this.#pointsVersion;
    if (!points.length && !this.#overlay) return;
    const before = this.#deckPending;
    const pending = (async () => {
      const [overlay, { investmentPointLayers }] = await Promise.all([this.#deck(), import('./investment-points.ts')]);
      if (version !== this.#pointsVersion) return;
      this.#pointLayers = investmentPointLayers(points);
      overlay.setProps({ layers: this.#deckLayers });
      this.#map.triggerRepaint();
    })();
    this.#deckPending = Promise.all([before.catch(() => undefined), pending]).then(() => undefined);
  }

  /** deck.gl's overlay, created (and its module loaded) the first time a layer needs it. */
  async #deck(): Promise<MapboxOverlay> {
    const { MapboxOverlay } = await import('@deck.gl/mapbox');
    if (!this.#overlay) {
      this.#overlay = new MapboxOverlay({ interleaved: true, layers: [] });
      this.#map.addControl(this.#overlay);
    }
    return this.#overlay;
  }

  /**
   * The names of places to show (null: none). The names placed for the zoom level shown are
   * drawn; a new level, reached while zooming, brings its own.
   */
  setLabels(labels: LabelSet | null): void {
    if (labels === this.#labels) return;
    this.#labels = labels;
    this.#labelLevel = NaN;
    if (!labels && !this.#labelLayers.length) return;
    this.#drawLabels();
  }

  /** Draws the names of the zoom level shown, if it is not the level drawn. */
  #drawLabels(): void {
    const set = this.#labels;
    const level = set ? set.levelAt(this.#map.getZoom()) : NaN;
    if (set && level === this.#labelLevel) return;
    this.#labelLevel = level;
    const version = ++this.#labelsVersion;
    const pending = (async () => {
      const [overlay, layers] = await Promise.all([this.#deck(), set ? import('./label-layers.ts').then((m) => m.labelLayers(set, level)) : []]);
      if (version !== this.#labelsVersion) return;
      this.#labelLayers = layers;
      this.#labelsShown = set ? (set.levels.get(level) ?? []).map((i) => set.labels[i]) : [];
      overlay.setProps({ layers: this.#deckLayers });
      this.#map.triggerRepaint();
    })();
    const before = this.#deckPending;
    this.#deckPending = Promise.all([before.catch(() => undefined), pending]).then(() => undefined);
  }

  /** The names drawn now, with their positions (for the tests, through window.__focal). */
  #labelsShown: { lon: number; lat: number; text: string; kind: string }[] = [];

  /** The names drawn now whose point is in view. */
  labelsInView(): { text: string; kind: string; lon: number; lat: number }[] {
    const b = this.#map.getBounds();
    return this.#labelsShown.filter((l) => b.contains([l.lon, l.lat])).map(({ text, kind, lon, lat }) => ({ text, kind, lon, lat }));
  }

  /** Every name of the label set, shown or not (for tests). */
  labelsAll(): { text: string; kind: string; lon: number; lat: number }[] {
    return (this.#labels?.labels ?? []).map(({ text, kind, lon, lat }) => ({ text, kind, lon, lat }));
  }

  /** The kinds of boundary line drawn within `px` CSS pixels of a longitude/latitude (for tests). */
  linesAt(lon: number, lat: number, px = 3): string[] {
    const { x, y } = this.#map.project([lon, lat]);
    const layers = [OUTLINE_LAYER.municipios, OUTLINE_LAYER.departments, OUTLINE_LAYER.country];
    const found = this.#map.queryRenderedFeatures([[x - px, y - px], [x + px, y + px]], { layers });
    return [...new Set(found.map((f) => String(f.properties?.kind)))].sort();
  }

  /** Adds the metric scale bar (once; after the first map, which does not wait for it). */
  showScale(): void {
    if (this.#scale) return;
    this.#scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    this.#map.addControl(this.#scale, 'bottom-right');
  }

  #scale: ScaleControl | null = null;

  /**
   * Boundary lines for the basemap (once, when the boundary files have been read): nothing when
   * the pre-built lines (the same, see the constructor) are in.
   */
  setOutlines(outlines: Outlines): void {
    if (this.#linesGiven) return;
    this.#whenStyle(() => this.#giveOutlines(outlines));
  }

  /** True once the lines have been given to their source (see {@link FocalMap.setOutlines}). */
  #linesGiven = false;
  /** True while the first coloured frame waits for the pre-built lines (see the constructor). */
  #linesAwaited = false;

  /**
   * Whether the first coloured frame may be drawn as far as the lines are concerned: none awaited,
   * or given, their layers shown (their source's `metadata` event, see #setData) and their tiles loaded.
   */
  #linesIn(): boolean {
    if (!this.#linesAwaited) return true;
    return this.#linesGiven && this.#map.getLayoutProperty(OUTLINE_LAYER.municipios, 'visibility') !== 'none' && this.#map.isSourceLoaded(OUTLINE_SOURCE.lines);
  }

  #giveOutlines(outlines: Outlines): void {
    if (this.#linesGiven) return;
    this.#linesGiven = true;
    this.#lines = linesOf(outlines);
    this.#defaultDepartments = outlines.departments.features;
    this.#drawLines();
    if (!this.#importedLines) this.#departmentLines(outlines.departments.features);
  }

  /** The countries whose department lines are emphasised (sorted, comma-joined; none at first, as the style says). */
  #emphasised = '';

  /**
   * Emphasises department lines in `countries` (where the indicator is a department figure): drawn
   * again over the others by the map's own layer, from the next frame (a filter on the lines'
   * source would have them all tiled again by maplibre's worker).
   */
  setDepartmentEmphasis(countries: readonly CountryCode[]): void {
    const key = [...countries].sort().join(',');
    if (key === this.#emphasised) return;
    this.#emphasised = key;
    this.#emphasise();
  }

  #emphasise(): void {
    const on = new Set(this.#emphasised.split(','));
    this.#masked.departmentsStrong.setMask(Uint8Array.from(this.#departmentCountries, (c) => (on.has(c) ? 1 : 0)));
  }

  /** Outlines the selected unit, or nothing. */
  setSelected(unit: UnitFeature | null): void {
    this.#whenStyle(() =>
      this.#setData(OUTLINE_SOURCE.selected, { type: 'FeatureCollection', features: unit ? [unit] : [] }),
    );
  }

  /**
   * Resolves once the camera has stopped (no pan, zoom or fit in progress), every source is loaded,
   * deck.gl (when some layer needs it) is loaded and its layers drawn, and a frame has been drawn
   * after the call: maplibre fires `idle` after a frame only when nothing is moving or loading (the
   * repaint makes sure such a frame comes), and a new deck.gl layer's shaders may still be linking
   * after that frame. For the end-to-end tests (window.__focal.mapSettled) and anyone who must see
   * what the state says.
   */
  async settled(): Promise<void> {
    await this.#deckPending;
    await this.#warming;
    if (this.#coloured) await this.#hatchAfterColours;
    const idle = () =>
      new Promise<void>((resolve) => {
        this.#map.once('idle', () => resolve());
        this.#map.triggerRepaint();
      });
    await idle();
    // Shaders still linking after that frame: more frames until they are (bounded, for a driver that never says).
    for (let frame = 0; frame < 30 && this.#deckLayers.some(stillLinking); frame++) await idle();
  }

  /**
   * The map as it is now, redrawn at `pixelRatio` device pixels per CSS pixel (for print), as a
   * 2D canvas. maplibre draws deck.gl's layers (if any) inside its own frame and neither keeps
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

  /**
   * Frames `bounds`. A fit to where the camera already is (an indicator of all three countries
   * picked while the map shows the region) does nothing: maplibre would still animate it, drawing
   * the unchanged map in every frame for half a second, each frame a full redraw of every layer,
   * which in a software renderer delays the new colours drawn in the same frames.
   */
  fitBounds(bounds: LngLatBounds, animate = true, maxZoom?: number): void {
    // An undefined maxZoom given to maplibre is taken as a number (a NaN camera): only when set.
    const closest = maxZoom === undefined ? {} : { maxZoom };
    const to = this.#map.cameraForBounds(bounds, { padding: PADDING, ...closest });
    if (to?.center && to.zoom !== undefined && this.#isCamera(to.center, to.zoom)) return;
    this.#map.fitBounds(bounds, { padding: PADDING, animate, duration: animate ? 500 : 0, ...closest });
  }

  /** Whether the camera is at `center` and `zoom` now (within a tenth of a pixel) and not moving. */
  #isCamera(center: LngLatLike, zoom: number): boolean {
    const map = this.#map;
    if (map.isMoving() || Math.abs(map.getZoom() - zoom) > 1e-4) return false;
    const p = map.project(center);
    const c = map.project(map.getCenter());
    return Math.hypot(p.x - c.x, p.y - c.y) < 0.1;
  }

  /** Calls `f` with the centre and zoom, and the visible area, after every move (pan, zoom, fit, jump). */
  onMoveEnd(f: (p: { lon: number; lat: number; zoom: number }, view: LngLatBounds) => void): void {
    this.#map.on('moveend', () => {
      const c = this.#map.getCenter();
      const b = this.#map.getBounds();
      f({ lon: c.lng, lat: c.lat, zoom: this.#map.getZoom() }, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    });
  }

  /**
   * Calls `f` when the browser takes the map's WebGL context away (the GPU process crashed or
   * reset, too many contexts); maplibre draws again if it is given back.
   * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapContextEvent/
   */
  onContextLost(f: () => void): void {
    this.#map.on('webglcontextlost', f);
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
    ++this.#pointsVersion;
    ++this.#labelsVersion;
    if (this.#overlay) this.#map.removeControl(this.#overlay);
    this.#map.remove();
  }

  /** Moves the hover outline to unit `unit` (−1: none). */
  #hover(unit: number): void {
    if (unit === this.#hovered) return;
    this.#hovered = unit;
    const f = unit >= 0 ? this.#slim?.[unit] : undefined;
    this.#setData(FLAG_SOURCE.hover, { type: 'FeatureCollection', features: f ? [f] : [] });
  }

  /**
   * Resolves after the first frame rendered once the units' source has loaded: maplibre applies
   * feature-state changes at the start of a frame, so that frame drew every change made before
   * this call.
   */
  #frameDrawn(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        // Before the first coloured frame, maplibre fires `render` for frames the painter skipped.
        if (!this.#firstPainted || !this.#map.isSourceLoaded(UNITS_SOURCE)) return;
        this.#map.off('render', check);
        resolve();
      };
      this.#map.on('render', check);
      this.#map.triggerRepaint();
    });
  }

  /** Runs `f` now if the style has loaded, else once it has (in call order). */
  #whenStyle(f: () => void): void {
    if (this.#map.style?._loaded) f();
    else void this.#styleReady.then(f);
  }

  /**
   * Replaces the features of a source that starts empty, and shows its layers while it has some,
   * hides them while it has none: an empty source's visible layers still cost every frame their
   * tile clipping masks, and their tiles a trip to maplibre's worker (see base-style.ts,
   * `hiddenUntilData`). Layers are shown once the worker has the new features (the source's
   * `metadata` event): shown before, they would load their tiles twice, empty and then again
   * with the features. `idle` waits for those tiles as for any new data.
   */
  #setData(id: string, data: GeoJSON.FeatureCollection): void {
    const source = this.#source(id);
    if (!source) return;
    source.setData(data);
    this.#changed.add(id);
    const show = data.features.length > 0;
    if (show === this.#shown.has(id)) return;
    if (!show) {
      this.#shown.delete(id);
      this.#setVisible(id, false);
      return;
    }
    this.#shown.add(id);
    const loaded = (e: MapSourceDataEvent) => {
      if (e.sourceId !== id || e.sourceDataType !== 'metadata') return;
      this.#map.off('sourcedata', loaded);
      // Hidden again meanwhile: stays hidden.
      if (this.#shown.has(id)) this.#setVisible(id, true);
    };
    this.#map.on('sourcedata', loaded);
  }

  #setVisible(source: string, visible: boolean): void {
    for (const layer of this.#layersOf.get(source) ?? []) this.#map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  }

  #source(id: string): GeoJSONSource | undefined {
    return this.#map.getSource<GeoJSONSource>(id);
  }
}
