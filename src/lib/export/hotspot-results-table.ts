/**
 * The hotspot results as a result table: one row per municipio in the map's unit order, columns
 * `unit_id,name,department,country,value,lag,statistic,p_sim,cluster` (see hotspot-results-csv.ts,
 * which writes the same table as CSV). An island's lag, statistic and p_sim are empty (never
 * tested), and so are all the numbers of a unit without a value.
 */
import { CLUSTER_ISLAND, CLUSTER_MISSING, type HotspotResult } from '../analysis/hotspots.ts';
import { clusterKey } from '../analysis/statistic-registry.ts';
import type { RankUnit } from '../data/rank-types.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';
import { valueDecimals } from './round-cell.ts';

export type HotspotResultColumns = Pick<HotspotResult, 'statistic' | 'value' | 'lag' | 'statisticValue' | 'pSim' | 'cluster'>;

export const HOTSPOT_TABLE_COLUMNS: readonly ResultColumn[] = [
  { header: 'unit_id', type: 'text' },
  { header: 'name', type: 'text' },
  { header: 'department', type: 'text' },
  { header: 'country', type: 'text' },
  { header: 'value', type: 'number' },
  { header: 'lag', type: 'number' },
  { header: 'statistic', type: { decimals: 3 } },
  // 9,999 permutations give p down to 0.0001: four decimals, never rounded to 0.
  { header: 'p_sim', type: { decimals: 4 } },
  { header: 'cluster', type: 'text' },
];

/**
 * The table; `units` aligned to the result. The value and its spatial lag keep the variable's own
 * precision (about three significant figures of its median magnitude, round-cell.ts; the lag, a
 * mean of neighbours, one decimal more).
 */
export function hotspotResultsTable(units: readonly RankUnit[], r: HotspotResultColumns): ResultTable {
  if (units.length !== r.value.length) throw new Error(`${units.length} units for ${r.value.length} results`);
  const rows = units.map((u, i): ResultCell[] => {
    const c = r.cluster[i];
    const head: ResultCell[] = [u.unit_id, u.name, u.department, u.country];
    const name = clusterKey(r.statistic, c);
    if (c === CLUSTER_MISSING) return [...head, null, null, null, null, name];
    if (c === CLUSTER_ISLAND) return [...head, r.value[i], null, null, null, name];
    return [...head, r.value[i], r.lag[i], r.statisticValue[i], r.pSim[i], name];
  });
  const d = valueDecimals(r.value);
  const columns = HOTSPOT_TABLE_COLUMNS.map((c) => (c.header === 'value' ? { ...c, type: { decimals: d } } : c.header === 'lag' ? { ...c, type: { decimals: d + 1 } } : c));
  return { columns, rows };
}
