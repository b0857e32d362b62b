/**
 * The result file of `focal hotspots`: one row per boundary unit, in the boundary file's order,
 * columns `id,value,lag,statistic,p_sim,cluster` (docs/ARCHITECTURE.md's CLI contract). Numbers at full
 * precision (the shortest text that reads back to the same double); an island's lag, statistic and
 * p_sim are empty (never tested), and so is everything but the id of a unit without a value, whose
 * cluster is `missing`.
 */
import { CLUSTER_ISLAND, CLUSTER_MISSING, type HotspotResult } from '../lib/analysis/hotspots.ts';
import { clusterKeyOf } from '../lib/analysis/statistic-registry.ts';
import { tableCsv } from '../lib/export/csv.ts';
import type { ResultCell, ResultColumn, ResultTable } from '../lib/export/result-table.ts';

export const HOTSPOT_COLUMNS = ['id', 'value', 'lag', 'statistic', 'p_sim', 'cluster'] as const;

/** The columns' types: ids and cluster names text, the numbers `exact` (full precision). */
const TABLE_COLUMNS: readonly ResultColumn[] = HOTSPOT_COLUMNS.map((header) => ({ header, type: header === 'id' || header === 'cluster' ? 'text' : 'exact' }));

/** The name of cluster code `code` for a statistic (its cluster key). @throws {Error} on a code it does not use */
export function clusterName(statistic: HotspotResult['statistic'], code: number): string {
  const name = clusterKeyOf(statistic, code);
  if (!name) throw new Error(`unknown ${statistic} cluster code ${code}`);
  return name;
}

export type HotspotRows = Pick<HotspotResult, 'statistic' | 'value' | 'lag' | 'statisticValue' | 'pSim' | 'cluster'>;

/** The rows of the result file, `ids` aligned to the result's arrays. */
export function hotspotRows(ids: readonly string[], r: HotspotRows): ResultCell[][] {
  if (ids.length !== r.value.length) throw new Error(`${ids.length} ids for ${r.value.length} results`);
  return ids.map((id, i) => {
    const c = r.cluster[i];
    const name = clusterName(r.statistic, c);
    if (c === CLUSTER_MISSING) return [id, null, null, null, null, name];
    if (c === CLUSTER_ISLAND) return [id, r.value[i], null, null, null, name];
    return [id, r.value[i], r.lag[i], r.statisticValue[i], r.pSim[i], name];
  });
}

/** The result as a result table, whichever format it is written in (export-writers.ts). */
export function hotspotsTable(ids: readonly string[], r: HotspotRows): ResultTable {
  return { columns: [...TABLE_COLUMNS], rows: hotspotRows(ids, r) };
}

/** The whole result file as CSV (UTF-8 with BOM, CRLF, as every focal CSV). */
export function hotspotsCsv(ids: readonly string[], r: HotspotRows): string {
  return tableCsv(hotspotsTable(ids, r));
}
