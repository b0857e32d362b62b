/**
 * The priority list as CSV: one row per unit in priority
 * order, units without score last with empty score cells. The table itself is
 * priority-list-table.ts (the XLSX writes the same one); the CSV keeps its machine-code headers in
 * every interface language.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import { tableCsv } from './csv.ts';
import { priorityListTable, priorityListTableColumns, type LevelShares } from './priority-list-table.ts';

/** Column names of {@link priorityListCsv} for a spec, with or without the sensitivity columns. */
export function priorityListColumns(spec: IndexSpec, withSensitivity: boolean, levelShares = false): string[] {
  return priorityListTableColumns(spec, withSensitivity, { withLevelShares: levelShares }).map((c) => c.header);
}

/**
 * The CSV text of a ranking (see `toCsv`: BOM, CRLF, quoting, formula cells neutralised): the
 * columns of `priorityListTable` — the rank the spec's normalisation scope makes meaningful first
 * (`rank_country`; `rank_region` then `rank_country` when normalised across the region),
 * `in_top_n` (1/0), `unit_id`, `name`, `department`, `country`, `score` and `score_<group>` (one
 * decimal), `coverage` (share 0–1, three decimals), the level shares when given, and the
 * sensitivity columns when `result.sensitivity` is present. Missing numbers empty.
 */
export function priorityListCsv(result: RankResult, spec: IndexSpec, levelShares?: LevelShares | null): string {
  return tableCsv(priorityListTable(result, spec, { levelShares }));
}
