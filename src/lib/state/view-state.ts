/**
 * The view as a link carries it: language, tab, indicator, the complete index spec, the map's
 * classification, the hotspot and investment settings, the ranking table's filters and sort, the
 * selected unit and the map position. Plain data; `encodeViewState` / `decodeViewState` turn it
 * into the URL fragment and back, `viewStateJson` / `parseViewState` into the JSON a project file
 * keeps.
 *
 * The fragment (`#v=1&l=es&t=index&i=…&u=…&m=lon,lat,zoom&s=…`), not the query: a fragment never
 * leaves the browser (the spec and the selection are not sent to the server that hosts focal, in
 * keeping with "nothing is uploaded"), replacing it never reloads the page, and the service worker
 * matches the cached app by its URL without a query. The short settings are readable; the spec and
 * the other settings travel as one JSON object, raw-DEFLATE-compressed and base64url-encoded (`s`),
 * without the settings at their default and, in the app, with the spec as its differences from the
 * default spec (view-link-compact.ts): the heaviest realistic view's link is near 700 characters.
 *
 * Decoding validates everything: the spec through `parseIndexSpec`, indicator and unit ids against
 * the catalog and the boundaries, every setting against its allowed values. Anything else throws a
 * {@link ViewStateError}.
 */
import { LANGS, type Lang } from '../i18n/messages.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import { IndexSpecError, parseIndexSpec } from '../data/parse-index-spec.ts';
import { COUNTRY_CODES } from '../data/schema.ts';
import { INVESTMENT_PILLARS, SPREADS, type Spread } from '../analysis/coverage-types.ts';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../analysis/class-methods.ts';
import { APP_VIEWS, type AppView } from './app-view.ts';
import { HOTSPOT_MAP_MODES, type HotspotMapMode } from './hotspots.svelte.ts';
import { COVERAGE_MEASURES, INVESTMENT_MAP_MODES, NEED_SOURCES, type CoverageMeasure, type InvestmentMapMode, type NeedSource } from './investments.svelte.ts';
import type { InvestmentFilter } from './investments-filter.ts';
import { YEAR_RULES, type YearRule } from '../analysis/money-by-year.ts';
import { SCALE_CHOICES, type ScaleChoice } from './choropleth.svelte.ts';
import { SORT_DIRS, SORT_KEYS, type Sort, type SortKey } from './ranking-rows.ts';
import {
  ALPHAS,
  CONTIGUITIES,
  CORRECTIONS,
  GROUP_VARIABLE_PREFIX,
  INDEX_VARIABLE,
  PERMUTATIONS,
  SNAP_MAX,
  SNAP_MIN,
  STATISTICS,
  type HotspotSettings,
} from './hotspot-settings.ts';
import { deflateText, inflateText } from './deflate-text.ts';
import { compactViewJson, expandViewJson } from './view-link-compact.ts';
import { ViewStateError } from './view-state-error.ts';
import { DEFAULT_YEAR_CHOICE, type YearChoice } from './year-choice.ts';
import { CHANGE_CLASS_COUNTS, CHANGE_MODES, DEFAULT_CHANGE_CLASSES } from './change-map.svelte.ts';
import type { ChangeMode } from '../analysis/change-between.ts';
import { CURRENT, MAX_SAVED, MAX_SCENARIO_NAME, type ScenariosView } from './scenarios-view.ts';
import { MAX_SCENARIOS } from '../data/scenario-compare.ts';
import { Fields, isObj, issueText, quoted, type Issue, type Obj } from '../data/validate.ts';
import { MAX_LIST_NAME, listName } from '../data/unit-list.ts';

/** The version of the link format (`v=`) and of a project file's view. */
export const VIEW_STATE_VERSION = 1;

/** Longest free text kept (search, donor, sector, department): a link is not a place for essays. */
const MAX_TEXT = 200;
/** Most unit ids a list filter in a link holds (the region has 682 municipios; imported boundaries may have more). */
const MAX_LIST_UNITS = 20_000;

/** The map's centre and zoom, rounded to 5 decimals (about 1 m) and 2 decimals. */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

/** The ranking table's filters and sort (`sort` null: the table's default order). */
export interface RankingView {
  country: string;
  department: string;
  query: string;
  sort: Sort | null;
}

