/**
 * The "Your data" flow: a planner's file is read (with progress, cancellable), its sheet chosen,
 * its columns mapped, its rows matched to the units (the planner fixes what did not match), and
 * the result added to the workspace, which the app stores and shows everywhere. Every step that
 * fails leaves the workspace and the app as they were and keeps the error for the UI, which shows
 * it in the interface language.
 */
import type { Session } from './session.svelte.ts';
import type { MapView } from './map-view.svelte.ts';
import type { ParsedImport, ImportProgress } from '../data/import/import-types.ts';
import type { ImportMapping, KeyMapping } from '../data/import/import-mapping.ts';
import type { CombineRule } from '../data/import/combine-rule.ts';
import type { AcceptedMatches, JoinReport, JoinRow, JoinTarget } from '../data/join/join-types.ts';
import { parseFileEarly, prestartImportWorker } from './parse-file.ts';
import { joinImport } from './workspace-data.ts';
import { joinRowsFor } from '../data/import/join-rows-for.ts';
import { nextImportId } from '../data/import/next-import-id.ts';
import { workspaceWithImport } from '../data/import/workspace-with-import.ts';
import { workspaceWithAccepted } from '../data/import/workspace-with-accepted.ts';
import { workspaceWithout } from '../data/import/workspace-without.ts';
import { guessKind, guessMapping, guessSplitRepeated, type MappingKind } from '../data/import/guess-mapping.ts';
import { SAMPLE } from '../data/import/sample-rows.ts';
import { layerCountry } from '../data/import/layer-country.ts';
import { featuresElsewhere } from '../data/import/features-elsewhere.ts';
import { detectLong } from '../data/import/detect-long.ts';
import { looksLikeCode } from '../data/import/looks-like-code.ts';
import { betterKey, type BetterKey } from '../data/import/better-key.ts';
import type { CountryCode } from '../data/schema.ts';
import { ReshapeStep } from './reshape-step.svelte.ts';
import { seriesColumns } from '../data/import/series-columns.ts';
import { whenQuiet } from './when-quiet.ts';
import { investmentImportPreview, type PreviewResult } from './investment-import-preview.ts';

/** The country locator's index is built ahead in slices of about this many milliseconds (see {@link Imports.prepare}). */
const WARM_SLICE_MS = 20;

export type ImportStep = 'idle' | 'reading' | 'sheet' | 'reshape' | 'mapping' | 'matching' | 'report' | 'applying';

/** What the last finished action was, for a one-line status. */
export type ImportNotice = '' | 'cancelled' | 'applied' | 'removed' | 'reset';

const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';

