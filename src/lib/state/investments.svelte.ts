/**
 * The investments view's state: the rows placed once (investments-prepare.ts, in a
 * worker), the filter (donor with aliases, sector, pillar, years: investments-filter.ts), the
 * coverage recomputed at once on every change (with its time), the map (coverage or need ×
 * coverage, optional points), the need it is compared with, and the underserved threshold.
 * Components read its fields and call its methods.
 */
import { computeCoverage } from '../data/operations.ts';
import { PLACE_KIND, type CoverageResult, type Spread } from '../analysis/coverage-types.ts';
import type { InvestmentPoint } from '../data/investment-point.ts';
import { rowsKept } from '../analysis/coverage.ts';
import { coverageSources } from '../analysis/coverage-sources.ts';
import type { PreparedCoverage } from '../data/coverage-input.ts';
import { donorChoices, type DonorChoice } from '../data/donor-aliases.ts';
import { bivariateClasses, COVERAGE_CLASSES, coverageClasses, OUTSIDE_LIST } from '../analysis/bivariate-classes.ts';
import type { UnitFeature } from '../geo/unit-features.ts';
import { engineFilter, NO_FILTER, type InvestmentFilter } from './investments-filter.ts';
import type { InvestmentTexts, InvestmentsReply } from '../workers/investments.worker.ts';
import { commitmentsFromCsv, type Commitment } from './investments-commitments.ts';
import { fetchDataText } from '../data/dataset-files.ts';
import { moneyByYear, type MoneyByYear, type YearRule } from '../analysis/money-by-year.ts';
import { moneyYearUnits, placedRowsKept } from './investments-by-year.ts';
import { panelsFollow } from './panels-follow.ts';

/** What coverage counts: money or activities. */
export const COVERAGE_MEASURES = ['amount', 'activities'] as const;
export type CoverageMeasure = (typeof COVERAGE_MEASURES)[number];
/** What the investment map shows: coverage classes, or need against coverage. */
export const INVESTMENT_MAP_MODES = ['coverage', 'bivariate'] as const;
export type InvestmentMapMode = (typeof INVESTMENT_MAP_MODES)[number];
/**
 * Where the need comes from: the targeting index, the indicator picked, or the high–high clusters
 * of a hotspot run (then the map shows coverage with the clusters outlined).
 */
