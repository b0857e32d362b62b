import type { CatalogEntry, CountryCode, Manifest } from '../data/schema.ts';
import { boundariesFrom, outlinesFrom, type Boundaries, type Outlines } from '../geo/boundaries.ts';
import { DataEngine } from './data-engine.svelte.ts';
import { Locale, preferredLang } from './locale.svelte.ts';
import { defaultIndicator } from './default-indicator.ts';
import { indicatorColumnFromCsv } from './indicator-column-from-csv.ts';
import { fetchDataText, INDICATOR_YEARS_PATH, requestDataset } from '../data/dataset-files.ts';
import { yearColumnsFromCsv, type YearColumns, type YearSeries } from '../data/year-columns.ts';
import { latestAvailable, type LatestAvailable } from '../analysis/latest-available.ts';
import { installFocalHooks, type Milestones } from './focal-hooks.ts';
import { Targeting } from './targeting.svelte.ts';
import { Scenarios } from './scenarios.svelte.ts';
import { rankTablesFromCsv } from './rank-tables-from-csv.ts';
import { Hotspots } from './hotspots.svelte.ts';
import { Investments } from './investments.svelte.ts';
import type { DatasetFiles } from '../data/tables.ts';
import type { RankTables } from '../data/rank-types.ts';
import type { JoinReport, JoinTarget } from '../data/join/join-types.ts';
import { emptyWorkspace, type Workspace } from '../data/workspace.ts';
import type { UnitList } from '../data/unit-list.ts';
import { workspaceData } from './workspace-data.ts';
import { mergedDataset } from './merged-dataset.ts';
import { asideWorkspaces, clearWorkspace, discardAside, loadWorkspace, onWorkspaceWritten, saveWorkspace, setAsideCurrent, StaleWorkspaceError, type AsideWorkspace } from './workspace-store.ts';
import { persistStorage } from './persist-storage.ts';
import type { WorkspaceProblem } from './workspace-problem.ts';
import { workspaceJoinTargets } from './workspace-join-targets.ts';
import { withGeometries } from '../geo/with-geometries.ts';
import { shapesInUse } from '../geo/shapes-in-use.ts';
import { countryLocator, type CountryLocator } from '../data/country-locator.ts';
import { errorMessage } from './error-message.ts';
import { afterNextFrame } from './after-next-frame.ts';

/**
 * What a change of the data means for whoever shows them: `loaded`, the default data are in for
 * the first time (nothing is shown yet); `swapped`, a workspace replaced the data shown; `years`,
 * the yearly values ({@link Session.years}) were read (after the first map, again after a swap).
 */
export type DataChange = 'loaded' | 'swapped' | 'years';

const NO_REPORTS: ReadonlyMap<string, JoinReport | null> = new Map();

/**
 * The planner's working session: start-up, the datasets (the default data merged with the
 * workspace's imports), the workspace applied, restored and saved, the language, and the analyses
 * that run on the data (index, hotspots, investments). It does not decide what the map shows: the
 * {@link MapView} listens to {@link Session.onDataChange} for that.
 */
