/**
 * The priority list as a result table: one row per
 * unit in priority order, units without score last with empty score cells. Written as CSV
 * (priority-list-csv.ts, stable machine-code headers) and as the "Data" sheet of the XLSX (headers
 * in the interface language, the top N marked).
 *
 * The ranks lead with the one the normalisation scope makes meaningful: within each country when
 * the indicators are normalised within each country (then no region-wide rank is written: it would
 * compare scores that are not comparable), region-wide first when they are normalised across the
 * region. Scores have one decimal, shares are percentages (0–1 with three decimals).
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult, RankTime } from '../data/rank-types.ts';
import type { SheetsMessages } from '../i18n/sheets-messages.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';
import { scoreTrend } from '../data/score-trend.ts';
import { unitSeverity } from '../data/unit-severity.ts';

/** Children of the root group, in spec order: the pillar score columns. */
export function rootChildren(spec: IndexSpec): string[] {
  const root = spec.groups.find((g) => g.parent === null);
  return spec.groups.filter((g) => root && g.parent === root.id).map((g) => g.id);
}

/** Scores on the 0–100 scale: one decimal is what indicators measured to two or three figures support. */
const SCORE = { decimals: 1 } as const;
/** Ranks from the Monte Carlo percentiles may fall between two ranks. */
const RANK = { decimals: 1 } as const;

/**
 * What each unit's score rests on (state/score-basis.ts): per unit the shares
 * 0–1 of the total weight measured at municipio level, at department level and missing (aligned to
 * `result.units`); per country the root's children its scores use.
 */
export interface LevelShares {
  evidence: { municipio: ArrayLike<number>; department: ArrayLike<number>; missing: ArrayLike<number> };
  countries: readonly { country: string; used: readonly string[] }[];
}

/** How the columns are headed, and whether the level-share columns are among them. */
export interface PriorityListColumnOptions {
  /** Headers in the interface language (the XLSX); without them the headers are the machine codes. */
  labels?: SheetsMessages;
  /** `lang` of the group labels (default `en`). */
  lang?: 'en' | 'es';
  /** With `share_municipio`, `share_department`, `share_missing` and `pillars_used`. */
  withLevelShares?: boolean;
  /** The index of a year: the panel's years, one `score_in_<year>` column each (the ranking's trend). */
  panelYears?: readonly number[];
}

export interface PriorityListOptions extends Omit<PriorityListColumnOptions, 'withLevelShares'> {
  /** What the scores rest on; given, the list gets the level-share columns. */
  levelShares?: LevelShares | null;
}

/** True when the spec's ranks are comparable across the region (indicators normalised region-wide). */
export function regionRanked(spec: IndexSpec): boolean {
  return spec.normalisation.scope === 'region';
}

/** The columns of the priority list for a spec, with or without the sensitivity and level-share columns. */
export function priorityListTableColumns(spec: IndexSpec, withSensitivity: boolean, opts: PriorityListColumnOptions = {}): ResultColumn[] {
  const l = opts.labels;
  const lang = opts.lang ?? 'en';
  const col = (header: string, type: ResultColumn['type'], label?: string): ResultColumn => (l && label !== undefined ? { header, type, label } : { header, type });
  const flag = (header: string, label?: string): ResultColumn => ({ ...col(header, 'flag', label), ...(l ? { flagText: { yes: l.yes, no: l.no } } : {}) });
  const country = col('rank_country', 'number', l?.rankCountry);
  const region = regionRanked(spec);
  const ranks = region ? [col('rank_region', 'number', l?.rankRegion), country] : [country];
  const from = spec.year === undefined ? undefined : spec.compareYear;
  const changes =
    from === undefined
      ? []
      : [
          ...(region ? [col('rank_change_region', 'number', l?.rankChangeRegion(String(from)))] : []),
          col('rank_change_country', 'number', l?.rankChangeCountry(String(from))),
        ];
  const years =
    spec.year === undefined
      ? []
      : [col('year', 'text', l?.year), ...(from === undefined ? [] : [col('compare_year', 'text', l?.compareYear)]), col('value_years', 'text', l?.valueYears)];
  const groups = new Map(spec.groups.map((g) => [g.id, g]));
  return [
    ...ranks,
    ...changes,
    flag('in_top_n', l?.inTopN(spec.topN, spec.topNScope)),
    col('unit_id', 'text', l?.unitId),
    col('name', 'text', l?.name),
    col('department', 'text', l?.department),
    col('country', 'text', l?.country),
    col('score', SCORE, l?.score),
    col('severity', 'integer', l?.severity),
    ...rootChildren(spec).map((id) => col(`score_${id}`, SCORE, l?.groupScore(groups.get(id)?.label?.[lang] ?? id))),
    ...(spec.year === undefined ? [] : (opts.panelYears ?? []).map((y) => col(`score_in_${y}`, SCORE, l?.scoreIn(String(y))))),
    col('coverage', 'percent', l?.weightShare),
    ...(opts.withLevelShares
      ? [
          col('share_municipio', 'percent', l?.shareMunicipio),
          col('share_department', 'percent', l?.shareDepartment),
          col('share_missing', 'percent', l?.shareMissing),
          col('pillars_used', 'text', l?.pillarsUsed),
        ]
      : []),
    ...years,
    ...(withSensitivity
      ? [
          col('median_rank', RANK, l?.medianRank),
          col('rank_p05', RANK, l?.rankP05),
          col('rank_p95', RANK, l?.rankP95),
          col('prob_top_n', 'percent', l?.probTopN(spec.topN)),
          flag('robust', l?.robust),
        ]
      : []),
  ];
}

