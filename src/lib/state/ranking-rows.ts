/**
 * Rows of the ranking table, built from a `RankResult` (and, when run, its sensitivity), and the
 * table's pure operations: sort by any column, filter by country and department, search by name
 * ignoring accents and case. Missing values stay NaN; a unit without a score is never shown as 0.
 */
import type { SensitivityResult } from '../analysis/composite-types.ts';
import type { ScoreEvidence } from '../analysis/score-evidence.ts';
import type { RankResult, RankUnit } from '../data/rank-types.ts';
import { foldAccents } from '../i18n/fold-accents.ts';

export interface RankingRow {
  /** Unit index into `result.units` (the order of the data, and of the map's features). */
  unit: number;
  id: string;
  name: string;
  department: string;
  /** Country as in the data (e.g. `GT`). */
  country: string;
  /** Country as displayed (and sorted). */
  countryLabel: string;
  /** Position in `result.order` (0 = first priority): the tie-break of every sort. */
  order: number;
  /** False for "insufficient data": the unit has no score (and no rank). */
  hasScore: boolean;
  score: number;
  rankRegion: number;
  rankCountry: number;
  /**
   * For the index of a year compared with an earlier one (`result.time.compare`): places moved up
   * since then, within country and region-wide (+ = towards rank 1); NaN otherwise.
   */
  rankChangeCountry: number;
  rankChangeRegion: number;
  /** Severity class 1–5 of the score (analysis/severity-classes.ts); NaN without a score or without classes. */
  severity: number;
  /** Share (0–1) of the total weight the score rests on. */
  coverage: number;
  /** Shares (0–1) of the weight measured per municipio, by department figures, and missing (NaN without evidence). */
  municipioShare: number;
  departmentShare: number;
  missingShare: number;
  /** Contribution of each group, aligned to the `groupIds` given; NaN where absent. */
  contributions: number[];
  inTopN: boolean;
  /** Sensitivity (NaN / false when it was not run). */
  medianRank: number;
  p05: number;
  p95: number;
  probTopN: number;
  robust: boolean;
  /** Name and department folded for search (see i18n/fold-accents.ts). */
  folded: string;
  foldedDepartment: string;
}

/** Columns the table sorts by; `group:<id>` is a group's contribution. */
export type SortKey = (typeof SORT_KEYS)[number] | `group:${string}`;

/** The table's fixed columns it sorts by (besides each group's `group:<id>`). */
export const SORT_KEYS = ['rankRegion', 'rankCountry', 'name', 'department', 'country', 'score', 'coverage', 'medianRank', 'interval', 'probTopN', 'rankChangeCountry', 'rankChangeRegion', 'severity'] as const;

/** Sort directions. */
export const SORT_DIRS = ['asc', 'desc'] as const;
export type SortDir = (typeof SORT_DIRS)[number];

export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** The table's opening order: by region rank, best first. */
export const DEFAULT_SORT: Sort = { key: 'rankRegion', dir: 'asc' };

/**
 * The table's first order: by rank within country, unless the indicators are normalised across the
 * region and the priority list is region-wide (then a region rank means something and leads).
 */
export function defaultSort(topNScope: 'region' | 'country', normScope: 'region' | 'country' = 'region'): Sort {
  return topNScope === 'region' && normScope === 'region' ? DEFAULT_SORT : { key: 'rankCountry', dir: 'asc' };
}

/**
 * Whether the region-wide rank is shown: only when the indicators are normalised across the
 * region. Normalised within each country, a score says where a municipio stands in its own
 * country, and a region rank beside it ("Region 114" for a country's first) would compare what
 * cannot be compared.
 */
export function showsRegionRank(normScope: 'region' | 'country'): boolean {
  return normScope === 'region';
}

export interface RowFilter {
  /** Country code, or '' for all. */
  country: string;
  /** A `departmentKey`, or '' for all. */
  department: string;
  /** Text searched in the names of the unit and its department, ignoring accents and case; '' for all. */
  query: string;
}

export const NO_FILTER: RowFilter = { country: '', department: '', query: '' };

/** Folded names per units array: the units stay while weights change, the rows do not. */
const foldedCache = new WeakMap<readonly RankUnit[], { name: string[]; department: string[] }>();
function foldedNames(units: readonly RankUnit[]): { name: string[]; department: string[] } {
  let names = foldedCache.get(units);
  if (!names) {
    names = { name: units.map((u) => foldAccents(u.name)), department: units.map((u) => foldAccents(u.department)) };
    foldedCache.set(units, names);
  }
  return names;
}