export class Session {
  readonly locale = new Locale(preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages));
  readonly engine = new DataEngine();
  readonly targeting = new Targeting();
  /** Saved index specs and their comparison. */
  readonly scenarios = new Scenarios();
  readonly hotspots = new Hotspots();
  readonly investments = new Investments();
  #workspaceRestored: () => void = () => undefined;
  /** Resolves once the stored workspace has been restored (or could not be): a link is applied after it. */
  readonly workspaceRestored: Promise<void> = new Promise((resolve) => (this.#workspaceRestored = resolve));

  boundaries = $state.raw<Boundaries | null>(null);
  /** Basemap lines, computed just after the first map (they are not needed to colour it). */
  outlines = $state.raw<Outlines | null>(null);
  /** The lines of the unit shapes in use after a boundary import (null: the default shapes', or not computed yet). */
  importedOutlines = $state.raw<Outlines | null>(null);
  catalog = $state.raw<CatalogEntry[]>([]);
  /** Null until loaded; `manifestError` says why it is missing. */
  manifest = $state.raw<Manifest | null>(null);
  manifestError = $state('');
  /** A failure that leaves the app without a map. */
  loadError = $state('');
  /**
   * True once the first map is on screen (or cannot be shown): the panels beside it are mounted
   * then, so that the first map waits for none of them (their JavaScript, layout and raster).
   */
  mapShown = $state(false);
  /** A failed query of the data (the map keeps what it showed before). */
  queryError = $state('');
  /**
   * The yearly indicators' values by year, aligned to the unit order: read from
   * `indicator-years.csv` once the first map is on screen (it is not needed to colour it); null
   * until then, or when the file could not be read (`yearsError` says why).
   */
  years = $state.raw<YearColumns | null>(null);
  yearsError = $state('');
  /** The planner's imports, spec and settings (restored from IndexedDB at start). */
  workspace = $state.raw<Workspace>(emptyWorkspace());
  /** Join report of each import in the workspace (null: placed by coordinates only). */
  workspaceReports = $state.raw<ReadonlyMap<string, JoinReport | null>>(NO_REPORTS);
  /** Why the stored workspace could not be restored or saved; null when all is well. Shown translated. */
  workspaceProblem = $state.raw<WorkspaceProblem | null>(null);
  /** Stored workspaces that could not be restored, kept aside for the planner to download. */
  keptAside = $state.raw<AsideWorkspace[]>([]);
  /** Whether the browser keeps the workspace until the planner clears it (null: not known yet, or no such API). */
  storagePersisted = $state<boolean | null>(null);

  #milestones: Milestones | null = null;
  #listeners: ((change: DataChange) => void)[] = [];
  #csv = '';
  #topologies: Parameters<typeof outlinesFrom>[0] = [];
  /** The default dataset's texts (the workspace's rows are appended to copies of them). */
  #base: DatasetFiles | null = null;
  #baseCatalog: CatalogEntry[] = [];
  /** Default boundaries, kept so that imported geometries can be undone. */
  #baseBoundaries: Boundaries | null = null;
  #targets: Promise<JoinTarget[]> | null = null;
  #countryAt: CountryLocator | null = null;
  /**
   * Every indicator's column in the unit order, read from `#csv` once per dataset on first use (the
   * index, and the map when the planner switches indicator: no query, no copy of the text per switch).
   */
  #columns: RankTables | null = null;

  /**
   * Calls `listener` whenever the data change (see {@link DataChange}); on `loaded` it runs inside
   * the start-up, so that a failure to show the first map is a load error.
   */
  onDataChange(listener: (change: DataChange) => void): void {
    this.#listeners.push(listener);
  }

  /** The dataset's texts for DuckDB, set by `start`. */
  #texts: Promise<DatasetFiles> | null = null;

  /**
   * Fetches everything in parallel and shows the first map from the files; DuckDB (its lazy
   * chunk, its WebAssembly) starts only once that map is drawn or has failed ({@link Session.startEngine}).
   */
  async start(): Promise<void> {
    this.#milestones = installFocalHooks();
    window.__focal!.hotspotNeighbours = (unitId) => {
      const w = this.hotspots.run?.weights;
      const features = this.boundaries?.features;
      const i = this.boundaries?.indexById.get(unitId);
      if (!w || !features || i === undefined) return null;
      return [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])].map((j) => features[j].properties.unit_id);
    };
    const files = requestDataset();
    const texts = Promise.all([files.units, files.indicators, files.catalog, files.investments]).then(
      ([units, indicators, catalog, investments]) => ({ units, indicators, catalog, investments }),
    );
    texts.catch(() => undefined); // reported by the engine, which awaits it
    texts.then((t) => (this.#base = t), () => undefined);
    this.#texts = texts;
    files.manifest.then(
      (m) => (this.manifest = m),
      (err) => (this.manifestError = errorMessage(err)),
    );
    try {
      const [topologies, csv, catalog] = await Promise.all([files.topologies, files.indicators, files.catalog]);
      const boundaries = boundariesFrom(topologies);
      if (!boundaries.features.length) throw new Error('the boundary files hold no municipios');
      if (!defaultIndicator(catalog)) throw new Error('catalog.json lists no indicator');
      this.#csv = csv;
      this.#columns = null;
      this.catalog = catalog;
      this.#baseCatalog = catalog;
      this.boundaries = boundaries;
      this.#baseBoundaries = boundaries;
      for (const listener of this.#listeners) listener('loaded');
      this.#topologies = topologies;
      // The map said it cannot draw before the data came: the panels need not wait for it.
      if (this.#mapUnavailable) this.#afterFirstMap();
    } catch (err) {
      this.loadError = errorMessage(err);
      this.#milestones?.mapFailed(err);
      // No map to wait for: the panels and the engine start now (its own failure is reported apart).
      this.mapShown = true;
      this.startEngine();
    }
  }

  /** Starts DuckDB with the dataset's texts (once; after `start`). */
  startEngine(): void {
    if (!this.#texts || this.#engineStarted) return;
    this.#engineStarted = true;
    // DuckDB holds the yearly values too (indicator_years); a file that cannot be read leaves that table empty.
    const texts = Promise.all([this.#texts, this.#yearsText().catch(() => undefined)]).then(([t, indicatorYears]) => ({ ...t, indicatorYears }));
    this.engine.start(texts).then(
      () => this.#milestones?.dbReady(),
      (err) => this.#milestones?.dbFailed(err),
    );
  }

  #engineStarted = false;

  /** Called by the map once a frame with the first real colours has been drawn (FocalMap.setFills). */
  firstMapDrawn(): void {
    this.#milestones?.firstMap();
    // The panels, the basemap lines and the data engine are not needed to colour the map: they
    // start once the frame that shows it has gone to the screen (the next frame has begun), so
    // that neither their main-thread work nor DuckDB's compile holds that frame back.
    afterNextFrame(() => this.#afterFirstMap());
  }

  /**
   * Called by the map when it cannot draw at all (no WebGL in this browser, or its context lost
   * before the first frame): nothing will ever call {@link Session.firstMapDrawn}, so the panels
   * and the engine start without the map, as soon as the data are in (at once if they are).
   */
  mapUnavailable(err: unknown): void {
    this.#milestones?.mapFailed(err);
    this.#mapUnavailable = true;
    if (this.#topologies.length) this.#afterFirstMap();
  }

  #mapUnavailable = false;
  #afterMapDone = false;

  /** What starts once the first map is on screen, or cannot be: once. */
  #afterFirstMap(): void {
    if (this.#afterMapDone) return;
    this.#afterMapDone = true;
    this.mapShown = true;
    this.startEngine();
    this.locale.preloadOther();
    void this.#loadYears();
    this.outlines = outlinesFrom(this.#topologies);
    // The hotspot weights are built from the boundary files: the hotspot state keeps them.
    this.hotspots.setTopologies(this.#topologies);
    this.#topologies = [];
    this.feedTargeting();
    void this.#restoreWorkspace();
  }

  #yearsRequest: Promise<string> | null = null;
  /** The yearly values text with the workspace's yearly imports appended; null when the workspace adds none. */
  #yearsCsv: string | null = null;

  /** The text of `indicator-years.csv`, fetched once (again after a failure). */
  #yearsText(): Promise<string> {
    this.#yearsRequest ??= fetchDataText(`./data/${INDICATOR_YEARS_PATH}`);
    this.#yearsRequest.catch(() => (this.#yearsRequest = null));
    return this.#yearsRequest;
  }

  /** Reads the yearly values into {@link Session.years} for the boundaries shown now. */
  async #loadYears(): Promise<void> {
    try {
      // The default yearly values, with the workspace's when it has yearly imports (`#yearsCsv`).
      const base = await this.#yearsText().catch((err) => {
        if (this.#yearsCsv === null) throw err;
        return '';
      });
      const text = this.#yearsCsv ?? base;
      const b = this.boundaries;
      if (!b) return;
      this.years = yearColumnsFromCsv(text, b.indexById, b.features.length);
      this.yearsError = '';
      // The index of a year needs them; a spec's year waiting for them is applied now.
      this.targeting.setYears(this.years);
      for (const listener of this.#listeners) listener('years');
    } catch (err) {
      this.yearsError = errorMessage(err);
    }
  }

  /** The yearly series of indicator `id` (null: not yearly, or the yearly values are not read yet). */
  yearSeries(id: string): YearSeries | null {
    return this.years?.get(id) ?? null;
  }

  /** Values of yearly indicator `id` in `year`, in the unit order (a copy); null when that year is not in its series. */
  yearValues(id: string, year: number): Float64Array | null {
    const s = this.yearSeries(id);
    const k = s ? s.years.indexOf(year) : -1;
    return s && k >= 0 ? s.columns[k].slice() : null;
  }

  /** Each unit's latest value of yearly indicator `id` up to `upTo`, with its year (data age); null when not yearly. */
  latestValues(id: string, upTo = Infinity): LatestAvailable | null {
    const s = this.yearSeries(id);
    return s ? latestAvailable(s.years, s.columns, upTo) : null;
  }

  /** The country of a point: of the unit containing it, else of the nearest unit (null before the boundaries load). */
  countryAt(lon: number, lat: number): CountryCode | null {
    const b = this.#baseBoundaries;
    if (!b) return null;
    this.#countryAt ??= countryLocator(b.features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));
    return this.#countryAt(lon, lat);
  }

  /**
   * The locator of {@link countryAt}, made now if needed, for building its index ahead of use a
   * slice at a time (its `warm`: the import view does it while the planner picks a file, so that
   * a layer's country guess costs nothing before the mapping dialog, and no task of half a second
   * holds back a file picked meanwhile). Null before the boundaries are loaded.
   */
  countryLocatorAhead(): CountryLocator | null {
    const b = this.#baseBoundaries;
    if (!b) return null;
    this.#countryAt ??= countryLocator(b.features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));
    return this.#countryAt;
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
   * (catalog, map, index builder, DuckDB, investments) and stores it, replacing what is stored
   * (a project opened: the planner has confirmed). Throws (an ImportError for a bad file, a quota
   * error from the store) and changes nothing when any step before the swap fails.
   */
  applyWorkspace(next: Workspace): Promise<void> {
    return this.#queued(() => this.#apply(next, 'replace'));
  }

  /**
   * Changes the workspace by `change` (an import added, removed, its decisions changed) and stores
   * it. When another tab wrote the workspace meanwhile, `change` runs again on what that tab
   * stored, so neither tab's change is lost.
   */
  changeWorkspace(change: (ws: Workspace) => Workspace): Promise<void> {
    return this.#queued(() => this.#checked(async () => this.#apply(change(this.workspace), 'checked')));
  }

  /** Back to the default data: the stored workspace is cleared (the caller has asked the planner). */
  resetWorkspace(): Promise<void> {
    return this.#queued(async () => {
      this.#revision = await clearWorkspace();
      const base = this.#base ?? (await this.#baseTexts());
      if (this.#baseBoundaries) this.#show(emptyWorkspace(), NO_REPORTS, base, this.#baseBoundaries);
    });
  }

  /** Deletes a workspace kept aside (after the planner downloaded it, or chose to). */
  async discardKeptAside(key: string): Promise<void> {
    await discardAside(key);
    this.keptAside = await asideWorkspaces();
  }

  /** The stored revision the workspace shown is of (workspace-store.ts). */
  #revision = 0;
  /** Workspace changes run one after another: a change from another tab waits for this tab's save. */
  #workspaceQueue: Promise<unknown> = Promise.resolve();

  #queued<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#workspaceQueue.then(run, run);
    this.#workspaceQueue = next.catch(() => undefined);
    return next;
  }

  /** Runs `write`; when another tab wrote first, shows what it wrote and runs `write` again. */
  async #checked(write: () => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        if (!(err instanceof StaleWorkspaceError) || attempt >= 4) throw err;
        await this.#sync();
      }
    }
  }

  /** `store`: 'none' (just read from the store), 'checked' (refused when another tab wrote since), 'replace'. */
  async #apply(next: Workspace, store: 'none' | 'checked' | 'replace'): Promise<void> {
    // The index as it is now goes with it (the stored one may be half a second behind).
    const ws = this.#restored ? { ...next, spec: $state.snapshot(this.targeting.spec) as Workspace['spec'] } : next;
    const base = { ...(this.#base ?? (await this.#baseTexts())), indicatorYears: await this.#yearsText().catch(() => undefined) };
    const b0 = this.#baseBoundaries;
    if (!b0) throw new Error('the boundaries are not loaded yet');
    const data = workspaceData(ws, await this.joinTargets(), this.#baseCatalog, b0.features.map((f) => f.properties), (x, y) => this.countryAt(x, y));
    const merged = mergedDataset(base, data);
    if (store !== 'none' && this.workspaceProblem?.kind === 'restore') {
      // The stored workspace this tab could not restore is kept aside, never overwritten.
      this.#revision = await setAsideCurrent('unusable', this.#revision);
      this.keptAside = await asideWorkspaces();
    }
    if (store !== 'none') this.#revision = await saveWorkspace(ws, store === 'checked' ? this.#revision : undefined);
    this.#show(ws, data.reports, merged, withGeometries(b0, data.geometries), data.indicatorYears.length ? (merged.indicatorYears ?? null) : null);
    this.workspaceProblem = null;
    if (store !== 'none' && ws.imports.length) void this.#persist(true);
  }

  /** Shows the workspace as another tab stored it. */
  async #sync(): Promise<void> {
    const { workspace, revision } = await loadWorkspace();
    await this.#apply(workspace, 'none');
    this.#revision = revision ?? 0;
  }

  /** Asks the browser to keep the workspace until the planner clears it (`ask`), or reads whether it does. */
  async #persist(ask: boolean): Promise<void> {
    if (ask && this.storagePersisted) return;
    const persisted = await persistStorage(ask);
    if (persisted !== null) this.storagePersisted = persisted;
  }

  /**
   * Keeps the index spec in the stored workspace, half a second after the last change (a slider
   * drag saves once). Called by the app shell whenever the spec changes.
   */
  rememberSpec(): void {
    if (!this.#restored) return;
    clearTimeout(this.#specTimer);
    this.#specTimer = setTimeout(() => void this.#queued(() => this.#saveSpec()), 500);
  }

  #specTimer: ReturnType<typeof setTimeout> | undefined;

  /** The planner's named lists of units (kept in the workspace). */
  get lists(): UnitList[] {
    return this.workspace.lists ?? [];
  }

  /**
   * Changes the named lists by `change` and stores the workspace (when another tab wrote it
   * meanwhile, `change` runs again on what that tab stored). A failed save is reported as a
   * workspace problem; the lists shown stay as they were.
   */
  changeLists(change: (lists: UnitList[]) => UnitList[]): Promise<void> {
    return this.#queued(() =>
      this.#checked(async () => {
        const lists = change(this.workspace.lists ?? []);
        const { lists: _old, ...rest } = this.workspace;
        void _old;
        const ws: Workspace = lists.length ? { ...rest, lists } : rest;
        // A stored workspace that could not be restored is not overwritten by a list.
        if (this.workspaceProblem?.kind !== 'restore') this.#revision = await saveWorkspace(ws, this.#revision);
        this.workspace = ws;
      }),
    ).catch((error: unknown) => {
      this.workspaceProblem = { kind: 'save', error };
    });
  }

  async #saveSpec(): Promise<void> {
    // A stored workspace that could not be restored is not overwritten by a mere change of weights.
    if (this.workspaceProblem?.kind === 'restore') return;
    try {
      await this.#checked(async () => {
        const ws = { ...this.workspace, spec: $state.snapshot(this.targeting.spec) as Workspace['spec'] };
        this.#revision = await saveWorkspace(ws, this.#revision);
        this.workspace = ws;
      });
    } catch (error) {
      this.workspaceProblem = { kind: 'save', error };
    }
  }

  #restored = false;

  async #restoreWorkspace(): Promise<void> {
    await this.#queued(async () => {
      try {
        const { workspace, reason, revision } = await loadWorkspace();
        this.#revision = revision ?? 0;
        if (reason) this.workspaceProblem = { kind: 'load', reason };
        if (workspace.imports.length) await this.#apply(workspace, 'none');
        else this.workspace = workspace;
        if (workspace.spec) this.targeting.restoreSpec(workspace.spec);
      } catch (error) {
        // Left in place (a reload tries again) until the next write, which moves it aside first.
        this.workspaceProblem = { kind: 'restore', error };
      } finally {
        this.#restored = true;
        this.#workspaceRestored();
      }
    });
    this.keptAside = await asideWorkspaces();
    void this.#persist(this.workspace.imports.length > 0);
    // Another tab's writes are shown here at once (and a save from here never overwrites them).
    onWorkspaceWritten((revision) => {
      void this.#queued(async () => {
        if (revision > this.#revision) await this.#sync();
      }).catch((error: unknown) => (this.workspaceProblem = { kind: 'restore', error }));
    });
  }

  async #baseTexts(): Promise<DatasetFiles> {
    const files = requestDataset();
    const [units, indicators, catalog, investments] = await Promise.all([files.units, files.indicators, files.catalog, files.investments]);
    return (this.#base = { units, indicators, catalog, investments });
  }

  /**
   * Swaps the data for `merged` (all in one go: nothing here can fail half-way), then tells the
   * listeners. `yearsCsv`: the yearly values with the workspace's appended (null: the default file's).
   */
  #show(ws: Workspace, reports: ReadonlyMap<string, JoinReport | null>, merged: DatasetFiles, boundaries: Boundaries, yearsCsv: string | null = null): void {
    this.workspace = ws;
    this.workspaceReports = reports;
    this.#csv = merged.indicators;
    const yearsBefore = this.#yearsCsv;
    this.#yearsCsv = yearsCsv;
    this.#columns = null;
    this.catalog = merged.catalog;
    if (boundaries !== this.boundaries) {
      this.boundaries = boundaries;
      this.#shapesChanged(boundaries);
    }
    const extra = merged.catalog.slice(this.#baseCatalog.length);
    this.targeting.setTables(this.#tables()!, this.#baseCatalog, extra);
    this.investments.reset({ investmentsCsv: merged.investments, indicatorsCsv: merged.indicators, catalog: merged.catalog });
    if (this.engine.status !== 'error') {
      // The profile's queries go to DuckDB, which holds the same rows once reloaded.
      const years = this.#yearsCsv ?? this.#yearsText().catch(() => undefined);
      void Promise.all([this.engine.db, years])
        .then(([db, indicatorYears]) => db.reload({ ...merged, indicatorYears }))
        .catch((err) => (this.queryError = errorMessage(err)));
    }
    // Imported geometries may change the units: the yearly columns follow the unit order.
    // Imported yearly values, added or removed, are read with them.
    if (this.years || yearsCsv !== null || yearsBefore !== null) void this.#loadYears();
    for (const listener of this.#listeners) listener('swapped');
  }

  /**
   * New unit shapes (a boundary import, or the default ones again): the hotspot weights are built
   * from them, and the boundary lines drawn from them ({@link Session.importedOutlines}, computed
   * off the import's own work: its module is loaded only then). The default shapes cost nothing.
   */
  #shapesChanged(b: Boundaries): void {
    const base = this.#baseBoundaries;
    this.importedOutlines = null;
    if (!base || b === base) {
      this.hotspots.useShapes(null);
      return;
    }
    this.hotspots.useShapes(shapesInUse(base.features, b.features));
    void import('../geo/unit-outlines.ts')
      .then(({ unitOutlines }) => {
        if (this.boundaries === b) this.importedOutlines = unitOutlines(b.features);
      })
      .catch((err: unknown) => console.warn('the boundary lines of the imported shapes could not be drawn:', err));
  }

  /** Gives the index builder its tables (boundary units, indicators.csv), once. */
  feedTargeting(): void {
    const tables = this.targeting.ready ? null : this.#tables();
    if (tables) this.targeting.setTables(tables, this.#baseCatalog, this.catalog.slice(this.#baseCatalog.length));
  }

  /** The units and every indicator's column (see `#columns`); null before the boundaries are loaded. */
  #tables(): RankTables | null {
    const b = this.boundaries;
    if (!b) return null;
    this.#columns ??= rankTablesFromCsv(
      this.#csv,
      b.features.map((f) => f.properties),
    );
    return this.#columns;
  }

  /** Places the investment rows in the units, once (the investments view). */
  async prepareInvestments(): Promise<void> {
    const b = this.boundaries;
    if (this.investments.ready || !b) return;
    await this.investments.prepare(b.features, new URL('./data/', document.baseURI).href);
  }

  /** The catalog of the data as loaded (before a workspace's imports): the app's default index spec is made from it. */
  get baseCatalog(): readonly CatalogEntry[] {
    return this.#baseCatalog;
  }

  /** Values of catalog indicator `id` in the unit order straight from the CSV (null when unknown or not loaded). */
  valuesFromCsv(id: string): Float64Array | null {
    const b = this.boundaries;
    if (!b || !this.catalog.some((e) => e.id === id)) return null;
    return indicatorColumnFromCsv(this.#csv, id, b.indexById, b.features.length);
  }

  /**
   * Values of catalog indicator `id` in the unit order (a copy: the caller may keep or move it),
   * from the columns read once from the indicators text: the same rows DuckDB holds, without a
   * round trip to DuckDB's worker (a query, Arrow, rows as objects) on every switch of indicator.
   */
  async indicatorValues(id: string): Promise<Float64Array | null> {
    const b = this.boundaries;
    const tables = b && this.catalog.some((e) => e.id === id) ? this.#tables() : null;
    if (!b || !tables) return null;
    return tables.columns.get(id)?.slice() ?? new Float64Array(b.features.length).fill(NaN);
  }
}
