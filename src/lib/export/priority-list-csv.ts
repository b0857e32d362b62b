/**
 * The priority list as CSV (issue 3, item 5): one row per unit in priority order, units without
 * score last with empty score cells. The table itself is priority-list-table.ts (the XLSX writes
 * the same one).
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import { tableCsv } from './csv.ts';
import { priorityListTable, priorityListTableColumns } from './priority-list-table.ts';

/** Column names of {@link priorityListCsv} for a spec, with or without the sensitivity columns. */
export function priorityListColumns(spec: IndexSpec, withSensitivity: boolean): string[] {
  return priorityListTableColumns(spec, withSensitivity).map((c) => c.header);
}

/**
 * The CSV text of a ranking (see `toCsv`: BOM, CRLF, quoting, formula cells neutralised): the
 * columns of `priorityListTable` — `rank_region`, `rank_country` (average ranks for ties),
 * `unit_id`, `name`, `department`, `country`, `score`, `score_<group>` for each child of the root
 * group, `coverage` (share 0–1) and, when `result.sensitivity` is present, `median_rank`,
 * `rank_p05`, `rank_p95`, `prob_top_n` (0–1) and `robust` (1/0). Numbers at full double precision,
 * missing ones empty.
 */
export function priorityListCsv(result: RankResult, spec: IndexSpec): string {
  return tableCsv(priorityListTable(result, spec));
}