export interface InvestmentView {
  filter: InvestmentFilter;
  measure: CoverageMeasure;
  mapMode: InvestmentMapMode;
  needSource: NeedSource;
  spread: Spread;
  showPoints: boolean;
  maxActivities: number;
  /** How money is put in years (money over time); links made before it default to `spread`. */
  yearRule: YearRule;
  /** The before/after's split year (NaN: the default, the middle of the years with money). */
  splitYear: number;
  /**
   * The named list the view is limited to (its name, units and origin, so that a reader without
   * the list gets it); absent: all municipios (and links made before the list filter).
   */
  list?: ListFilterView;
}

/** A named list as the Investments view's filter travels in a link: enough to make the list again. */
export interface ListFilterView {
  name: string;
  units: string[];
  origin: string;
}

export interface ViewState {
  /**
   * The language the sender chose with the toggle; null when they kept their browser's, so that
   * the reader sees the view in their own browser's language.
   */
  lang: Lang | null;
  view: AppView;
  /** The indicator picked (a catalog id). */
  indicator: string;
  /** The year the picked indicator is shown in, when it is yearly (links made before years: its reference year). */
  year: YearChoice;
  /** The change between two years of the picked (yearly) indicator, when the indicator view shows it. */
  change: ChangeView;
  /** The complete index spec. */
  spec: IndexSpec;
  classification: { method: ClassMethod; k: number };
  hotspots: HotspotSettings;
  hotspotMap: HotspotMapMode;
  investments: InvestmentView;
  ranking: RankingView;
  /** Unit id of the selected unit, or null. */
  selected: string | null;
  /** Null: the map as it opens (all three countries). */
  map: MapPosition | null;
  /** The saved scenarios and the comparison (absent: none; links and projects made before scenarios). */
  scenarios?: ScenariosView;
  /** Whether the map shows the names of places (absent: shown; links and projects made before labels). */
  labels?: boolean;
  /**
   * The map's scale: the values, rank within country, or (on the index) its severity classes 1–5
   * (absent: values; links and projects made before the choice was carried).
   */
  mapScale?: ScaleChoice;
}

/** The change map as a link keeps it: on or off, the two years (null: the series' first, its last), the mode and the classes. */
export interface ChangeView {
  active: boolean;
  first: number | null;
  second: number | null;
  mode: ChangeMode;
  k: number;
}

/** The change map as the app opens (and as links made before it read): off. */
export const DEFAULT_CHANGE_VIEW: Readonly<ChangeView> = Object.freeze({ active: false, first: null, second: null, mode: 'absolute', k: DEFAULT_CHANGE_CLASSES });

/** What ids are known where the state is applied. */
export interface ViewContext {
  /** Catalog indicator ids (the default data and the workspace's imports). */
  indicatorIds: ReadonlySet<string>;
  unitIds: ReadonlySet<string>;
  /** The years of each yearly indicator (a year chosen for the picked indicator must be one of them). */
  indicatorYears?: ReadonlyMap<string, readonly number[]>;
  /** The app's default index spec: a link may give its spec as differences from it (view-link-compact.ts). */
  defaultSpec?: IndexSpec;
}

export const roundTo = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** The position as a link keeps it: centre to 5 decimals, zoom to 2. */
export function roundedPosition(p: MapPosition): MapPosition {
  return { lon: roundTo(p.lon, 5), lat: roundTo(p.lat, 5), zoom: roundTo(p.zoom, 2) };
}

/** `o` without its null fields (read back as null). */
function compact<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== null)) as Partial<T>;
}

