import type { CatalogEntry } from '../data/schema.ts';
import type { AppView } from './app-view.ts';
import { Choropleth, type SeverityBasis, type ShownYear } from './choropleth.svelte.ts';
import { severityCutsOf, severityRule, severityScale } from '../data/unit-severity.ts';
import type { ClassMethod } from '../analysis/class-methods.ts';
import { Hover } from './hover.svelte.ts';
import { Profile } from './profile.svelte.ts';
import { defaultIndicator } from './default-indicator.ts';
import { indexCatalogEntry } from './index-catalog-entry.ts';
import { hotspotVariableEntry } from './hotspot-variable.ts';
import { GROUP_VARIABLE_PREFIX, INDEX_VARIABLE } from './hotspot-settings.ts';
import { pick } from '../i18n/pick.ts';
import { MapCamera } from './map-camera.svelte.ts';
import { featuresBounds } from '../geo/bounds.ts';
import { RankingFilters } from './ranking-filters.svelte.ts';
import { errorMessage } from './error-message.ts';
import { hotspotMask, investmentsComparison, type InvestmentsComparison } from './investments-comparison.ts';
import type { Session } from './session.svelte.ts';
import { latestAvailable } from '../analysis/latest-available.ts';
import { YearPlayer } from './year-player.ts';
import { DEFAULT_YEAR_CHOICE, entryInPeriod, yearShown, yearSpan, type YearChoice } from './year-choice.ts';
import { ChangeMap, type ChangeChoice } from './change-map.svelte.ts';
import { hotspotChangeShown, hotspotTimeValues } from './hotspot-time-values.ts';
import { pickRange, toggledPick, withPicked } from './unit-picks.ts';

/**
 * What the planner looks at: the tab, the indicator or score the map is coloured by (the
 * choropleth), the need the investments are compared with, the hotspot variable, the selected
 * unit and its profile, the hovered unit, where the map looks, and the ranking table's filters.
 * It reads the data from the {@link Session} and follows its changes.
 */
/** The closest a framed municipio is shown: the smallest still has its neighbours around it. */
const FOCUS_MAX_ZOOM = 9;

export class MapView {
  readonly #session: Session;
  readonly choropleth: Choropleth;
  readonly profile = new Profile();
  readonly hover = new Hover();
  /** Where the map looks (a link sets it). */
  readonly camera = new MapCamera();
  /** The ranking table's filters and sort (a link sets them). */
  readonly rankingFilters = new RankingFilters();
  /** The change between two years of a yearly indicator, when the indicator view shows it instead of one year. */
  readonly change: ChangeMap;
  /** The Hotspots view's variable when it is a change between two years: drawn as a change map until a run colours the clusters. */
  readonly hotspotChange: ChangeMap;