export class Imports {
  step = $state<ImportStep>('idle');
  fileName = $state('');
  progress = $state.raw<ImportProgress | null>(null);
  /** The file as read; null outside the flow. */
  parsed = $state.raw<ParsedImport | null>(null);
  /** The planner's choices (deeply reactive: the dialog edits it in place). */
  mapping = $state<ImportMapping | null>(null);
  /** Value columns of an indicator mapping the planner left out (their settings are kept). */
  skipped = $state<string[]>([]);
  accepted = $state<AcceptedMatches>({});
  report = $state.raw<JoinReport | null>(null);
  /** The import whose report is open again (from the list of imported files); null for a new file. */
  editing = $state<string | null>(null);
  /** The last failure (an ImportError or another error), shown in the UI language; null when none. */
  error = $state.raw<unknown>(null);
  notice = $state<ImportNotice>('');
  noticeFile = $state('');
  /** Every unit and distrito a row may be matched to (loaded on first use). */
  targets = $state.raw<JoinTarget[]>([]);
  /** A key that joins more rows than the one set, offered by the report (null: none, or a stored import's report). */
  better = $state.raw<BetterKey | null>(null);
  /** An investment file's money in and where it can go, in the report step (null otherwise). */
  readonly investmentPreview: PreviewResult | null = $derived.by(() => {
    const p = this.parsed;
    const m = this.mapping;
    if (this.step !== 'report' || !p || m?.kind !== 'investments') return null;
    return investmentImportPreview(p.table, $state.snapshot(m) as typeof m, this.report, (x, y) => this.#session.countryAt(x, y));
  });
  /** A long file's reshape step (several rows per municipio, found when the file was read); null for other files. */
  reshape = $state.raw<ReshapeStep | null>(null);

  readonly #session: Session;
  readonly #map: MapView;
  #file: File | null = null;
  #abort: AbortController | null = null;
  /** The file as read with every geometry (see parseFileEarly); null when `parsed` is whole already. */
  #whole: Promise<ParsedImport> | null = null;
  /** A large investment file's guess of `splitRepeated`, made once its columns are built (see setKind); match() waits for it. */
  #splitGuess: Promise<void> | null = null;
  /** False while a large file's columns are built after the mapping dialog shows: repeated project amounts are looked for then. */
  repeatedReady = $state(true);

  constructor(session: Session, map: MapView) {
    this.#session = session;
    this.#map = map;
  }

  get busy(): boolean {
    return this.step === 'reading' || this.step === 'matching' || this.step === 'applying';
  }

  /**
   * Gets ready for the next file while the planner picks one: the import worker started ahead, and,
   * once the page is quiet, the country locator's index built a slice per idle moment, which a
   * layer's country guess asks before the mapping dialog opens (boxes, centres and an index per unit
   * hit: about a tenth of a 20 MB GeoJSON's import in a Chromium trace when built then). Built in
   * one task, the index was half a second that a file picked meanwhile waited behind.
   */
  prepare(): void {
    prestartImportWorker();
    if (this.#locatorAsked) return;
    this.#locatorAsked = true;
    const slice = (): Promise<void> => {
      // Not while a file is read: the worker parsing it needs the other core.
      if (this.step === 'reading') return whenQuiet(40, 2_000).then(slice);
      const locator = this.#session.countryLocatorAhead();
      if (!locator || locator.warm(WARM_SLICE_MS)) return Promise.resolve();
      return whenQuiet(WARM_SLICE_MS, 2_000).then(slice);
    };
    void whenQuiet(40, 2_000)
      .then(slice)
      .catch(() => undefined); // built when first needed
  }

  /** Whether {@link prepare} has asked for the country locator already. */
  #locatorAsked = false;

  /** Reads `file` (a new flow; ignored while another file is being read or applied). */
  async open(file: File): Promise<void> {
    if (this.busy) return;
    this.#clear();
    this.#file = file;
    this.fileName = file.name;
    await this.#read();
  }

  async #read(sheet?: string): Promise<void> {
    const file = this.#file;
    if (!file) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#whole = null;
    this.step = 'reading';
    this.progress = { stage: 'read', fraction: 0 };
    this.error = null;
    try {
      // Nothing else runs on this thread meanwhile: on a machine of two cores, work here (such as
      // building the country locator) would take a core from the worker that parses the file.
      const onProgress = (p: ImportProgress): void => {
        this.progress = p;
      };
      // The first guess tries the file's columns against the units (see guessJoinKey): their list
      // (a small file fetched and parsed) is asked for now, while the worker reads the file. Asked
      // for after it, the rest of a layer's geometries were rebuilt while it came, before the dialog.
      const targets = this.#loadTargets();
      // DuckDB is asked for only when the file turns out to need it (a CSV). A layer comes with
      // its first geometries (all the dialog needs); the rest are rebuilt while the dialog shows.
      const { first: parsed, whole } = await parseFileEarly(file, () => this.#session.engine.db.then((d) => d.db), { onProgress, signal: abort.signal, sheet });
      if (abort.signal.aborted) return;
      whole.catch(() => undefined); // awaited (and its failure shown) by match()
      await targets;
      if (abort.signal.aborted) return;
      this.#whole = whole;
      this.parsed = parsed;
      const sheets = parsed.table.read.sheets ?? [];
      if (sheet === undefined && sheets.length > 1) {
        this.step = 'sheet';
        return;
      }
      this.#toMapping(parsed);
    } catch (err) {
      if (abort.signal.aborted || isAbort(err)) return;
      this.error = err;
      this.step = 'idle';
    } finally {
      if (this.#abort === abort) this.#abort = null;
      this.progress = null;
    }
  }

  /** The join targets, for the first guess; without them (not loaded yet) the guess goes by column names. */
  async #loadTargets(): Promise<void> {
    if (this.targets.length) return;
    try {
      this.targets = await this.#session.joinTargets();
    } catch {
      // Loaded again by match(), which shows its failure.
    }
  }

  /** Stops reading the file; nothing changes. */
  cancel(): void {
    if (this.step !== 'reading') return;
    this.#abort?.abort();
    this.#abort = null;
    this.#clear();
    this.notice = 'cancelled';
  }

  /** XLSX with several sheets: reads the chosen one (the first is already read). */
  async chooseSheet(sheet: string): Promise<void> {
    const p = this.parsed;
    if (this.step !== 'sheet' || !p) return;
    if (sheet !== p.table.read.sheet) return this.#read(sheet);
    this.#toMapping(p);
  }

  /**
   * The step after a file (or sheet) is read: the reshape step when a table of values has several
   * rows per municipio — decided now, before any mapping, so that a long file is never refused
   * after the planner confirmed one — else the mapping.
   */
  #toMapping(p: ParsedImport): void {
    const kind = guessKind(p);
    const long = p.kind === 'table' && kind === 'indicators' ? detectLong(p.table, this.targets) : null;
    if (long) {
      this.reshape = new ReshapeStep(p.table, long);
      this.mapping = null;
      this.step = 'reshape';
      return;
    }
    this.setKind(kind);
    this.step = 'mapping';
  }

  /**
   * The reshape as set: the file becomes one row per municipio (what is matched and stored), and
   * the mapping starts from the reshape's municipio columns and years.
   */
  applyReshape(): void {
    const r = this.reshape;
    const result = r?.preview.result;
    if (this.step !== 'reshape' || !r || !result) return;
    const spec = r.final();
    const table = result.table;
    this.parsed = { kind: 'table', table };
    this.#whole = null;
    this.setKind('indicators');
    const m = this.mapping;
    if (m?.kind !== 'indicators') return;
    const [column, second] = spec.keys;
    const keyCells = (table.values[table.columns.indexOf(column)] ?? []).map((c) => (c === null ? '' : String(c)));
    const key: KeyMapping = { by: looksLikeCode(keyCells) ? 'code' : 'name', column };
    const country = r.long.key.countryColumn;
    if (second && second !== country) key.deptColumn = second;
    if (country && spec.keys.includes(country)) key.countryColumn = country;
    // The country the key trials inferred (a file of 4-digit codes with Honduran department names).
    if (!key.countryColumn && r.long.key.country) key.country = r.long.key.country;
    if (key.by === 'code' && m.key.nameColumn && m.key.nameColumn !== column) key.nameColumn = m.key.nameColumn;
    m.key = key;
    m.reshape = spec;
    // Years kept apart: one yearly indicator per value (× category), not one per year.
    m.columns = seriesColumns(m.columns, result.series, this.#session.catalog.map((e) => e.id));
    // Every value is of the year kept; under "latest", of the years its own column gives.
    const years = result.years;
    const year = spec.year !== undefined ? String(spec.year) : spec.aggregate === 'latest' && years.length ? (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0])) : null;
    if (year !== null) for (const c of m.columns) c.year = year;
    this.step = 'mapping';
  }