export const NEED_SOURCES = ['index', 'indicator', 'hotspots'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

/** Puts the units outside the list (mask 0) in no class. */
function outsideList(classes: Int8Array, mask: Uint8Array): void {
  for (let i = 0; i < classes.length; i++) if (mask[i] !== 1) classes[i] = OUTSIDE_LIST;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export class Investments {
  prepared = $state.raw<PreparedCoverage | null>(null);
  donorChoices = $state.raw<DonorChoice[]>([]);
  /** Years present in the rows (start or end), ascending. */
  years = $state.raw<number[]>([]);
  /** Placing the rows: time in the worker, on the main thread, and from request to answer. */
  prepareMs = $state(NaN);
  mainMs = $state(NaN);
  wallMs = $state(NaN);
  #preparing = false;
  /** The workspace's texts to place instead of the default files (null: the default data). */
  #texts: InvestmentTexts | null = null;
  /** Bumped by {@link reset}: a placement started before it is dropped. */
  #generation = 0;
  computeMs = $state(NaN);
  error = $state('');
  /**
   * The filter and the coverage the panels show. After a change of the filter they follow the map
   * a frame later (see panels-follow.ts): the map's colours come from {@link mapResult}, computed
   * in the task of the input, and reach the screen in a frame without the panels' new layout.
   */
  filter = $state.raw<InvestmentFilter>({ ...NO_FILTER });
  result = $state.raw<CoverageResult | null>(null);
  /** The coverage the map shows (classes, hatch, points): the newest, at once. */
  mapResult = $state.raw<CoverageResult | null>(null);
  /** The filter of {@link mapResult}; a change is made on it, not on the panels' `filter` a frame behind. */
  #mapFilter = $state.raw<InvestmentFilter>({ ...NO_FILTER });
  /** Bumped by each coverage computed: a panels' update scheduled before a newer one is dropped. */
  #shown = 0;
  measure = $state<CoverageMeasure>('amount');
  mapMode = $state<InvestmentMapMode>('bivariate');
  needSource = $state<NeedSource>('index');
  /** Need per unit (index score or the current indicator) and its label; null while not known. */
  need = $state.raw<Float64Array | null>(null);
  needLabel = $state('');
  /**
   * The named list the view is limited to (null: all municipios): its name and its units (1 = in,
   * unit order). The map's classes are computed over its units only; the others are left blank.
   */
  list = $state.raw<{ name: string; mask: Uint8Array } | null>(null);
  /** `population`: department and country money spread over their municipios by population (on request only). */
  spread = $state<Spread>('none');
  /** Draw the geocoded rows kept by the filter as points scaled by amount. */
  showPoints = $state(false);
  /** Each row's coordinates (NaN where none). */
  #lon: Float64Array | null = null;
  #lat: Float64Array | null = null;
  /** Largest number of activities still counted as underserved (0: none). */
  maxActivities = $state(0);
  /** The Call to Action commitments (public/data/commitments.csv), kept apart from the coverage money. */
  commitments = $state.raw<Commitment[] | null>(null);
  commitmentsError = $state('');
  /**
   * How money is put in years (money over time, never the coverage map): all in the start year,
   * all in the end year, or spread evenly over the active years. Named in the view and in every
   * export of money by year.
   */
  yearRule = $state<YearRule>('spread');
  /** The year the priority list's before/after splits at (NaN: the middle of the years with money). */
  splitYear = $state(NaN);

  /** Rows the filter keeps (without its years) that are placed in a municipio: what money by year counts. */
  readonly placedKept: Uint8Array | null = $derived.by(() => placedRowsKept(this));

  /** Per unit: 1 when its country's rows state amounts and years (money by year known at all). */
  readonly moneyUnits: Uint8Array | null = $derived(this.prepared ? moneyYearUnits(this.prepared.input) : null);

  /** All those rows' money by year under the rule: its years, and what lacks a year (for the panel). */
  readonly moneyYears: MoneyByYear | null = $derived.by(() => {
    const p = this.prepared;
    const kept = this.placedKept;
    if (!p || !kept) return null;
    return moneyByYear(p.input, Int32Array.from(kept, (k) => (k ? 0 : -1)), 1, this.yearRule);
  });

  /** Add the `prior` rows (earlier pledges first listed in February 2023) to the commitments table. */
  commitmentsWithPrior = $state(false);

  /** The coverage measure per unit, of the map's coverage ({@link mapResult}). */
  readonly measureValues: Float64Array | null = $derived.by(() => this.#measure(this.mapResult));

  /** The coverage measure per unit of `r` (the map's or the panels' coverage). */
  measureOf(r: CoverageResult | null): Float64Array | null {
    return r !== null && r === this.mapResult ? this.measureValues : this.#measure(r);
  }

  #measure(r: CoverageResult | null): Float64Array | null {
    if (!r) return null;
    return this.measure === 'amount' ? r.amount : Float64Array.from(r.activities);
  }

  /** Rows placed by their point (municipio level) that the filter keeps and that state an amount. */
  readonly points: InvestmentPoint[] = $derived.by(() => {
    const p = this.prepared;
    const lon = this.#lon;
    const lat = this.#lat;
    if (!this.showPoints || !p || !lon || !lat || !this.mapResult) return [];
    const kept = rowsKept(p.input, engineFilter(this.#mapFilter, p, this.donorChoices));
    const out: InvestmentPoint[] = [];
    for (let r = 0; r < kept.length; r++) {
      const a = p.input.amount[r];
      if (kept[r] && p.input.kind[r] === PLACE_KIND.point && a > 0) out.push({ lon: lon[r], lat: lat[r], amount: a });
    }
    return out;
  });

  /**
   * Map classes for the current result, measure, map and need; their colours are built on the map
   * side (map/investment-fill.ts).
   */
  readonly map = $derived.by(() => {
    const r = this.mapResult;
    const m = this.measureValues;
    if (!r || !m) return null;
    const mask = this.list?.mask.length === r.sourced.length ? this.list.mask : null;
    // Limited to a list: the classes of its units only, the others outside every class (blank).
    const sourced = mask ? Uint8Array.from(r.sourced, (x, i) => (mask[i] === 1 ? x : 0)) : r.sourced;
    if (this.mapMode === 'bivariate' && this.need && this.needSource !== 'hotspots') {
      const b = bivariateClasses(this.need, r.activities, m, sourced);
      if (mask) outsideList(b.classes, mask);
      return { mode: 'bivariate' as const, classes: b.classes, breaks: b.coverageBreaks, needBreaks: b.needBreaks };
    }
    const c = coverageClasses(r.activities, m, COVERAGE_CLASSES, sourced);
    if (mask) outsideList(c.classes, mask);
    return { mode: 'coverage' as const, classes: c.classes, breaks: c.breaks, needBreaks: [] };
  });

  /** 1 for the units of a country without investment data (hatched on the map); null before a result. */
  readonly noSourceMask: Uint8Array | null = $derived.by(() => {
    const r = this.mapResult;
    return r ? Uint8Array.from(r.sourced, (x) => (x ? 0 : 1)) : null;
  });

  /** What the rows say per country (covered or not, amounts, years), for the panel's sentences. */
  readonly sources = $derived.by(() => {
    const p = this.prepared;
    if (!p) return null;
    const s = coverageSources(p.input);
    const units = new Array<number>(p.countries.length).fill(0);
    for (const c of p.input.countryOfUnit) units[c]++;
    return p.countries.map((country, c) => ({ country, units: units[c], sourced: s.sourcedCountry[c] === 1, ...s.byCountry[c] }));
  });

  get ready(): boolean {
    return this.prepared !== null;
  }

  /**
   * Places the rows once, in a worker that reads the dataset at `baseUrl` (absolute) itself: units
   * from the boundary files (checked against `features`' order), investments, population and
   * emigrants. `prepareMs`: placing in the worker (after reading); `mainMs`: the main thread's share.
   */
  async prepare(features: readonly UnitFeature[], baseUrl: string): Promise<void> {
    if (this.prepared || this.#preparing) return;
    this.#preparing = true;
    const generation = this.#generation;
    try {
      const t0 = performance.now();
      const worker = new Worker(new URL('../workers/investments.worker.ts', import.meta.url), { type: 'module' });
      const reply = new Promise<InvestmentsReply>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<InvestmentsReply>) => resolve(e.data);
        worker.onerror = (e) => reject(new Error(e.message || 'the investments worker failed'));
      });
      worker.postMessage({ baseUrl, texts: this.#texts });
      this.mainMs = performance.now() - t0;
      const r = await reply.finally(() => worker.terminate());
      if (generation !== this.#generation) return;
      if (r.type === 'error') throw new Error(r.message);
      if (r.unitIds.length !== features.length || r.unitIds.some((id, i) => id !== features[i].properties.unit_id)) {
        throw new Error('the investments worker read the units in another order than the map');
      }
      this.#lon = r.lon;
      this.#lat = r.lat;
      this.prepareMs = r.ms;
      this.wallMs = performance.now() - t0;
      this.#accept(r.prepared);
    } catch (err) {
      this.error = message(err);
    } finally {
      this.#preparing = false;
    }
  }

  /** Reads the commitments file at `baseUrl` (absolute, ending in '/') once. */
  async loadCommitments(baseUrl: string): Promise<void> {
    if (this.commitments) return;
    try {
      this.commitments = commitmentsFromCsv(await fetchDataText(`${baseUrl}commitments.csv`));
      this.commitmentsError = '';
    } catch (err) {
      this.commitmentsError = message(err);
    }
  }

  /**
   * Forgets the placement so the next {@link prepare} places `texts` (the default data with the
   * workspace's rows; null for the default data). Filters are kept.
   */
  reset(texts: InvestmentTexts | null): void {
    this.#generation++;
    this.#texts = texts;
    this.#preparing = false;
    this.prepared = null;
    this.#shown++;
    this.result = null;
    this.mapResult = null;
  }

  #accept(p: PreparedCoverage): void {
    const ys = [...p.input.startYear, ...p.input.endYear].filter(Number.isFinite).sort((a, b) => a - b);
    this.years = ys.filter((y, i) => i === 0 || y !== ys[i - 1]);
    this.donorChoices = donorChoices(p.donors);
    this.prepared = p;
    this.#recompute(false);
  }

  /** A change of the filter: the map at once, the panels a frame later. */
  setFilter(patch: Partial<InvestmentFilter>): void {
    this.#mapFilter = { ...this.#mapFilter, ...patch };
    this.#recompute(true);
  }

  /** Spreading on or off: the map at once, the panels a frame later. */
  setSpread(spread: Spread): void {
    this.spread = spread;
    this.#recompute(true);
  }

  /** The donor choice selected (null: all donors). */
  get donorChoice(): DonorChoice | null {
    return this.donorChoices.find((c) => c.label === this.filter.donor) ?? null;
  }

  /**
   * Computes the coverage of the map's filter for the map; the panels' filter and coverage take it
   * now, or (`follow`) once the map's frame with it is drawn.
   */
  #recompute(follow: boolean): void {
    const p = this.prepared;
    const filter = this.#mapFilter;
    const shown = ++this.#shown;
    const show = (r: CoverageResult | null, error: string | null, ms = NaN) => {
      if (shown !== this.#shown) return;
      this.filter = filter;
      if (r) {
        this.result = r;
        this.computeMs = ms;
      }
      if (error !== null) this.error = error;
    };
    if (!p) {
      show(null, null);
      return;
    }
    try {
      const t0 = performance.now();
      const r = computeCoverage(p.input, { filter: engineFilter(filter, p, this.donorChoices), spread: this.spread });
      const ms = performance.now() - t0;
      this.mapResult = r;
      if (follow) panelsFollow(() => show(r, '', ms));
      else show(r, '', ms);
    } catch (err) {
      show(null, message(err));
    }
  }
}