  /** The indicator the picker shows (the map follows once its values arrive). */
  pickedId = $state('');
  /**
   * The year the picked indicator is shown in when it is yearly (a link sets it; a new indicator
   * starts at its reference year).
   */
  yearChoice = $state.raw<YearChoice>(DEFAULT_YEAR_CHOICE);
  /** True while the years play (the control shows pause). */
  yearsPlaying = $state(false);
  /** Plays the picked indicator's years on the map (it stops when the indicator or the view changes). */
  readonly player = new YearPlayer(
    () => ({
      years: this.view === 'indicator' ? (this.pickedEntry?.years ?? []) : [],
      year: this.pickedYear,
      show: (year) => this.setYear(year),
      drawn: () => new Promise<void>((resolve) => this.#whenDrawn.push(resolve)),
    }),
    (playing) => (this.yearsPlaying = playing),
  );

  /** Waiting for the next choropleth colouring on screen (see {@link MapView.choroplethDrawn}). */
  #whenDrawn: (() => void)[] = [];

  /** Called by the map once a frame with the choropleth's latest colours is on screen. */
  choroplethDrawn(): void {
    const waiting = this.#whenDrawn;
    this.#whenDrawn = [];
    for (const resolve of waiting) resolve();
  }
  selected = $state(-1);
  view = $state<AppView>('indicator');
  /** Whether the map shows the names of departments and municipios (the map controls' toggle; a link keeps it). */
  labels = $state(true);
  /** The units multi-selected (unit-picks.ts; 1 = picked, unit order), or null when none is. */
  picks = $state.raw<Uint8Array | null>(null);
  /** The row a shift-click or shift+space picks from (the last row clicked or picked), or −1. */
  pickAnchor = -1;

  /**
   * The investments view's comparison of coverage with need (the underserved units, outlined on
   * the map and listed beside it); null in the other views or before the need is known.
   */
  readonly investmentComparison: InvestmentsComparison | null = $derived.by(() => {
    const s = this.#session;
    const inv = s.investments;
    if (this.view !== 'investments') return null;
    // Caught up with the map: the map's comparison, not computed twice.
    if (inv.result === inv.mapResult) return this.investmentMapComparison;
    return investmentsComparison(inv, inv.result, s.targeting.result, s.hotspots.run);
  });
  /**
   * The same for the coverage the map shows (its underserved outline): after a change of the
   * filter it is the newest one a frame before the panels' {@link investmentComparison}.
   */
  readonly investmentMapComparison: InvestmentsComparison | null = $derived.by(() => {
    const s = this.#session;
    return this.view === 'investments' ? investmentsComparison(s.investments, s.investments.mapResult, s.targeting.result, s.hotspots.run) : null;
  });

  /** Numbers the map's queries: an answer that arrives after a newer query is dropped. */
  #seq = 0;

  constructor(session: Session) {
    this.#session = session;
    this.choropleth = new Choropleth(() => session.boundaries?.features);
    this.change = new ChangeMap(() => this.choropleth.unitCountry);
    this.hotspotChange = new ChangeMap(() => this.choropleth.unitCountry);
    session.onDataChange((change) => {
      if (change === 'loaded') this.#showFirst();
      else if (change === 'years') this.#yearsRead();
      else this.#refresh();
    });
  }

  /** The picked indicator's catalog entry (undefined when none). */
  get pickedEntry(): CatalogEntry | undefined {
    return this.#session.catalog.find((e) => e.id === this.pickedId);
  }

  /**
   * The year the map shows for the picked indicator (the chosen one, else its reference year);
   * null when the indicator is not yearly.
   */
  get pickedYear(): number | null {
    const entry = this.pickedEntry;
    return entry ? yearShown(entry, this.yearChoice) : null;
  }

  /** The yearly values were read (after the first map): a yearly indicator on the map is shown in its chosen year, on classes fixed over its years. */
  #yearsRead(): void {
    if (this.view === 'indicator' && this.pickedEntry?.years?.length) void this.setIndicator(this.pickedId, this.yearChoice);
  }

  /**
   * Shows the picked indicator in `year` (null: its reference year), keeping "latest available"
   * unless `latest` says otherwise: a recolour from the columns in memory, as an indicator switch.
   */
  setYear(year: number | null, latest = this.yearChoice.latest): void {
    void this.setIndicator(this.pickedId, { year, latest });
  }

  /**
   * Values of yearly `entry` for `choice` from the yearly columns, with the entry named for their
   * period and the series (classes fixed over all years); null when the entry is not yearly or its
   * yearly values are not read yet (then the reference year's values are shown, as at start).
   */
  #yearValues(entry: CatalogEntry, choice: YearChoice): { entry: CatalogEntry; values: Float64Array; year: ShownYear } | null {
    const series = entry.years?.length ? this.#session.yearSeries(entry.id) : null;
    const y = yearShown(entry, choice);
    if (!series || y === null) return null;
    const k = series.years.indexOf(y);
    // Columns read for other units (a workspace's geometries just swapped in) wait for the new read.
    if (k < 0 || series.columns[k].length !== this.#session.boundaries?.features.length) return null;
    if (choice.latest) {
      const { values, year } = latestAvailable(series.years, series.columns, y);
      return { entry: entryInPeriod(entry, yearSpan(year) || String(y)), values, year: { years: series.years, columns: series.columns, year: y, unitYear: year } };
    }
    return { entry: entryInPeriod(entry, String(y)), values: series.columns[k].slice(), year: { years: series.years, columns: series.columns, year: y, unitYear: null } };
  }

  /** The first map: the default indicator, straight from the CSV (DuckDB is not needed to colour it). */
  #showFirst(): void {
    const entry = defaultIndicator(this.#session.catalog);
    const values = entry && this.#session.valuesFromCsv(entry.id);
    if (!entry || !values) return;
    this.pickedId = entry.id;
    this.choropleth.show(entry, values);
  }

