/**
 * The priority list as a result table (issue 3, item 5; issue 6): one row per unit in priority
 * order, units without score last with empty score cells. Written as CSV (priority-list-csv.ts)
 * and as the "Data" sheet of the XLSX.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

/** Children of the root group, in spec order: the pillar score columns. */
export function rootChildren(spec: IndexSpec): string[] {
  const root = spec.groups.find((g) => g.parent === null);
  return spec.groups.filter((g) => root && g.parent === root.id).map((g) => g.id);
}

const SCORE = { decimals: 2 } as const;

/** The columns of the priority list for a spec, with or without the sensitivity columns. */
export function priorityListTableColumns(spec: IndexSpec, withSensitivity: boolean): ResultColumn[] {
  return [
    { header: 'rank_region', type: 'number' },
    { header: 'rank_country', type: 'number' },
    { header: 'unit_id', type: 'text' },
    { header: 'name', type: 'text' },
    { header: 'department', type: 'text' },
    { header: 'country', type: 'text' },
    { header: 'score', type: SCORE },
    ...rootChildren(spec).map((id): ResultColumn => ({ header: `score_${id}`, type: SCORE })),
    { header: 'coverage', type: 'percent' },
    ...(withSensitivity
      ? ([
          { header: 'median_rank', type: 'number' },
          { header: 'rank_p05', type: 'number' },
          { header: 'rank_p95', type: 'number' },
          { header: 'prob_top_n', type: 'percent' },
          { header: 'robust', type: 'integer' },
        ] satisfies ResultColumn[])
      : []),
  ];
}

/**
 * Columns `rank_region`, `rank_country` (average ranks for ties), `unit_id`, `name`,
 * `department`, `country`, `score`, `score_<group>` for each child of the root group (its
 * aggregated value, on the normalised scale), `coverage` (share 0–1 of the total weight the score
 * rests on) and, when `result.sensitivity` is present, `median_rank`, `rank_p05`, `rank_p95`,
 * `prob_top_n` (0–1) and `robust` (1/0). Missing numbers are NaN.
 */
export function priorityListTable(result: RankResult, spec: IndexSpec): ResultTable {
  const s = result.sensitivity;
  const pillars = rootChildren(spec).map((id) => result.index.nodeScores.get(id));
  const { index, units } = result;
  const rows = Array.from(result.order, (i): ResultCell[] => {
    const u = units[i];
    const row: ResultCell[] = [
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
  return { columns: priorityListTableColumns(spec, s !== undefined), rows };
}