/** The sensitivity result if it belongs to these units (same length), else null. */
function usable(sensitivity: SensitivityResult | null | undefined, n: number): SensitivityResult | null {
  return sensitivity && sensitivity.medianRank.length === n ? sensitivity : null;
}

/**
 * One row per unit, in priority order (`result.order`).
 *
 * @param groupIds - ids of the groups whose contributions are shown (children of the root).
 * @param countryName - display name of a country code (identity by default).
 * @param evidence - what each score rests on, aligned to `result.units` (score-basis.ts); absent: NaN shares.
 * @param severity - each unit's severity class (0 = none), aligned to `result.units` (data/unit-severity.ts); absent: NaN.
 */
export function rankingRows(
  result: RankResult,
  sensitivity: SensitivityResult | null | undefined,
  groupIds: readonly string[],
  countryName: (country: string) => string = (c) => c,
  evidence: ScoreEvidence | null = null,
  severity: ArrayLike<number> | null = null,
): RankingRow[] {
  const sev = severity && severity.length === result.units.length ? severity : null;
  const { units, index, inTopN, order } = result;
  const s = usable(sensitivity ?? result.sensitivity, units.length);
  const contributions = groupIds.map((id) => index.contributions.get(id));
  const folded = foldedNames(units);
  const change = result.time?.compare;
  const labels = new Map<string, string>();
  const rows: RankingRow[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const u = units[i];
    let countryLabel = labels.get(u.country);
    if (countryLabel === undefined) labels.set(u.country, (countryLabel = countryName(u.country)));
    const score = index.score[i];
    const hasScore = Number.isFinite(score);
    rows.push({
      unit: i,
      id: u.unit_id,
      name: u.name,
      department: u.department,
      country: u.country,
      countryLabel,
      order: k,
      hasScore,
      score,
      rankRegion: hasScore ? index.rankRegion[i] : NaN,
      rankCountry: hasScore ? index.rankCountry[i] : NaN,
      rankChangeCountry: change ? change.country[i] : NaN,
      rankChangeRegion: change ? change.region[i] : NaN,
      severity: sev && sev[i] > 0 ? sev[i] : NaN,
      coverage: index.coverage[i],
      municipioShare: evidence ? evidence.municipio[i] : NaN,
      departmentShare: evidence ? evidence.department[i] : NaN,
      missingShare: evidence ? evidence.missing[i] : NaN,
      contributions: contributions.map((c) => (hasScore && c ? c[i] : NaN)),
      inTopN: inTopN[i] === 1,
      medianRank: s ? s.medianRank[i] : NaN,
      p05: s ? s.p05[i] : NaN,
      p95: s ? s.p95[i] : NaN,
      probTopN: s ? s.probTopN[i] : NaN,
      robust: s ? s.robust[i] === 1 : false,
      folded: folded.name[i],
      foldedDepartment: folded.department[i],
    });
  }
  return rows;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

function numericKey(key: SortKey, groupIds: readonly string[]): ((r: RankingRow) => number) | null {
  switch (key) {
    case 'rankRegion':
    case 'rankCountry':
    case 'score':
    case 'coverage':
    case 'medianRank':
    case 'probTopN':
    case 'rankChangeCountry':
    case 'rankChangeRegion':
    case 'severity':
      return (r) => r[key];
    case 'interval':
      return (r) => r.p05;
    case 'name':
    case 'department':
    case 'country':
      return null;
    default: {
      const g = groupIds.indexOf(key.slice('group:'.length));
      return (r) => (g < 0 ? NaN : r.contributions[g]);
    }
  }
}

/**
 * The rows sorted by `sort` (a new array). Whatever the column and direction: units without a
 * score come last, then rows whose value in the column is missing (NaN); ties keep priority order.
 * `interval` sorts by the 5th percentile rank, then the 95th. Text compares in `locale`, ignoring
 * accents and case; `country` sorts by its displayed name.
 *
 * @param groupIds - the ids the rows' `contributions` are aligned to (for `group:<id>` keys).
 */
export function sortRows(rows: readonly RankingRow[], sort: Sort, groupIds: readonly string[], locale = 'en'): RankingRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const num = numericKey(sort.key, groupIds);
  let compare: (a: RankingRow, b: RankingRow) => number;
  if (num) {
    compare = (a, b) => {
      const x = num(a);
      const y = num(b);
      const xn = Number.isNaN(x);
      const yn = Number.isNaN(y);
      if (xn || yn) return xn === yn ? 0 : xn ? 1 : -1;
      if (x !== y) return sign * (x - y);
      return sort.key === 'interval' && a.p95 !== b.p95 && !Number.isNaN(a.p95) && !Number.isNaN(b.p95)
        ? sign * (a.p95 - b.p95)
        : 0;
    };
  } else {
    const c = collator(locale);
    const field = sort.key === 'country' ? 'countryLabel' : (sort.key as 'name' | 'department');
    compare = (a, b) => sign * c.compare(a[field], b[field]);
  }
  return [...rows].sort((a, b) => {
    if (a.hasScore !== b.hasScore) return a.hasScore ? -1 : 1;
    return compare(a, b) || a.order - b.order;
  });
}

