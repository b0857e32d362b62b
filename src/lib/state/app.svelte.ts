import type { CatalogEntry, CountryCode, Manifest } from '../data/schema.ts';
import { boundariesFrom, outlinesFrom, type Boundaries, type Outlines } from '../geo/boundaries.ts';
import { Choropleth, type ClassMethod } from './choropleth.svelte.ts';
import { DataEngine } from './data-engine.svelte.ts';
import { Hover } from './hover.svelte.ts';
import { Locale, preferredLang } from './locale.svelte.ts';
import { Profile } from './profile.svelte.ts';
import { defaultIndicator } from './default-indicator.ts';
import { indicatorColumnFromCsv } from './indicator-column-from-csv.ts';
import { requestDataset } from '../data/dataset-files.ts';
import { installFocalHooks, type Milestones } from './focal-hooks.ts';
import { Targeting } from './targeting.svelte.ts';
import { rankTablesFromCsv } from './rank-tables-from-csv.ts';
import { indexCatalogEntry } from './index-catalog-entry.ts';
import { Hotspots } from './hotspots.svelte.ts';
import { hotspotVariableEntry } from './hotspot-variable.ts';
import { GROUP_VARIABLE_PREFIX, INDEX_VARIABLE } from './hotspot-settings.ts';
import { Investments } from './investments.svelte.ts';
import { pick } from '../i18n/pick.ts';
import type { DatasetFiles } from '../data/tables.ts';
import type { JoinReport, JoinTarget } from '../data/join/join-types.ts';
import { emptyWorkspace, type Workspace } from '../data/workspace.ts';
import { workspaceData } from './workspace-data.ts';
import { mergedDataset } from './merged-dataset.ts';
import { clearWorkspace, loadWorkspace, saveWorkspace } from './workspace-store.ts';
import type { WorkspaceProblem } from './workspace-problem.ts';
import { workspaceJoinTargets } from './workspace-join-targets.ts';
import { withGeometries } from '../geo/with-geometries.ts';
import { countryLocator } from '../data/country-locator.ts';
import { MapCamera } from './map-camera.svelte.ts';
import { RankingFilters } from './ranking-filters.svelte.ts';

/** What the map and the left panel show: one indicator, the targeting index, or hotspots. */
export type AppView = 'indicator' | 'index' | 'hotspots' | 'investments' | 'data';

const NO_REPORTS: ReadonlyMap<string, JoinReport | null> = new Map();

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The application: start-up, the current indicator, selection and language. Components read its
 * fields and call its methods.
 */
