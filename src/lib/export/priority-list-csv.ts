/**
 * The priority list as CSV (issue 3, item 5): one row per unit in priority order, units without
 * score last with empty score cells.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import { toCsv, type CsvCell } from './csv.ts';

/** Children of the root group, in spec order: the pillar score columns. */
function rootChildren(spec: IndexSpec): string[] {
  const root = spec.groups.find((g) => g.parent === null);
  return spec.groups.filter((g) => root && g.parent === root.id).map((g) => g.id);
}

/** Column names of {@link priorityListCsv} for a spec, with or without the sensitivity columns. */
export function priorityListColumns(spec: IndexSpec, withSensitivity: boolean): string[] {
  return [
    'rank_region',
    'rank_country',
    'unit_id',
    'name',
    'department',
    'country',
    'score',
    ...rootChildren(spec).map((id) => `score_${id}`),
    'coverage',
    ...(withSensitivity ? ['median_rank', 'rank_p05', 'rank_p95', 'prob_top_n', 'robust'] : []),
  ];
}

/**
 * The CSV text of a ranking (see `toCsv`: BOM, CRLF, quoting, formula cells neutralised): columns
 * `rank_region`, `rank_country` (average ranks for ties), `unit_id`, `name`, `department`,
 * `country`, `score`, `score_<group>` for each child of the root group (its aggregated value, on
 * the normalised scale), `coverage` (share 0–1 of the total weight the score rests on) and, when
 * `result.sensitivity` is present, `median_rank`, `rank_p05`, `rank_p95`, `prob_top_n` (0–1) and
 * `robust` (1/0). Numbers at full double precision, missing ones empty.
 */
export function priorityListCsv(result: RankResult, spec: IndexSpec): string {
  const s = result.sensitivity;
  const pillars = rootChildren(spec).map((id) => result.index.nodeScores.get(id));
  const { index, units } = result;
  const rows = Array.from(result.order, (i): CsvCell[] => {
    const u = units[i];
    const row: CsvCell[] = [
      index.rankRegion[i],
      index.rankCountry[i],
      u.unit_id,
      u.name,
      u.department,
      u.country,
      index.score[i],
      ...pillars.map((col) => col?.[i]),
      index.coverage[i],
    ];
    if (s) row.push(s.medianRank[i], s.p05[i], s.p95[i], s.probTopN[i], s.robust[i]);
    return row;
  });
  return toCsv(priorityListColumns(spec, s !== undefined), rows);
}