  /** Goes on to the mapping with the rows as they are (duplicates are listed by the matching report). */
  skipReshape(): void {
    const r = this.reshape;
    if (this.step !== 'reshape' || !r) return;
    this.reshape = null;
    this.setKind('indicators');
    this.step = 'mapping';
  }

  /** What the file holds: a new first guess of the mapping for that kind. */
  setKind(kind: MappingKind): void {
    const p = this.parsed;
    if (!p) return;
    if (kind === 'boundaries' && p.kind !== 'layer') return;
    // A large file's columns are built after the mapping dialog shows (parseFileEarly): the guess of
    // a repeated project amount, which reads two whole columns (100,000 ids grouped, the file's text
    // decoded: about half a second before the dialog in a Chromium trace), follows when they are.
    const whole = this.#whole;
    const later = kind === 'investments' && whole !== null && p.table.rowCount > SAMPLE;
    const mapping = guessMapping(p, kind, this.#session.catalog.map((e) => e.id), this.targets, { splitGuess: !later });
    // A layer tells its country by where it lies (codes such as 0101 exist in two countries).
    const country = p.kind === 'layer' ? layerCountry(p.table, (x, y) => this.#session.countryAt(x, y)) : null;
    if (country && mapping.key && !mapping.key.country && !mapping.key.countryColumn) mapping.key = { ...mapping.key, country };
    this.mapping = mapping;
    this.skipped = [];
    const guess = later && mapping.kind === 'investments' ? this.#guessSplitLater(whole, mapping.activityId, mapping.amount) : null;
    this.#splitGuess = guess;
    this.repeatedReady = !guess;
    void guess?.then(() => {
      if (this.#splitGuess === guess) this.repeatedReady = true;
    });
  }

  /** Sets `splitRepeated` once `whole` is read, unless the mapping or its project id or amount column changed meanwhile. */
  async #guessSplitLater(whole: Promise<ParsedImport>, activityId: string | undefined, amount: string | undefined): Promise<void> {
    const asked = this.mapping;
    const w = await whole.catch(() => null);
    if (!activityId || !amount) return;
    const m = this.mapping;
    if (!w || m !== asked || m?.kind !== 'investments' || m.activityId !== activityId || m.amount !== amount) return;
    if (guessSplitRepeated(w.table, activityId, amount)) m.splitRepeated = true;
  }

  /** Leaves value column `column` out of the import, or takes it in again. */
  toggleColumn(column: string, include: boolean): void {
    this.skipped = include ? this.skipped.filter((c) => c !== column) : this.skipped.includes(column) ? this.skipped : [...this.skipped, column];
  }

  /** The mapping as it will be stored: a plain copy, without the columns left out. */
  #finalMapping(): ImportMapping | null {
    const m = this.mapping ? ($state.snapshot(this.mapping) as ImportMapping) : null;
    if (m?.kind === 'indicators') m.columns = m.columns.filter((c) => !this.skipped.includes(c.column));
    return m;
  }

  /** The key of the current mapping (investments placed by coordinates may have none). */
  get key(): KeyMapping | undefined {
    return this.mapping?.key;
  }

  /** Matches the rows to the units with the mapping as set (from the mapping dialog). */
  async match(): Promise<void> {
    let p = this.parsed;
    const m = this.mapping;
    if (!p || !m || this.step !== 'mapping') return;
    this.error = null;
    this.step = 'matching';
    try {
      const whole = this.#whole;
      if (whole) {
        p = await whole;
        if (this.#whole !== whole) return;
        this.#whole = null;
        this.parsed = p;
      }
      const guess = this.#splitGuess;
      if (guess) {
        await guess;
        if (this.#splitGuess !== guess) return;
        this.#splitGuess = null;
      }
      if (!this.targets.length) this.targets = await this.#session.joinTargets();
      this.#locateElsewhere();
      this.report = m.key ? joinImport(p.table, $state.snapshot(m.key) as KeyMapping, this.targets, this.#acceptedSnapshot()) : null;
      this.#findBetter();
      this.step = 'report';
    } catch (err) {
      this.error = err;
      this.step = 'mapping';
    }
  }

  #acceptedSnapshot(): AcceptedMatches {
    return $state.snapshot(this.accepted) as AcceptedMatches;
  }

  /** The planner's decision on one row: a target key, or null for "not a unit"; the report follows. */
  decide(row: number, target: string | null): void {
    this.accepted[row] = target;
    this.#rejoin();
  }

  /** Takes back the decision on `row`. */
  undo(row: number): void {
    delete this.accepted[row];
    this.#rejoin();
  }

  /** Takes every strong suggestion of a group at once (the report's "accept all above 0.9"). */
  acceptAll(list: readonly { row: number; target: string }[]): void {
    for (const x of list) this.accepted[x.row] = x.target;
    this.#rejoin();
  }

  /** Sets one country for the whole file (the report's "these codes are Honduran") and joins again. */
  setCountry(country: CountryCode): void {
    const key = this.mapping?.key;
    if (!key || this.editing !== null) return;
    delete key.countryColumn;
    key.country = country;
    this.#locateElsewhere();
    this.#rejoin();
    this.#findBetter();
  }

  /** Joins with another key (the report's "use the name column instead"). */
  useKey(next: KeyMapping): void {
    const m = this.mapping;
    if (!m?.key || this.editing !== null) return;
    m.key = { ...next };
    this.#locateElsewhere();
    this.#rejoin();
    this.#findBetter();
  }

  /** Looks for a better key once per key (not at each decision on a row: it joins the file again). */
  #findBetter(): void {
    const p = this.parsed;
    const key = this.mapping?.key;
    const r = this.report;
    this.better = p && key && r && this.editing === null ? betterKey(p.table, $state.snapshot(key) as KeyMapping, r, this.targets, this.#acceptedSnapshot()) : null;
  }

  /**
   * A layer of one country: its features lying in another country (a neighbour's municipio left in
   * a national map) are set aside in the key (features-elsewhere.ts), so that the join leaves them
   * out and the report names them; any other file or key: none.
   */
  #locateElsewhere(): void {
    const p = this.parsed;
    const key = this.mapping?.key;
    if (!key) return;
    const found = p?.kind === 'layer' && key.country ? featuresElsewhere(p.table, key.country, (x, y) => this.#session.countryAt(x, y)) : [];
    if (found.length) key.elsewhere = found;
    else delete key.elsewhere;
  }

  #rejoin(): void {
    const p = this.parsed;
    const key = this.mapping?.key;
    if (!p || !key) return;
    try {
      this.report = joinImport(p.table, $state.snapshot(key) as KeyMapping, this.targets, this.#acceptedSnapshot());
      this.error = null;
    } catch (err) {
      this.error = err;
    }
  }

  /** Leaves the flow without changing anything (Escape, or Back on the first step). */
  close(): void {
    if (this.step === 'reading') this.cancel();
    else if (!this.busy) this.#clear();
  }

  /**
   * The open join report with the file's rows and the targets it was joined to (null when there is
   * none): what the join-report export (export/join-report-table.ts) needs, built by the UI.
   */
  reportForExport(): { report: JoinReport; rows: JoinRow[]; targets: readonly JoinTarget[] } | null {
    const r = this.report;
    const p = this.parsed;
    const key = this.mapping?.key;
    if (!r || !p || !key) return null;
    return { report: r, rows: joinRowsFor(p.table, $state.snapshot(key) as KeyMapping), targets: this.targets };
  }

  /** Back one step: report → mapping; mapping → reshape (a long file); reshape, mapping or sheet → nothing read. */
  back(): void {
    if (this.step === 'report' && this.editing === null) {
      this.step = 'mapping';
      this.report = null;
    } else if (this.step === 'mapping' && this.reshape && this.editing === null) {
      this.parsed = { kind: 'table', table: this.reshape.source };
      this.mapping = null;
      this.skipped = [];
      this.accepted = {};
      this.step = 'reshape';
    } else if (this.step === 'reshape' || this.step === 'mapping' || this.step === 'sheet' || this.step === 'report') {
      this.#clear();
    }
  }

  /**
   * Adds the file (or, for a report opened again, the new decisions) to the workspace: the app
   * checks it, stores it, and shows it. On failure nothing changes and the flow stays where it was.
   */
  async apply(): Promise<void> {
    const p = this.parsed;
    const m = this.#finalMapping();
    if (!p || !m || this.step !== 'report') return;
    this.error = null;
    this.step = 'applying';
    try {
      const accepted = this.#acceptedSnapshot();
      const editing = this.editing;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
      const importedAt = new Date().toISOString();
      // Runs on the workspace as stored: again on another tab's, if that tab wrote meanwhile.
      await this.#session.changeWorkspace((ws) =>
        editing !== null ? workspaceWithAccepted(ws, editing, accepted, combineRules(m), importedAt) : workspaceWithImport(ws, { id: nextImportId(ws), importedAt, parsed: p, mapping: m, accepted }),
      );
      const file = this.fileName;
      this.#clear();
      this.notice = 'applied';
      this.noticeFile = file;
      this.#showFirstIndicator(m);
    } catch (err) {
      this.error = err;
      this.step = 'report';
    }
  }

  /** After adding indicators, the map shows the first of them (in the indicator view). */
  #showFirstIndicator(m: ImportMapping): void {
    if (m.kind !== 'indicators' || !m.columns.length) return;
    const id = m.columns[0].id;
    if (this.#session.catalog.some((e) => e.id === id)) this.#map.pickedId = id;
  }

  /** Opens the report of an imported file again (its decisions can be changed and applied). */
  async openReport(importId: string): Promise<void> {
    if (this.busy) return;
    const imp = this.#session.workspace.imports.find((i) => i.id === importId);
    if (!imp) return;
    this.#clear();
    try {
      if (!this.targets.length) this.targets = await this.#session.joinTargets();
      this.parsed = imp.parsed;
      this.mapping = structuredClone(imp.mapping);
      this.accepted = { ...imp.accepted };
      this.fileName = imp.parsed.table.fileName;
      this.editing = importId;
      const stored = this.#session.workspaceReports.get(importId);
      this.report = stored ?? (imp.mapping.key ? joinImport(imp.parsed.table, imp.mapping.key, this.targets, imp.accepted) : null);
      this.step = 'report';
    } catch (err) {
      this.#clear();
      this.error = err;
    }
  }

  /** Removes one imported file from the workspace (the app keeps everything on failure). */
  async remove(importId: string): Promise<void> {
    if (this.busy) return;
    const imp = this.#session.workspace.imports.find((i) => i.id === importId);
    if (!imp) return;
    this.error = null;
    try {
      await this.#session.changeWorkspace((ws) => workspaceWithout(ws, importId));
      if (this.editing === importId) this.#clear();
      this.notice = 'removed';
      this.noticeFile = imp.parsed.table.fileName;
    } catch (err) {
      this.error = err;
    }
  }

  /** Back to the default data (the UI has asked the planner to confirm). */
  async reset(): Promise<void> {
    if (this.busy) return;
    this.error = null;
    try {
      await this.#session.resetWorkspace();
      this.#clear();
      this.notice = 'reset';
    } catch (err) {
      this.error = err;
    }
  }

  /** The key text of file row `row` as written (for decisions listed in the report). */
  rowKey(row: number): string {
    const p = this.parsed;
    const key = this.mapping?.key;
    if (!p || !key) return '';
    const c = p.table.columns.indexOf(key.column);
    const v = c >= 0 ? p.table.values[c]?.[row] : null;
    return v === null || v === undefined ? '' : String(v);
  }

  #clear(): void {
    this.#whole = null;
    this.#splitGuess = null;
    this.repeatedReady = true;
    this.step = 'idle';
    this.parsed = null;
    this.reshape = null;
    this.mapping = null;
    this.accepted = {};
    this.skipped = [];
    this.report = null;
    this.better = null;
    this.editing = null;
    this.progress = null;
    this.error = null;
    this.notice = '';
    this.noticeFile = '';
  }
}

/** Each value column's combine rule as set in the report (for a stored import opened again). */
function combineRules(m: ImportMapping): Record<string, CombineRule> {
  return m.kind === 'indicators' ? Object.fromEntries(m.columns.flatMap((c) => (c.combine ? [[c.column, c.combine]] : []))) : {};
}
