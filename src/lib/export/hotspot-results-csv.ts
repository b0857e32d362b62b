/**
 * The hotspot results as the app exports them: one row per municipio in the map's unit order,
 * columns `unit_id,name,department,country,value,lag,statistic,p_sim,cluster` — the CLI's result
 * columns (`focal hotspots`) with the unit's name and place added. Cluster names as the CLI writes
 * them (`HH`, `LL`, `LH`, `HL`, `ns`, `island`, `missing`; Gi* `hot`, `cold`). An island's lag,
 * statistic and p_sim are empty (never tested), and so are all the numbers of a unit without a
 * value. The method, seed, threshold and sources go in the file beside it (hotspot-results-meta.ts).
 */
import { CLUSTER_ISLAND, CLUSTER_MISSING, GISTAR_CLUSTER_LABELS, MORAN_CLUSTER_LABELS, type HotspotResult } from '../analysis/hotspots.ts';
import type { RankUnit } from '../data/rank-types.ts';
import { toCsv, type CsvCell } from './csv.ts';

export const HOTSPOT_RESULT_COLUMNS = ['unit_id', 'name', 'department', 'country', 'value', 'lag', 'statistic', 'p_sim', 'cluster'] as const;

export type HotspotResultColumns = Pick<HotspotResult, 'statistic' | 'value' | 'lag' | 'statisticValue' | 'pSim' | 'cluster'>;

/** The CSV text (BOM, CRLF, formula-like names neutralised: see csv.ts); `units` aligned to the result. */
export function hotspotResultsCsv(units: readonly RankUnit[], r: HotspotResultColumns): string {
  if (units.length !== r.value.length) throw new Error(`${units.length} units for ${r.value.length} results`);
  const labels = r.statistic === 'moran' ? MORAN_CLUSTER_LABELS : GISTAR_CLUSTER_LABELS;
  const rows = units.map((u, i): CsvCell[] => {
    const c = r.cluster[i];
    const head: CsvCell[] = [u.unit_id, u.name, u.department, u.country];
    const name = labels[c] || 'missing';
    if (c === CLUSTER_MISSING) return [...head, null, null, null, null, name];
    if (c === CLUSTER_ISLAND) return [...head, r.value[i], null, null, null, name];
    return [...head, r.value[i], r.lag[i], r.statisticValue[i], r.pSim[i], name];
  });
  return toCsv(HOTSPOT_RESULT_COLUMNS, rows);
}