/**
 * The year each yearly indicator's values come from in the index's year, as `id:year` separated by
 * spaces (`id:none` before the indicator's first year); the same cell in every language.
 */
export function valueYearsCell(time: RankTime): string {
  const k = time.years.indexOf(time.year);
  return [...time.valueYears].map(([id, ys]) => `${id}:${ys[k] ?? 'none'}`).join(' ');
}

/**
 * Columns: the ranks (`rank_country`, or `rank_region` then `rank_country` when the spec
 * normalises across the region; average ranks for ties), for the index of a year compared with an
 * earlier one the places moved up since then (`rank_change_region` when region-ranked,
 * `rank_change_country`; + = towards rank 1), `in_top_n` (1/0, by the spec's topN and
 * topNScope), `unit_id`, `name`, `department`, `country`, `score`, `score_<group>` for each child
 * of the root group (its aggregated value, on the normalised scale), for the index of a year
 * `score_in_<year>` for each panel year (the unit's score that year on the fixed goalposts; empty
 * in a year without a score, and in every year for a country without an indicator by year, whose
 * score cannot change: {@link scoreTrend}), `coverage` (share 0–1 of the
 * total weight the score rests on), with level shares given `share_municipio`, `share_department`,
 * `share_missing` (0–1) and `pillars_used` (the root's children the unit's country uses, ids
 * separated by spaces), for the index of a year `year`, `compare_year` (when compared) and
 * `value_years` ({@link valueYearsCell}), and, when `result.sensitivity` is present, `median_rank`, `rank_p05`,
 * `rank_p95`, `prob_top_n` (0–1) and `robust` (1/0). Missing numbers are NaN. `marked` is the top N.
 */
export function priorityListTable(result: RankResult, spec: IndexSpec, opts: PriorityListOptions = {}): ResultTable {
  const s = result.sensitivity;
  const pillars = rootChildren(spec).map((id) => result.index.nodeScores.get(id));
  const { index, units, inTopN } = result;
  const region = regionRanked(spec);
  const ls = opts.levelShares;
  // Group ids as the CSV's machine codes (`migration I IV`): the same cell in every language.
  const used = new Map((ls?.countries ?? []).map((c) => [c.country, c.used.join(' ')]));
  const time = result.time;
  if ((spec.year !== undefined) !== (time !== undefined) || (time && time.year !== spec.year)) {
    throw new Error('priorityListTable: the result is not of the spec’s year');
  }
  const cmp = spec.compareYear === undefined ? undefined : time?.compare;
  const yearCells = time ? [String(time.year), ...(cmp ? [String(cmp.year)] : []), valueYearsCell(time)] : [];
  const noTrend = time ? time.years.map(() => NaN) : [];
  const severity = unitSeverity(result, spec).classes;
  const marked: boolean[] = [];
  const rows = Array.from(result.order, (i): ResultCell[] => {
    const u = units[i];
    marked.push(inTopN[i] === 1);
    const row: ResultCell[] = [
      ...(region ? [index.rankRegion[i]] : []),
      index.rankCountry[i],
      ...(cmp ? [...(region ? [cmp.region[i]] : []), cmp.country[i]] : []),
      inTopN[i],
      u.unit_id,
      u.name,
      u.department,
      u.country,
      index.score[i],
      severity[i] || NaN,
      ...pillars.map((col) => col?.[i]),
      ...(time ? Array.from(scoreTrend(time, i, u.country) ?? noTrend) : []),
      index.coverage[i],
    ];
    if (ls) row.push(ls.evidence.municipio[i], ls.evidence.department[i], ls.evidence.missing[i], used.get(u.country) ?? '');
    row.push(...yearCells);
    if (s) row.push(s.medianRank[i], s.p05[i], s.p95[i], s.probTopN[i], s.robust[i]);
    return row;
  });
  return { columns: priorityListTableColumns(spec, s !== undefined, { labels: opts.labels, lang: opts.lang, withLevelShares: !!ls, panelYears: time?.years }), rows, marked };
}