export class App {
  readonly locale = new Locale(preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages));
  readonly choropleth = new Choropleth(() => this.boundaries?.features);
  readonly engine = new DataEngine();
  readonly profile = new Profile();
  readonly hover = new Hover();
  readonly targeting = new Targeting();
  readonly hotspots = new Hotspots();
  readonly investments = new Investments();
  /** Where the map looks (a link sets it). */
  readonly camera = new MapCamera();
  /** The ranking table's filters and sort (a link sets them). */
  readonly rankingFilters = new RankingFilters();
  #workspaceRestored: () => void = () => undefined;
  /** Resolves once the stored workspace has been restored (or could not be): a link is applied after it. */
  readonly workspaceRestored: Promise<void> = new Promise((resolve) => (this.#workspaceRestored = resolve));

  boundaries = $state.raw<Boundaries | null>(null);
  /** Basemap lines, computed just after the first map (they are not needed to colour it). */
  outlines = $state.raw<Outlines | null>(null);
  catalog = $state.raw<CatalogEntry[]>([]);
  /** Null until loaded; `manifestError` says why it is missing. */
  manifest = $state.raw<Manifest | null>(null);
  manifestError = $state('');
  /** The indicator the picker shows (the map follows once its values arrive). */
  pickedId = $state('');
  /** A failure that leaves the app without a map. */
  loadError = $state('');
  selected = $state(-1);
  /** A failed indicator query (the map keeps the previous indicator). */
  queryError = $state('');
  view = $state<AppView>('indicator');
  /** The planner's imports, spec and settings (restored from IndexedDB at start). */
  workspace = $state.raw<Workspace>(emptyWorkspace());
  /** Join report of each import in the workspace (null: placed by coordinates only). */
  workspaceReports = $state.raw<ReadonlyMap<string, JoinReport | null>>(NO_REPORTS);
  /** Why the stored workspace could not be restored or saved; null when all is well. Shown translated. */
  workspaceProblem = $state.raw<WorkspaceProblem | null>(null);

  #milestones: Milestones | null = null;
  #csv = '';
  #seq = 0;
  #topologies: Parameters<typeof outlinesFrom>[0] = [];
  /** The default dataset's texts (the workspace's rows are appended to copies of them). */
  #base: DatasetFiles | null = null;
  #baseCatalog: CatalogEntry[] = [];
  /** Default boundaries, kept so that imported geometries can be undone. */
  #baseBoundaries: Boundaries | null = null;
  #targets: Promise<JoinTarget[]> | null = null;
  #countryAt: ((lon: number, lat: number) => CountryCode | null) | null = null;
  /** The last reload of DuckDB with the workspace's rows: queries wait for it. */
  #dbReload: Promise<unknown> = Promise.resolve();

  /** Fetches everything in parallel: the first map from the files, DuckDB in its lazy chunk. */
  async start(): Promise<void> {
    this.#milestones = installFocalHooks();
    const files = requestDataset();
    const texts = Promise.all([files.units, files.indicators, files.catalog, files.investments]).then(
      ([units, indicators, catalog, investments]) => ({ units, indicators, catalog, investments }),
    );
    texts.catch(() => undefined); // reported by the engine, which awaits it
    texts.then((t) => (this.#base = t), () => undefined);
    this.engine.start(texts).then(
      () => this.#milestones?.dbReady(),
      (err) => this.#milestones?.dbFailed(err),
    );
    files.manifest.then(
      (m) => (this.manifest = m),
      (err) => (this.manifestError = message(err)),
    );
    try {
      const [topologies, csv, catalog] = await Promise.all([files.topologies, files.indicators, files.catalog]);
      const boundaries = boundariesFrom(topologies);
      if (!boundaries.features.length) throw new Error('the boundary files hold no municipios');
      const entry = defaultIndicator(catalog);
      if (!entry) throw new Error('catalog.json lists no indicator');
      this.#csv = csv;
      this.catalog = catalog;
      this.#baseCatalog = catalog;
      this.boundaries = boundaries;
      this.#baseBoundaries = boundaries;
      this.pickedId = entry.id;
      this.choropleth.show(entry, indicatorColumnFromCsv(csv, entry.id, boundaries.indexById, boundaries.features.length));
      this.#topologies = topologies;
    } catch (err) {
      this.loadError = message(err);
      this.#milestones?.mapFailed(err);
    }
  }

  /** Called by the map once deck.gl has drawn the first coloured frame (not before: see layer-is-drawn.ts). */
  firstMapDrawn(): void {
    this.#milestones?.firstMap();
    // The basemap lines are not needed to colour the map: build them once it is on screen.
    setTimeout(() => {
      this.outlines = outlinesFrom(this.#topologies);
      // The hotspot weights are built from the boundary files: the hotspot state keeps them.
      this.hotspots.setTopologies(this.#topologies);
      this.#topologies = [];
      this.#feedTargeting();
      void this.#restoreWorkspace();
    }, 0);
  }

  /** The country of a point: of the unit containing it, else of the nearest unit (null before the boundaries load). */
  countryAt(lon: number, lat: number): CountryCode | null {
    const b = this.#baseBoundaries;
    if (!b) return null;
    this.#countryAt ??= countryLocator(b.features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));
    return this.#countryAt(lon, lat);
  }

  /** Units and El Salvador's distritos, the targets of every join (distritos fetched on first use). */
  joinTargets(): Promise<JoinTarget[]> {
    const b = this.#baseBoundaries;
    if (!b) return Promise.reject(new Error('the boundaries are not loaded yet'));
    this.#targets ??= workspaceJoinTargets(b.features.map((f) => f.properties), new URL('./data/', document.baseURI).href);
    this.#targets.catch(() => (this.#targets = null));
    return this.#targets;
  }

  /**
   * Makes `ws` the workspace: joins and applies every import, then shows the data everywhere
   * (catalog, map, index builder, DuckDB, investments) and stores it. Throws (an ImportError for a
   * bad file, a quota error from the store) and changes nothing when any step before the swap fails.
   * `store: false` when `next` was just read from the store (the restore at start).
   */
  async applyWorkspace(next: Workspace, store = true): Promise<void> {
    // The index as it is now goes with it (the stored one may be half a second behind).
    const ws = this.#restored ? { ...next, spec: $state.snapshot(this.targeting.spec) as Workspace['spec'] } : next;
    const base = this.#base ?? (await this.#baseTexts());
    const b0 = this.#baseBoundaries;
    if (!b0) throw new Error('the boundaries are not loaded yet');
    const data = workspaceData(ws, await this.joinTargets(), this.#baseCatalog, b0.features.map((f) => f.properties), (x, y) => this.countryAt(x, y));
    const merged = mergedDataset(base, data);
    if (store) await saveWorkspace(ws);
    this.#show(ws, data.reports, merged, withGeometries(b0, data.geometries));
    this.workspaceProblem = null;
  }

  /** Back to the default data: the stored workspace is cleared (the caller has asked the planner). */
  async resetWorkspace(): Promise<void> {
    await clearWorkspace();
    const base = this.#base ?? (await this.#baseTexts());
    if (this.#baseBoundaries) this.#show(emptyWorkspace(), NO_REPORTS, base, this.#baseBoundaries);
  }

  /**
   * Keeps the index spec in the stored workspace, half a second after the last change (a slider
   * drag saves once). Called by the app shell whenever the spec changes.
   */
  rememberSpec(): void {
    if (!this.#restored) return;
    clearTimeout(this.#specTimer);
    this.#specTimer = setTimeout(() => void this.#saveSpec(), 500);
  }

  #specTimer: ReturnType<typeof setTimeout> | undefined;

  async #saveSpec(): Promise<void> {
    // A stored workspace that could not be restored is not overwritten by a mere change of weights.
    if (this.workspaceProblem?.kind === 'restore') return;
    const ws = { ...this.workspace, spec: $state.snapshot(this.targeting.spec) as Workspace['spec'] };
    try {
      await saveWorkspace(ws);
      this.workspace = ws;
    } catch (error) {
      this.workspaceProblem = { kind: 'save', error };
    }
  }

  #restored = false;

  async #restoreWorkspace(): Promise<void> {
    try {
      const { workspace, reason } = await loadWorkspace();
      if (reason) this.workspaceProblem = { kind: 'load', reason };
      if (workspace.imports.length) await this.applyWorkspace(workspace, false);
      else this.workspace = workspace;
      if (workspace.spec) this.targeting.restoreSpec(workspace.spec);
    } catch (error) {
      this.workspaceProblem = { kind: 'restore', error };
    } finally {
      this.#restored = true;
      this.#workspaceRestored();
    }
  }

  async #baseTexts(): Promise<DatasetFiles> {
    const files = requestDataset();
    const [units, indicators, catalog, investments] = await Promise.all([files.units, files.indicators, files.catalog, files.investments]);
    return (this.#base = { units, indicators, catalog, investments });
  }

  /** Swaps the shown data for `merged` (all in one go: nothing here can fail half-way). */
  #show(ws: Workspace, reports: ReadonlyMap<string, JoinReport | null>, merged: DatasetFiles, boundaries: Boundaries): void {
    this.workspace = ws;
    this.workspaceReports = reports;
    this.#csv = merged.indicators;
    this.catalog = merged.catalog;
    if (boundaries !== this.boundaries) this.boundaries = boundaries;
    const b = this.boundaries!;
    const extra = merged.catalog.slice(this.#baseCatalog.length);
    this.targeting.setTables(rankTablesFromCsv(merged.indicators, b.features.map((f) => f.properties)), this.#baseCatalog, extra);
    this.investments.reset({ investmentsCsv: merged.investments, indicatorsCsv: merged.indicators, catalog: merged.catalog });
    if (this.engine.status !== 'error') {
      this.#dbReload = this.engine.db.then((db) => db.reload(merged)).catch((err) => (this.queryError = message(err)));
    }
    if (!this.catalog.some((e) => e.id === this.pickedId)) this.pickedId = defaultIndicator(this.catalog)?.id ?? '';
    if (this.view === 'investments') void this.#prepareInvestments();
    else if (this.view === 'indicator') void this.setIndicator(this.pickedId);
  }

  /** Gives the index builder its tables (boundary units, indicators.csv), once. */
  #feedTargeting(): void {
    const b = this.boundaries;
    if (this.targeting.ready || !b || !this.#csv) return;
    this.targeting.setTables(
      rankTablesFromCsv(
        this.#csv,
        b.features.map((f) => f.properties),
      ),
      this.#baseCatalog,
      this.catalog.slice(this.#baseCatalog.length),
    );
  }

  /** Shows the index (map coloured by its score) or the picked indicator. */
  setView(view: AppView): void {
    if (view === this.view) return;
    this.view = view;
    if (view === 'index') {
      this.#feedTargeting();
      this.showIndex();
    } else if (view === 'hotspots') {
      this.#feedTargeting();
      void this.showHotspotVariable();
    } else if (view === 'investments') {
      this.#feedTargeting();
      void this.#prepareInvestments();
    } else if (view === 'data') {
      // "Your data": the map keeps what it shows while the planner imports files.
    } else {
      void this.setIndicator(this.pickedId);
    }
  }

  /** Places the investment rows in the units, once (the investments view). */
  async #prepareInvestments(): Promise<void> {
    const b = this.boundaries;
    if (this.investments.ready || !b) return;
    await this.investments.prepare(b.features, new URL('./data/', document.baseURI).href);
  }

  /**
   * The need the investments are compared with: the index score, or the picked indicator; shown
   * on the choropleth (the tooltip and the no-data hatch follow it).
   */
  async showInvestmentNeed(): Promise<void> {
    const inv = this.investments;
    const seq = ++this.#seq;
    if (inv.needSource === 'index') {
      const r = this.targeting.result;
      inv.need = r ? r.index.score : null;
      inv.needLabel = r ? pick(indexCatalogEntry(this.targeting.spec, this.locale.lang).label, this.locale.lang) : '';
      if (r && this.view === 'investments') this.choropleth.show(indexCatalogEntry(this.targeting.spec, this.locale.lang), r.index.score, this.#withinCountry());
      return;
    }
    const entry = this.catalog.find((e) => e.id === this.pickedId);
    const values = entry ? await this.indicatorValues(entry.id) : null;
    if (seq !== this.#seq || this.view !== 'investments') return;
    inv.need = values;
    inv.needLabel = entry ? pick(entry.label, this.locale.lang) : '';
    if (entry && values) this.choropleth.show(entry, values);
  }

  /** Colours the map by the current index score (called again on every recomputation). */
  showIndex(): void {
    const r = this.targeting.result;
    if (this.view === 'index' && r) this.choropleth.show(indexCatalogEntry(this.targeting.spec, this.locale.lang), r.index.score, this.#withinCountry());
  }

  /** Whether index and group scores are normalised within each country (then never drawn on one regional scale). */
  #withinCountry(): boolean {
    return this.targeting.spec.normalisation.scope === 'country';
  }

  /**
   * The hotspot variable and its values (aligned to the unit order), or null while the index it
   * needs is not computed yet or the variable is unknown.
   */
  async hotspotVariable(): Promise<{ entry: CatalogEntry; values: Float64Array } | null> {
    const id = this.hotspots.settings.variable;
    const entry = hotspotVariableEntry(id, this.targeting.spec, this.catalog, this.locale.lang);
    if (!entry) return null;
    if (id === INDEX_VARIABLE || id.startsWith(GROUP_VARIABLE_PREFIX)) {
      const r = this.targeting.result;
      if (!r) return null;
      const values = id === INDEX_VARIABLE ? r.index.score : r.index.nodeScores.get(id.slice(GROUP_VARIABLE_PREFIX.length));
      return values ? { entry, values } : null;
    }
    const values = await this.indicatorValues(id);
    return values ? { entry, values } : null;
  }

  /** Colours the map by the hotspot variable (the cluster colours go over it once a run is done). */
  async showHotspotVariable(): Promise<void> {
    const seq = ++this.#seq;
    try {
      const v = await this.hotspotVariable();
      if (seq !== this.#seq || this.view !== 'hotspots' || !v) return;
      const id = this.hotspots.settings.variable;
      const score = id === INDEX_VARIABLE || id.startsWith(GROUP_VARIABLE_PREFIX);
      this.choropleth.show(v.entry, v.values, score && this.#withinCountry());
      this.queryError = '';
    } catch (err) {
      if (seq === this.#seq) this.queryError = `${this.hotspots.settings.variable}: ${message(err)}`;
    }
  }

  /** Values of catalog indicator `id` in the unit order: from DuckDB when ready, else from the CSV. */
  async indicatorValues(id: string): Promise<Float64Array | null> {
    const b = this.boundaries;
    if (!b || !this.catalog.some((e) => e.id === id)) return null;
    await this.#dbReload;
    return this.engine.status === 'ready'
      ? (await this.engine.db).column(id, b.indexById, b.features.length)
      : indicatorColumnFromCsv(this.#csv, id, b.indexById, b.features.length);
  }

  /** Maps indicator `id`: values from DuckDB when ready, else straight from the CSV. */
  async setIndicator(id: string): Promise<void> {
    const entry = this.catalog.find((e) => e.id === id);
    const b = this.boundaries;
    if (!entry || !b) return;
    this.pickedId = id;
    this.view = 'indicator';
    const seq = ++this.#seq;
    try {
      await this.#dbReload;
      const values =
        this.engine.status === 'ready'
          ? await (await this.engine.db).column(id, b.indexById, b.features.length)
          : indicatorColumnFromCsv(this.#csv, id, b.indexById, b.features.length);
      if (seq !== this.#seq || this.view !== 'indicator') return;
      this.choropleth.show(entry, values);
      this.queryError = '';
    } catch (err) {
      if (seq === this.#seq) this.queryError = `${id}: ${message(err)}`;
    }
  }

  setMethod(method: ClassMethod): void {
    this.choropleth.setMethod(method);
  }

  setK(k: number): void {
    this.choropleth.setK(k);
  }

  /** Selects unit `index` (−1 clears) and opens its profile. */
  select(index: number): void {
    const f = this.boundaries?.features[index];
    if (!f) {
      this.clearSelection();
      return;
    }
    this.selected = index;
    void this.profile.open(f.properties, this.catalog, this.engine.db);
  }

  clearSelection(): void {
    this.selected = -1;
    this.profile.close();
  }
}
