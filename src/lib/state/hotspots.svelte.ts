/**
 * The hotspot view's state: the planner's settings, the run in its worker (progress, cancel), the
 * last result with the weights it used, which map is shown (clusters or significance) and the
 * units brushed in the Moran scatterplot. Components read its fields and call its methods.
 */
import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import type { SpatialWeights } from '../analysis/spatial-weights.ts';
import type { UnitTopology } from '../geo/unit-features.ts';
import type { WeightShapes } from '../data/contiguity-weights.ts';
import type { FeatureShapes } from '../geo/shapes-in-use.ts';
import {
  DEFAULT_HOTSPOT_SETTINGS,
  clampSnap,
  weightsKey,
  type Contiguity,
  type HotspotCorrection,
  type HotspotSettings,
  type HotspotStatistic,
  type HotspotTime,
} from './hotspot-settings.ts';
import { HotspotRunner, isHotspotCancelled } from './hotspot-runner.ts';
import type { HotspotData } from '../workers/hotspots.worker.ts';

/** What the hotspot map shows: cluster types, or significance levels. */
export const HOTSPOT_MAP_MODES = ['cluster', 'significance'] as const;
export type HotspotMapMode = (typeof HOTSPOT_MAP_MODES)[number];

/** A finished run: what it was computed on and with. */
export interface HotspotRun {
  data: HotspotData;
  settings: HotspotSettings;
  /** The variable as shown on the map (label, unit, source). */
  entry: CatalogEntry;
  weights: SpatialWeights;
  weightsMs: number;
  statsMs: number;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class Hotspots {
  settings = $state.raw<HotspotSettings>({ ...DEFAULT_HOTSPOT_SETTINGS });
  run = $state.raw<HotspotRun | null>(null);
  running = $state(false);
  phase = $state<'weights' | 'permutations'>('permutations');
  done = $state(0);
  total = $state(0);
  error = $state('');
  cancelled = $state(false);
  mapMode = $state<HotspotMapMode>('cluster');
  /** Units brushed in the scatterplot (1 = brushed), or null. */
  brushed = $state.raw<Uint8Array | null>(null);
  /**
   * The run whose colours the map has drawn (see {@link Hotspots.mapDrew}): what a run shows besides
   * the map (scatterplot, summary, exports) follows it, so that a new result reaches the map first.
   */
  drawn = $state.raw<HotspotRun | null>(null);

  /** True when the settings differ from those of the shown result (other than the map shown). */
  readonly stale: boolean = $derived.by(() => {
    const r = this.run;
    return r !== null && JSON.stringify(r.settings) !== JSON.stringify(this.settings);
  });

  #runner: HotspotRunner;
  /** The shapes the weights are built from: the boundary files', or those in use after a boundary import. */
  #topologies: WeightShapes | null = null;
  /** The boundary files (kept for when a boundary import is removed). */
  #files: { country: CountryCode; topology: UnitTopology }[] | null = null;
  /** Weights by contiguity and tolerance (not reactive: only runs read it). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #weights = new Map<string, SpatialWeights>();
  #seq = 0;
  /** prepare() was called before the boundaries arrived: it runs when they do. */
  #prepareWanted = false;
  /** Weights the worker has built ahead of a run (by {@link weightsKey}; not reactive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #prepared = new Set<string>();

  constructor(runner: HotspotRunner = new HotspotRunner()) {
    this.#runner = runner;
  }

  /** The boundary files the weights are built from (kept: the app releases its own copy). */
  setTopologies(topologies: { country: CountryCode; topology: UnitTopology }[]): void {
    this.#files = topologies;
    this.#topologies = this.#imported ?? topologies;
    if (this.#prepareWanted) this.prepare();
  }

  #imported: FeatureShapes | null = null;

  /**
   * The unit shapes changed (a boundary import, or null: back to the boundary files'): the weights
   * are built again from the shapes in use, and a result computed on the old neighbours is dropped
   * (its map would mislead).
   */
  useShapes(imported: FeatureShapes | null): void {
    if (imported === this.#imported) return;
    this.#imported = imported;
    this.#topologies = imported ?? this.#files;
    this.#weights.clear();
    this.#prepared.clear();
    this.#seq++;
    this.#runner.reset();
    this.running = false;
    this.run = null;
    this.drawn = null;
    this.brushed = null;
    if (this.#topologies && this.#prepareWanted) this.prepare();
  }

  get hasBoundaries(): boolean {
    return this.#topologies !== null;
  }

  /**
   * Readies the worker for a run with the current settings (the Hotspots view calls it when it
   * opens): the worker starts, receives the boundary files and builds the weights ahead of the
   * click on Run. Nothing to do before the boundaries are loaded or when these weights are held.
   */
  prepare(): void {
    const settings = this.settings;
    this.#prepareWanted = !this.#topologies;
    if (!this.#topologies || this.#weights.has(weightsKey(settings))) return;
    // A failure is reported by the run that needs the weights.
    const key = weightsKey(settings);
    this.#runner
      .prepare(this.#topologies, { contiguity: settings.contiguity, snapMeters: settings.snapMeters })
      .then(() => this.#prepared.add(key))
      .catch(() => undefined);
  }

  /** A new variable: the result of another variable is dropped (its map would mislead); its period starts at the catalog's value. */
  setVariable(variable: string): void {
    if (variable === this.settings.variable) return;
    this.settings = { ...this.settings, variable, time: null };
    this.run = null;
    this.brushed = null;
  }

  /** A year of the yearly variable, or the change between two years (differential Moran), or null: the catalog's value. */
  setTime(time: HotspotTime | null): void {
    if (JSON.stringify(time) === JSON.stringify(this.settings.time)) return;
    this.settings = { ...this.settings, time };
  }

  setStatistic(statistic: HotspotStatistic): void {
    this.settings = { ...this.settings, statistic };
  }

  setContiguity(contiguity: Contiguity): void {
    this.settings = { ...this.settings, contiguity };
  }

  setSnap(metres: number): void {
    this.settings = { ...this.settings, snapMeters: clampSnap(metres, this.settings.snapMeters) };
  }

  setPermutations(permutations: number): void {
    this.settings = { ...this.settings, permutations };
  }

  setAlpha(alpha: number): void {
    this.settings = { ...this.settings, alpha };
  }

  setCorrection(correction: HotspotCorrection): void {
    this.settings = { ...this.settings, correction };
  }

  setSeed(seed: number): void {
    if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) this.settings = { ...this.settings, seed };
  }

  setMapMode(mode: HotspotMapMode): void {
    this.mapMode = mode;
  }

  /** The map has drawn the colours of `run` (or cannot: the panels need not wait for it). */
  mapDrew(run: HotspotRun | null): void {
    if (this.drawn !== run) this.drawn = run;
  }

  setBrushed(mask: Uint8Array | null): void {
    this.brushed = mask && mask.some((x) => x === 1) ? mask : null;
  }

  /**
   * Runs the current settings on `values` (aligned to the unit order, NaN = missing) of variable
   * `entry` in the worker. Weights built once per contiguity and tolerance are reused. A run
   * already going is cancelled.
   */
  async start(values: Float64Array, entry: CatalogEntry): Promise<void> {
    const settings = this.settings;
    const key = weightsKey(settings);
    const cached = this.#weights.get(key) ?? null;
    if (!cached && !this.#topologies) {
      this.error = 'the boundary files are not loaded yet';
      return;
    }
    const my = ++this.#seq;
    const startedMs = performance.now();
    this.running = true;
    this.cancelled = false;
    this.error = '';
    this.done = 0;
    this.total = values.length;
    // Weights built ahead in the worker: the run starts with the permutations (a progress bar with
    // a value from the first frame, not an indeterminate one switched over by the first report).
    this.phase = cached || this.#prepared.has(key) ? 'permutations' : 'weights';
    try {
      const out = await this.#runner.start(
        {
          values,
          weights: cached,
          topologies: cached ? null : this.#topologies,
          weightOptions: { contiguity: settings.contiguity, snapMeters: settings.snapMeters },
          options: {
            statistic: settings.statistic,
            permutations: settings.permutations,
            seed: settings.seed,
            alpha: settings.alpha,
            correction: settings.correction,
          },
        },
        (phase, done, total) => {
          if (my !== this.#seq) return;
          this.phase = phase;
          this.done = done;
          this.total = total;
        },
      );
      if (my !== this.#seq) return;
      if (typeof window !== 'undefined' && window.__focal) {
        window.__focal.hotspotRun = { startedMs, receivedMs: performance.now(), weightsMs: out.weightsMs, statsMs: out.statsMs };
      }
      this.#weights.set(key, out.weights);
      this.run = { data: out.result, settings, entry, weights: out.weights, weightsMs: out.weightsMs, statsMs: out.statsMs };
      this.brushed = null;
    } catch (err) {
      if (my !== this.#seq) return;
      if (isHotspotCancelled(err)) this.cancelled = true;
      else this.error = message(err);
    } finally {
      if (my === this.#seq) this.running = false;
    }
  }

  cancel(): void {
    // Cancelling ends the worker, and the weights it had built with it.
    if (this.running) this.#prepared.clear();
    this.#runner.cancel();
  }
}