const SENSITIVITY_KEYS: readonly SortKey[] = ['medianRank', 'interval', 'probTopN'];

/**
 * The sort to apply: `sort`, unless its column is not shown (a sensitivity column without a
 * sensitivity result, a group no longer among `groupIds`, the region rank when `withRegionRank` is
 * false, a rank change without `withRankChange`), then `fallback` (default {@link DEFAULT_SORT}).
 */
export function effectiveSort(
  sort: Sort,
  groupIds: readonly string[],
  withSensitivity: boolean,
  fallback: Sort = DEFAULT_SORT,
  withRegionRank = true,
  withRankChange = false,
): Sort {
  if (SENSITIVITY_KEYS.includes(sort.key) && !withSensitivity) return fallback;
  if ((sort.key === 'rankRegion' || sort.key === 'rankChangeRegion') && !withRegionRank) return fallback;
  if ((sort.key === 'rankChangeCountry' || sort.key === 'rankChangeRegion') && !withRankChange) return fallback;
  if (sort.key.startsWith('group:') && !groupIds.includes(sort.key.slice('group:'.length))) return fallback;
  return sort;
}

/** Key of a department within its country (department names repeat across countries). */
export function departmentKey(country: string, department: string): string {
  return `${country}\u001f${department}`;
}

/**
 * The rows that pass `filter`: the country, the department (a `departmentKey`), and a unit name or
 * department name that contains the query once both are folded (accents and case ignored;
 * surrounding spaces trimmed): "peten" finds the municipios of Petén as well as Petén itself.
 */
export function filterRows(rows: readonly RankingRow[], filter: RowFilter): RankingRow[] {
  const q = foldAccents(filter.query.trim());
  return rows.filter(
    (r) =>
      (!filter.country || r.country === filter.country) &&
      (!filter.department || departmentKey(r.country, r.department) === filter.department) &&
      (!q || r.folded.includes(q) || r.foldedDepartment.includes(q)),
  );
}

export interface CountryOption {
  country: string;
  label: string;
}

/**
 * What the filters' options are made from: a unit's country (code and displayed name) and
 * department. Rows have them; so do the units alone, which stay while the weights change.
 */
export type RowPlace = Pick<RankingRow, 'country' | 'countryLabel' | 'department'>;

/** The countries of the rows, sorted by displayed name. */
export function countryOptions(rows: readonly Pick<RowPlace, 'country' | 'countryLabel'>[], locale = 'en'): CountryOption[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.country)) seen.set(r.country, r.countryLabel);
  const c = collator(locale);
  return [...seen].map(([country, label]) => ({ country, label })).sort((a, b) => c.compare(a.label, b.label));
}

export interface DepartmentOption {
  key: string;
  country: string;
  department: string;
}

/**
 * The departments of the rows (of `country` only, unless ''), sorted by country name then
 * department name. Units without a department name give none.
 */
export function departmentOptions(rows: readonly RowPlace[], country = '', locale = 'en'): DepartmentOption[] {
  const seen = new Map<string, DepartmentOption & { label: string }>();
  for (const r of rows) {
    if ((country && r.country !== country) || !r.department) continue;
    const key = departmentKey(r.country, r.department);
    if (!seen.has(key)) seen.set(key, { key, country: r.country, department: r.department, label: r.countryLabel });
  }
  const c = collator(locale);
  return [...seen.values()]
    .sort((a, b) => c.compare(a.label, b.label) || c.compare(a.department, b.department))
    .map(({ key, country: k, department }) => ({ key, country: k, department }));
}