  /** After the data were swapped: the picked indicator still exists, and the view shows the new data. */
  #refresh(): void {
    const s = this.#session;
    if (!s.catalog.some((e) => e.id === this.pickedId)) this.pickedId = defaultIndicator(s.catalog)?.id ?? '';
    if (this.view === 'investments') void s.prepareInvestments();
    else if (this.view === 'indicator') void this.setIndicator(this.pickedId);
  }

  /** Shows the index (map coloured by its score) or the picked indicator. */
  setView(view: AppView): void {
    if (view === this.view) return;
    this.player.pause();
    this.view = view;
    if (view === 'index') {
      this.#session.feedTargeting();
      this.showIndex();
    } else if (view === 'hotspots') {
      this.#session.feedTargeting();
      // The worker starts and builds the weights while the planner reads the panel.
      this.#session.hotspots.prepare();
      void this.showHotspotVariable();
    } else if (view === 'investments') {
      this.#session.feedTargeting();
      void this.#session.prepareInvestments();
    } else if (view === 'data') {
      // "Your data": the map keeps what it shows while the planner imports files.
    } else {
      void this.setIndicator(this.pickedId);
    }
  }

  /**
   * The need the investments are compared with: the index score, or the picked indicator; shown
   * on the choropleth (the tooltip and the no-data hatch follow it).
   */
  async showInvestmentNeed(): Promise<void> {
    const s = this.#session;
    const inv = s.investments;
    const seq = ++this.#seq;
    if (inv.needSource === 'index') {
      const r = s.targeting.result;
      inv.need = r ? r.index.score : null;
      inv.needLabel = r ? pick(indexCatalogEntry(s.targeting.spec, s.locale.lang).label, s.locale.lang) : '';
      if (r && this.view === 'investments') this.choropleth.show(indexCatalogEntry(s.targeting.spec, s.locale.lang), r.index.score, this.#withinCountry());
      return;
    }
    if (inv.needSource === 'hotspots') {
      // The high–high clusters of the hotspot run (none: the panel offers to run it).
      const run = s.hotspots.run;
      const mask = hotspotMask(run, s.boundaries?.features.length ?? 0);
      inv.need = mask ? Float64Array.from(mask) : null;
      inv.needLabel = run && mask ? pick(run.entry.label, s.locale.lang) : '';
      return;
    }
    const entry = s.catalog.find((e) => e.id === this.pickedId);
    const values = entry ? await s.indicatorValues(entry.id) : null;
    if (seq !== this.#seq || this.view !== 'investments') return;
    inv.need = values;
    inv.needLabel = entry ? pick(entry.label, s.locale.lang) : '';
    if (entry && values) this.choropleth.show(entry, values);
  }

  /** Colours the map by the current index score (called again on every recomputation). */
  showIndex(): void {
    const s = this.#session;
    const r = s.targeting.result;
    if (this.view === 'index' && r) this.choropleth.show(indexCatalogEntry(s.targeting.spec, s.locale.lang), r.index.score, this.#withinCountry(), null, this.#severity());
  }

  /** The severity classes the index's spec states (its rule, the score's range, the cut-offs). */
  #severity(): SeverityBasis {
    const spec = this.#session.targeting.spec;
    return { rule: severityRule(spec), scale: severityScale(spec), at: severityCutsOf(spec) };
  }

  /** Whether index and group scores are normalised within each country (then never drawn on one regional scale). */
  #withinCountry(): boolean {
    return this.#session.targeting.spec.normalisation.scope === 'country';
  }

  /**
   * The hotspot variable and its values (aligned to the unit order), or null while the index it
   * needs is not computed yet or the variable is unknown.
   */
  async hotspotVariable(): Promise<{ entry: CatalogEntry; values: Float64Array } | null> {
    const s = this.#session;
    const id = s.hotspots.settings.variable;
    const entry = hotspotVariableEntry(id, s.targeting.spec, s.catalog, s.locale.lang);
    if (!entry) return null;
    if (id === INDEX_VARIABLE || id.startsWith(GROUP_VARIABLE_PREFIX)) {
      const r = s.targeting.result;
      if (!r) return null;
      const values = id === INDEX_VARIABLE ? r.index.score : r.index.nodeScores.get(id.slice(GROUP_VARIABLE_PREFIX.length));
      return values ? { entry, values } : null;
    }
    const time = s.hotspots.settings.time;
    // A year or a change of a yearly indicator: from the yearly columns (null until they are read).
    if (time) return hotspotTimeValues(entry, s.yearSeries(id), time, s.boundaries?.features.length ?? 0);
    const values = await s.indicatorValues(id);
    return values ? { entry, values } : null;
  }

  /**
   * Colours the map by the hotspot variable (the cluster colours go over it once a run is done); a
   * change between two years in the change map's diverging palette ({@link MapView.hotspotChange}).
   */
  async showHotspotVariable(): Promise<void> {
    const s = this.#session;
    const seq = ++this.#seq;
    try {
      const v = await this.hotspotVariable();
      if (seq !== this.#seq || this.view !== 'hotspots' || !v) return;
      const id = s.hotspots.settings.variable;
      const score = id === INDEX_VARIABLE || id.startsWith(GROUP_VARIABLE_PREFIX);
      const entry = score ? undefined : s.catalog.find((e) => e.id === id);
      this.hotspotChange.shown = entry ? hotspotChangeShown(entry, s.yearSeries(id), s.hotspots.settings.time, v.values.length) : null;
      this.choropleth.show(v.entry, v.values, score && this.#withinCountry());
      s.queryError = '';
    } catch (err) {
      if (seq === this.#seq) s.queryError = `${s.hotspots.settings.variable}: ${errorMessage(err)}`;
    }
  }

  /**
   * Maps indicator `id` (its values from the session's columns, read once from the indicators
   * text). A yearly indicator is shown in the year of `year` (by default its reference year for a
   * new indicator, the year chosen for the same one), from the yearly columns once they are read.
   */
  async setIndicator(id: string, year?: YearChoice): Promise<void> {
    const s = this.#session;
    const entry = s.catalog.find((e) => e.id === id);
    if (!entry || !s.boundaries) return;
    if (id !== this.pickedId) this.player.pause();
    if (year) this.yearChoice = year;
    else if (id !== this.pickedId) this.yearChoice = DEFAULT_YEAR_CHOICE;
    this.pickedId = id;
    this.view = 'indicator';
    const seq = ++this.#seq;
    this.#showChange(entry);
    const yearly = this.#yearValues(entry, this.yearChoice);
    if (yearly) {
      this.choropleth.show(yearly.entry, yearly.values, false, yearly.year);
      s.queryError = '';
      return;
    }
    try {
      const values = await s.indicatorValues(id);
      if (seq !== this.#seq || this.view !== 'indicator' || !values) return;
      this.choropleth.show(entry, values);
      s.queryError = '';
    } catch (err) {
      if (seq === this.#seq) s.queryError = `${id}: ${errorMessage(err)}`;
    }
  }

  /**
   * The change map of `entry` when the planner asked for it: its chosen years' columns from the
   * yearly values in memory (no query); nothing when the entry has fewer than two years, its yearly
   * values are not read yet, or they were read for other units.
   */
  #showChange(entry: CatalogEntry): void {
    const series = this.change.active && (entry.years?.length ?? 0) > 1 ? this.#session.yearSeries(entry.id) : null;
    if (!series || series.columns[0]?.length !== this.#session.boundaries?.features.length) {
      this.change.shown = null;
      return;
    }
    this.change.show(entry, series);
  }

  /**
   * Turns the change map on or off, or asks for other years or another mode; the map follows at
   * once from the yearly values in memory.
   */
  setChange(p: Partial<ChangeChoice> & { active?: boolean }): void {
    const { active, ...choice } = p;
    if (active !== undefined) this.change.setActive(active);
    this.change.choose(choice);
    const entry = this.pickedEntry;
    if (this.view === 'indicator' && entry) this.#showChange(entry);
  }

  setMethod(method: ClassMethod): void {
    this.choropleth.setMethod(method);
  }

  setK(k: number): void {
    this.choropleth.setK(k);
  }

  /** Selects unit `index` (−1 clears) and opens its profile. */
  select(index: number): void {
    const s = this.#session;
    const f = s.boundaries?.features[index];
    if (!f) {
      this.clearSelection();
      return;
    }
    this.selected = index;
    void this.profile.open(f.properties, s.catalog, s.engine.db);
  }

  /** Selects unit `index`, opens its profile and frames it on the map (a search hit, a ranking row). */
  focus(index: number): void {
    this.select(index);
    const f = this.#session.boundaries?.features[index];
    const b = f ? featuresBounds([f]) : null;
    if (b) this.camera.fitTo(b, FOCUS_MAX_ZOOM);
  }

  /** Picks unit `index`, or unpicks it when it is picked (ctrl/⌘-click, space); it becomes the anchor of a range. */
  togglePick(index: number): void {
    this.picks = toggledPick(this.picks, index, this.#unitCount());
    this.pickAnchor = index;
  }

  /** Picks the rows from the anchor to unit `index` in the order shown (`order`, unit indices), adding them to the picked. */
  pickTo(order: readonly number[], index: number): void {
    this.picks = withPicked(this.picks, pickRange(order, this.pickAnchor, index), this.#unitCount());
    if (this.pickAnchor < 0) this.pickAnchor = index;
  }

  /** Unpicks every unit (Escape). */
  clearPicks(): void {
    this.picks = null;
    this.pickAnchor = -1;
  }

  #unitCount(): number {
    return this.#session.boundaries?.features.length ?? 0;
  }

  clearSelection(): void {
    this.selected = -1;
    this.profile.close();
  }
}