/** The state as plain JSON (NaN years become null). */
export function viewStateJson(v: ViewState): Record<string, unknown> {
  const f = v.investments.filter;
  const year = (y: number) => (Number.isFinite(y) ? y : null);
  return {
    lang: v.lang,
    view: v.view,
    indicator: v.indicator,
    year: { ...v.year },
    // The change map only when it is on (its years, when chosen, mode and classes), so that a link stays short.
    ...(v.change.active ? { change: compact({ first: v.change.first, second: v.change.second, mode: v.change.mode, k: v.change.k }) } : {}),
    spec: v.spec,
    classification: { ...v.classification },
    // The hotspot period only where it is set (read back as null).
    hotspots: compact(v.hotspots),
    hotspotMap: v.hotspotMap,
    // The list filter only when a list is chosen (the key is absent otherwise), so that a link without it stays as before.
    investments: {
      ...v.investments,
      filter: { ...f, yearFrom: year(f.yearFrom), yearTo: year(f.yearTo) },
      splitYear: year(v.investments.splitYear),
      ...(v.investments.list ? { list: { name: v.investments.list.name, units: [...v.investments.list.units], origin: v.investments.list.origin } } : {}),
    },
    ranking: { ...v.ranking, sort: v.ranking.sort ? { ...v.ranking.sort } : null },
    selected: v.selected,
    map: v.map ? roundedPosition(v.map) : null,
    // Scenarios only when some are saved or compared, so that a link without them stays as short as before.
    ...(v.scenarios && (v.scenarios.saved.length > 0 || v.scenarios.compare.length > 0)
      ? { scenarios: { saved: v.scenarios.saved.map((x) => ({ name: x.name, spec: x.spec })), compare: [...v.scenarios.compare], base: v.scenarios.base, topN: v.scenarios.topN } }
      : {}),
    // Labels only when turned off, so that a link with them (the default) stays as before.
    ...(v.labels === false ? { labels: false } : {}),
    // The map's scale only when it is not the values, so that a link with the default stays as before.
    ...(v.mapScale && v.mapScale !== 'values' ? { mapScale: v.mapScale } : {}),
  };
}

/**
 * The URL fragment for `v`, without the leading `#`. The settings leave out their defaults; with
 * `defaultSpec` (the app's default index spec, as the reader's {@link ViewContext} gives it) the
 * spec travels as its differences from it.
 */
export async function encodeViewState(v: ViewState, defaultSpec: IndexSpec | null = null): Promise<string> {
  const { lang, view, indicator, selected, map, ...rest } = viewStateJson(v);
  const parts = [`v=${VIEW_STATE_VERSION}`, ...(lang === null ? [] : [`l=${lang as string}`]), `t=${view as string}`, `i=${encodeURIComponent(indicator as string)}`];
  if (selected !== null) parts.push(`u=${encodeURIComponent(selected as string)}`);
  if (map) {
    const m = map as MapPosition;
    parts.push(`m=${m.lon},${m.lat},${m.zoom}`);
  }
  parts.push(`s=${await deflateText(JSON.stringify(compactViewJson(rest, defaultSpec)))}`);
  return parts.join('&');
}

/**
 * The state a fragment (with or without `#`) stands for, checked against `ctx`.
 * @throws {ViewStateError} for a link of another version, a damaged or tampered link, an invalid
 *   spec, an unknown indicator or unit, or a setting out of range.
 */
