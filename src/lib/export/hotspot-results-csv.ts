/**
 * The hotspot results as the app exports them: one row per municipio in the map's unit order,
 * columns `unit_id,name,department,country,value,lag,statistic,p_sim,cluster` — the CLI's result
 * columns (`focal hotspots`) with the unit's name and place added. Cluster names as the CLI writes
 * them (`HH`, `LL`, `LH`, `HL`, `ns`, `island`, `missing`; Gi* `hot`, `cold`). An island's lag,
 * statistic and p_sim are empty (never tested), and so are all the numbers of a unit without a
 * value. The table is hotspot-results-table.ts (the XLSX writes the same one); the method, seed,
 * threshold and sources go in the file beside it (hotspot-results-meta.ts).
 */
import type { RankUnit } from '../data/rank-types.ts';
import { tableCsv } from './csv.ts';
import { HOTSPOT_TABLE_COLUMNS, hotspotResultsTable, type HotspotResultColumns } from './hotspot-results-table.ts';

export type { HotspotResultColumns } from './hotspot-results-table.ts';

export const HOTSPOT_RESULT_COLUMNS = HOTSPOT_TABLE_COLUMNS.map((c) => c.header);

/** The CSV text (BOM, CRLF, formula-like names neutralised: see csv.ts); `units` aligned to the result. */
export function hotspotResultsCsv(units: readonly RankUnit[], r: HotspotResultColumns): string {
  return tableCsv(hotspotResultsTable(units, r));
}