export async function decodeViewState(fragment: string, ctx: ViewContext): Promise<ViewState> {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  const version = params.get('v');
  if (version !== String(VIEW_STATE_VERSION)) {
    throw new ViewStateError('version', `the link is of version ${version ?? '(none)'}, this focal reads version ${VIEW_STATE_VERSION}`, {
      version: version ?? '',
    });
  }
  const s = params.get('s');
  if (s === null) throw damaged('s', 'is missing');
  let rest: unknown;
  try {
    rest = JSON.parse(await inflateText(s));
  } catch (err) {
    throw damaged('s', `cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isObj(rest)) throw damaged('s', 'is not an object');
  // Settings left out at their default, and a spec given as differences from the default one.
  const settings = expandViewJson(rest, ctx.defaultSpec ?? null);
  let map: MapPosition | null = null;
  const m = params.get('m');
  if (m !== null) {
    const xs = m.split(',');
    if (xs.length !== 3 || !xs.every((x) => /^-?\d+(\.\d+)?$/.test(x))) throw damaged('m', 'must be lon,lat,zoom');
    map = { lon: Number(xs[0]), lat: Number(xs[1]), zoom: Number(xs[2]) };
  }
  return parseViewState(
    { ...settings, lang: params.get('l'), view: params.get('t'), indicator: params.get('i'), selected: params.get('u'), map },
    ctx,
  );
}

function damaged(field: string, what: string): ViewStateError {
  return new ViewStateError('damaged', `the link is damaged: ${field} ${what}`, { field });
}

/**
 * The link's error for a validation issue (the toolkit's, worded as everywhere else): a value
 * outside its allowed list or bounds is `out-of-range`, anything else (absent, wrong type, unknown
 * field) `damaged`.
 */
function issueError(issue: Issue): ViewStateError {
  if (issue.kind === 'one-of' || issue.kind === 'number' || issue.kind === 'too-long') {
    return new ViewStateError('out-of-range', issueText(issue), { field: issue.path, value: issue.value }, issue);
  }
  return new ViewStateError('damaged', `the link is damaged: ${issueText(issue)}`, { field: issue.path }, issue);
}

/** Reads field `key` of `o` (reported as `path`) with the toolkit; the first issue is thrown. */
function read<T>(o: Obj, key: string, path: string, get: (f: Fields) => T | undefined): T {
  const issues: Issue[] = [];
  const v = get(new Fields(issues, o, '', { [key]: path }));
  if (issues.length > 0) throw issueError(issues[0]);
  return v as T;
}

/** Refuses fields of `o` other than `known` (a tampered link, a typo in a project file). */
function only(o: Obj, known: readonly string[], path: string): void {
  const issues: Issue[] = [];
  new Fields(issues, o, path).only(known);
  if (issues.length > 0) throw issueError(issues[0]);
}

function obj(o: Obj, key: string, path: string): Obj {
  return read(o, key, path, (f) => f.object(key, true)?.obj);
}

function oneOf<T extends string | number>(o: Obj, key: string, values: readonly T[], path: string): T {
  return read(o, key, path, (f) => f.oneOf(key, values));
}

function text(o: Obj, key: string, path: string, max = MAX_TEXT): string {
  return read(o, key, path, (f) => f.string(key, { required: true, nonEmpty: false, maxLength: max }));
}

function int(o: Obj, key: string, path: string, min: number, max: number): number {
  return read(o, key, path, (f) => f.number(key, { integer: true, min, max }));
}

function num(o: Obj, key: string, path: string, min: number, max: number): number {
  return read(o, key, path, (f) => f.number(key, { min, max }));
}

function bool(o: Obj, key: string, path: string): boolean {
  return read(o, key, path, (f) => f.boolean(key));
}

/** A value outside an allowed set that only the data know (groups, sort columns). */
function outOfRange(path: string, allowed: readonly string[], value: unknown): ViewStateError {
  return issueError({ kind: 'one-of', path, allowed, value: quoted(value) });
}

function year(o: Record<string, unknown>, key: string, path: string): number {
  return o[key] === null ? NaN : int(o, key, path, 1900, 2100);
}

function knownIndicator(id: string, ctx: ViewContext | null, field: string): string {
  if (ctx && !ctx.indicatorIds.has(id)) {
    throw new ViewStateError('unknown-indicator', `${field}: the indicator "${id.slice(0, 80)}" is not in the data`, { id: id.slice(0, 80) });
  }
  return id;
}

/** The year of the picked indicator: a year of its series (when the data say which) or null, and "latest available". */
function parseYearChoice(json: Obj, indicator: string, ctx: ViewContext | null): YearChoice {
  const y = obj(json, 'year', 'year');
  only(y, ['year', 'latest'], 'year');
  const chosen = y.year === null ? null : int(y, 'year', 'year.year', 1900, 2100);
  const years = ctx?.indicatorYears ? (ctx.indicatorYears.get(indicator) ?? []) : null;
  if (chosen !== null && years && !years.includes(chosen)) throw outOfRange('year.year', years.map(String), chosen);
  return { year: chosen, latest: bool(y, 'latest', 'year.latest') };
}

/** A year of `id`'s series (when the data say which), or null where `nullable`. */
function seriesYear(o: Obj, key: string, path: string, id: string, ctx: ViewContext | null, nullable: boolean): number | null {
  if (nullable && o[key] === null) return null;
  const y = int(o, key, path, 1900, 2100);
  const years = ctx?.indicatorYears ? (ctx.indicatorYears.get(id) ?? []) : null;
  if (years && !years.includes(y)) throw outOfRange(path, years.map(String), y);
  return y;
}

/** The change map of the picked indicator (present: on): its two years must be of its series. */
function parseChangeView(json: Obj, indicator: string, ctx: ViewContext | null): ChangeView {
  const c = obj(json, 'change', 'change');
  only(c, ['first', 'second', 'mode', 'k'], 'change');
  return {
    active: true,
    first: c.first === undefined ? null : seriesYear(c, 'first', 'change.first', indicator, ctx, true),
    second: c.second === undefined ? null : seriesYear(c, 'second', 'change.second', indicator, ctx, true),
    mode: oneOf(c, 'mode', CHANGE_MODES, 'change.mode'),
    k: oneOf(c, 'k', CHANGE_CLASS_COUNTS, 'change.k'),
  };
}

/** The hotspot variable's period: a year of its series, or two (the differential local Moran); null: the catalog's value. */
function parseHotspotTime(h: Obj, variable: string, ctx: ViewContext | null): HotspotSettings['time'] {
  if (h.time === undefined || h.time === null) return null;
  const t = obj(h, 'time', 'hotspots.time');
  if ('year' in t) {
    only(t, ['year'], 'hotspots.time');
    return { year: seriesYear(t, 'year', 'hotspots.time.year', variable, ctx, false)! };
  }
  only(t, ['first', 'second'], 'hotspots.time');
  return {
    first: seriesYear(t, 'first', 'hotspots.time.first', variable, ctx, false)!,
    second: seriesYear(t, 'second', 'hotspots.time.second', variable, ctx, false)!,
  };
}

/**
 * Validates a view state read from JSON (a decoded link, a project file's `view`). With `ctx`
 * null, ids are not checked against the data (a project file's view, checked once its workspace
 * is known).
 * @throws {ViewStateError}
 */
export function parseViewState(json: unknown, ctx: ViewContext | null): ViewState {
  if (!isObj(json)) throw issueError({ kind: 'type', path: 'view', expected: 'object' });
  only(json, ['lang', 'view', 'indicator', 'year', 'change', 'spec', 'classification', 'hotspots', 'hotspotMap', 'investments', 'ranking', 'selected', 'map', 'scenarios', 'labels', 'mapScale'], '');
  const lang = json.lang === undefined || json.lang === null ? null : oneOf(json, 'lang', LANGS, 'l');
  const view = oneOf(json, 'view', APP_VIEWS, 't');
  const indicator = knownIndicator(text(json, 'indicator', 'i', 400), ctx, 'i');
  const yearChoice = json.year === undefined ? { ...DEFAULT_YEAR_CHOICE } : parseYearChoice(json, indicator, ctx);
  const change = json.change === undefined ? { ...DEFAULT_CHANGE_VIEW } : parseChangeView(json, indicator, ctx);

  let spec: IndexSpec;
  try {
    spec = parseIndexSpec(json.spec);
  } catch (err) {
    if (!(err instanceof IndexSpecError)) throw err;
    throw new ViewStateError('spec', `the index in the link is not valid: ${err.issues.join('; ')}`, { issues: err.issues.join('; ') });
  }
  for (const ind of spec.indicators) knownIndicator(ind.column ?? ind.id, ctx, 'spec');
  const groupIds = new Set(spec.groups.map((g) => g.id));

  const c = obj(json, 'classification', 'classification');
  only(c, ['method', 'k'], 'classification');
  const classification = { method: oneOf(c, 'method', CLASS_METHODS, 'classification.method'), k: int(c, 'k', 'classification.k', MIN_CLASSES, MAX_CLASSES) };

  const h = obj(json, 'hotspots', 'hotspots');
  only(h, ['variable', 'time', 'statistic', 'contiguity', 'snapMeters', 'permutations', 'alpha', 'correction', 'seed'], 'hotspots');
  const variable = text(h, 'variable', 'hotspots.variable', 400);
  if (variable.startsWith(GROUP_VARIABLE_PREFIX)) {
    if (!groupIds.has(variable.slice(GROUP_VARIABLE_PREFIX.length))) {
      throw outOfRange('hotspots.variable', [INDEX_VARIABLE, ...[...groupIds].map((g) => GROUP_VARIABLE_PREFIX + g)], variable);
    }
  } else if (variable !== INDEX_VARIABLE) knownIndicator(variable, ctx, 'hotspots.variable');
  const hotspots: HotspotSettings = {
    variable,
    time: parseHotspotTime(h, variable, ctx),
    statistic: oneOf(h, 'statistic', STATISTICS, 'hotspots.statistic'),
    contiguity: oneOf(h, 'contiguity', CONTIGUITIES, 'hotspots.contiguity'),
    snapMeters: int(h, 'snapMeters', 'hotspots.snapMeters', SNAP_MIN, SNAP_MAX),
    permutations: oneOf(h, 'permutations', PERMUTATIONS, 'hotspots.permutations'),
    alpha: oneOf(h, 'alpha', ALPHAS, 'hotspots.alpha'),
    correction: oneOf(h, 'correction', CORRECTIONS, 'hotspots.correction'),
    seed: int(h, 'seed', 'hotspots.seed', 0, 0xffffffff),
  };
  const hotspotMap = oneOf(json, 'hotspotMap', HOTSPOT_MAP_MODES, 'hotspotMap');

  const inv = obj(json, 'investments', 'investments');
  only(inv, ['filter', 'measure', 'mapMode', 'needSource', 'spread', 'showPoints', 'maxActivities', 'yearRule', 'splitYear', 'list'], 'investments');
  const f = obj(inv, 'filter', 'investments.filter');
  only(f, ['donor', 'sector', 'pillar', 'loe', 'yearFrom', 'yearTo'], 'investments.filter');
  const pillar = f.pillar === '' ? '' : oneOf(f, 'pillar', INVESTMENT_PILLARS, 'investments.filter.pillar');
  const investments: InvestmentView = {
    filter: {
      donor: text(f, 'donor', 'investments.filter.donor'),
      sector: text(f, 'sector', 'investments.filter.sector'),
      pillar,
      // Links made before lines of effort were a filter have none: all lines.
      loe: f.loe === undefined ? 0 : int(f, 'loe', 'investments.filter.loe', 0, 8),
      yearFrom: year(f, 'yearFrom', 'investments.filter.yearFrom'),
      yearTo: year(f, 'yearTo', 'investments.filter.yearTo'),
    },
    measure: oneOf(inv, 'measure', COVERAGE_MEASURES, 'investments.measure'),
    mapMode: oneOf(inv, 'mapMode', INVESTMENT_MAP_MODES, 'investments.mapMode'),
    needSource: oneOf(inv, 'needSource', NEED_SOURCES, 'investments.needSource'),
    spread: oneOf(inv, 'spread', SPREADS, 'investments.spread'),
    showPoints: bool(inv, 'showPoints', 'investments.showPoints'),
    maxActivities: int(inv, 'maxActivities', 'investments.maxActivities', 0, 1_000_000),
    // Links made before money by year have neither: the default rule and split year.
    yearRule: inv.yearRule === undefined ? 'spread' : oneOf(inv, 'yearRule', YEAR_RULES, 'investments.yearRule'),
    splitYear: inv.splitYear === undefined ? NaN : year(inv, 'splitYear', 'investments.splitYear'),
  };
  if (inv.list !== undefined && inv.list !== null) investments.list = parseListFilter(inv);

  const r = obj(json, 'ranking', 'ranking');
  only(r, ['country', 'department', 'query', 'sort'], 'ranking');
  const country = text(r, 'country', 'ranking.country');
  if (country !== '' && !(COUNTRY_CODES as readonly string[]).includes(country)) throw outOfRange('ranking.country', COUNTRY_CODES, country);
  let sort: Sort | null = null;
  if (r.sort !== null) {
    const so = obj(r, 'sort', 'ranking.sort');
    only(so, ['key', 'dir'], 'ranking.sort');
    const key = text(so, 'key', 'ranking.sort.key', 400);
    const known = (SORT_KEYS as readonly string[]).includes(key) || (key.startsWith('group:') && groupIds.has(key.slice(6)));
    if (!known) throw outOfRange('ranking.sort.key', [...SORT_KEYS, ...[...groupIds].map((g) => `group:${g}`)], key);
    sort = { key: key as SortKey, dir: oneOf(so, 'dir', SORT_DIRS, 'ranking.sort.dir') };
  }
  const ranking: RankingView = {
    country,
    department: text(r, 'department', 'ranking.department'),
    query: text(r, 'query', 'ranking.query'),
    sort,
  };

  let selected: string | null = null;
  if (json.selected !== null && json.selected !== undefined) {
    selected = text(json, 'selected', 'u', 400);
    if (ctx && !ctx.unitIds.has(selected)) {
      throw new ViewStateError('unknown-unit', `the unit "${selected.slice(0, 80)}" is not on the map`, { id: selected.slice(0, 80) });
    }
  }

  let map: MapPosition | null = null;
  if (json.map !== null && json.map !== undefined) {
    const m = obj(json, 'map', 'm');
    only(m, ['lon', 'lat', 'zoom'], 'm');
    map = roundedPosition({ lon: num(m, 'lon', 'm', -180, 180), lat: num(m, 'lat', 'm', -85, 85), zoom: num(m, 'zoom', 'm', 0, 24) });
  }

  const scenarios = json.scenarios === undefined ? undefined : parseScenarios(json, ctx);
  const labels = json.labels === undefined ? undefined : bool(json, 'labels', 'labels');
  const mapScale = json.mapScale === undefined ? undefined : oneOf(json, 'mapScale', SCALE_CHOICES, 'mapScale');
  return {
    lang, view, indicator, year: yearChoice, change, spec, classification, hotspots, hotspotMap, investments, ranking, selected, map,
    ...(scenarios ? { scenarios } : {}),
    ...(labels === undefined ? {} : { labels }),
    ...(mapScale === undefined ? {} : { mapScale }),
  };
}

/**
 * The Investments view's list filter: a name, unit ids (ids not on the map are kept: a list made
 * on other boundaries is shown with the units found, as in the workspace) and where it came from.
 */
function parseListFilter(inv: Obj): ListFilterView {
  const l = obj(inv, 'list', 'investments.list');
  only(l, ['name', 'units', 'origin'], 'investments.list');
  const name = text(l, 'name', 'investments.list.name', MAX_LIST_NAME);
  if (listName(name) === '') throw damaged('investments.list.name', 'is empty');
  const units = read(l, 'units', 'investments.list.units', (f) => f.array('units'));
  if (units.length === 0 || units.length > MAX_LIST_UNITS) throw damaged('investments.list.units', `must hold 1 to ${MAX_LIST_UNITS} unit ids`);
  if (!units.every((u) => typeof u === 'string' && u.length > 0 && u.length <= 400)) throw damaged('investments.list.units', 'must be unit ids');
  return { name, units: units as string[], origin: text(l, 'origin', 'investments.list.origin', 400) };
}

/** The saved scenarios (each spec valid, names unique and not empty) and the comparison (2–4 of them or the current index, the base one of them). */
function parseScenarios(json: Obj, ctx: ViewContext | null): ScenariosView {
  const sc = obj(json, 'scenarios', 'scenarios');
  only(sc, ['saved', 'compare', 'base', 'topN'], 'scenarios');
  const rawSaved = read(sc, 'saved', 'scenarios.saved', (f) => f.array('saved'));
  if (rawSaved.length > MAX_SAVED) throw damaged('scenarios.saved', `holds more than ${MAX_SAVED} scenarios`);
  const saved = rawSaved.map((x, i) => {
    const path = `scenarios.saved[${i}]`;
    if (!isObj(x)) throw issueError({ kind: 'type', path, expected: 'object' });
    only(x, ['name', 'spec'], path);
    const name = text(x, 'name', `${path}.name`, MAX_SCENARIO_NAME).trim();
    if (name === CURRENT) throw damaged(`${path}.name`, 'is empty');
    let spec: IndexSpec;
    try {
      spec = parseIndexSpec(x.spec);
    } catch (err) {
      if (!(err instanceof IndexSpecError)) throw err;
      throw new ViewStateError('spec', `the scenario "${name}" is not valid: ${err.issues.join('; ')}`, { issues: `${name}: ${err.issues.join('; ')}` });
    }
    for (const ind of spec.indicators) knownIndicator(ind.column ?? ind.id, ctx, `${path}.spec`);
    return { name, spec };
  });
  const names = saved.map((x) => x.name);
  if (new Set(names).size !== names.length) throw damaged('scenarios.saved', 'names a scenario twice');
  const keys = [CURRENT, ...names];
  const rawCompare = read(sc, 'compare', 'scenarios.compare', (f) => f.array('compare'));
  if (rawCompare.length > MAX_SCENARIOS || new Set(rawCompare).size !== rawCompare.length) throw damaged('scenarios.compare', `must list up to ${MAX_SCENARIOS} different scenarios`);
  const compare = rawCompare.map((k, i) => {
    if (typeof k !== 'string' || !keys.includes(k)) throw outOfRange(`scenarios.compare[${i}]`, keys, k);
    return k;
  });
  const base = text(sc, 'base', 'scenarios.base', MAX_SCENARIO_NAME);
  if (base !== CURRENT && !compare.includes(base)) throw outOfRange('scenarios.base', [CURRENT, ...compare], base);
  return { saved, compare, base, topN: int(sc, 'topN', 'scenarios.topN', 1, 1000) };
}
