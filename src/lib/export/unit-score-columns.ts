/**
 * Which values go with each unit in the GeoJSON export (units-geojson.ts): the map's indicator,
 * every indicator of the index (its values as read, before treatment), the index score, the
 * score of each child of the root group, the share of the weight the score rests on, the ranks,
 * the top-N flag, the sensitivity figures when run, the hotspot cluster and pseudo p when a run
 * exists, the investment coverage when computed. Everything aligned to the map's unit order.
 */
import type { HotspotResult } from '../analysis/hotspots.ts';
import { clusterKey } from '../analysis/statistic-registry.ts';
import type { IndexInput } from '../analysis/composite-types.ts';
import type { CoverageResult } from '../analysis/coverage-types.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import type { RankResult } from '../data/rank-types.ts';
import { rootChildren } from './priority-list-table.ts';
import type { UnitColumn } from './units-geojson.ts';

export interface UnitScoreInput {
  /**
   * The indicator on the map (its id and values), if any. A yearly indicator's `year`: the values
   * are of that year (column `<id>_<year>`), or under "latest available" each unit's latest up to
   * it (column `<id>_latest_<year>`, with `<id>_latest_<year>_year`: the year of each value).
   */
  shown?: { id: string; values: Float64Array; year?: { year: number; unitYear: ArrayLike<number> | null } | null } | null;
  spec?: IndexSpec | null;
  input?: IndexInput | null;
  result?: RankResult | null;
  hotspots?: { variable: string; data: Pick<HotspotResult, 'statistic' | 'cluster' | 'pSim' | 'statisticValue'> } | null;
  coverage?: Pick<CoverageResult, 'activities' | 'donors' | 'amount'> | null;
}

/** The columns, in the order above; a column already given (the map's indicator is in the index) appears once. */
export function unitScoreColumns(x: UnitScoreInput): UnitColumn[] {
  const cols: UnitColumn[] = [];
  const seen = new Set<string>();
  const add = (name: string, values: UnitColumn['values']) => {
    if (seen.has(name)) return;
    seen.add(name);
    cols.push({ name, values });
  };
  const sy = x.shown?.year;
  if (x.shown && sy?.unitYear) {
    const name = `${x.shown.id}_latest_${sy.year}`;
    add(name, x.shown.values);
    // 0 = no value in any year up to the one chosen: no year either.
    add(`${name}_year`, Float64Array.from(sy.unitYear, (y) => (y === 0 ? NaN : y)));
  } else if (x.shown && sy) add(`${x.shown.id}_${sy.year}`, x.shown.values);
  else if (x.shown) add(x.shown.id, x.shown.values);
  for (const leaf of x.input?.leaves ?? []) add(leaf.id, leaf.values);
  const r = x.result;
  if (r && x.spec) {
    add('score', r.index.score);
    for (const id of rootChildren(x.spec)) {
      const v = r.index.nodeScores.get(id);
      if (v) add(`score_${id}`, v);
    }
    add('score_weight_share', r.index.coverage);
    add('rank_region', r.index.rankRegion);
    add('rank_country', r.index.rankCountry);
    add('in_top_n', r.inTopN);
    const s = r.sensitivity;
    if (s) {
      add('median_rank', s.medianRank);
      add('rank_p05', s.p05);
      add('rank_p95', s.p95);
      add('prob_top_n', s.probTopN);
    }
  }
  const h = x.hotspots;
  if (h) {
    add('hotspot_variable', Array.from(h.data.cluster, () => h.variable));
    add('hotspot_cluster', Array.from(h.data.cluster, (c) => clusterKey(h.data.statistic, c)));
    add('hotspot_statistic', h.data.statisticValue);
    add('hotspot_p_sim', h.data.pSim);
  }
  const c = x.coverage;
  if (c) {
    add('investment_activities', c.activities);
    add('investment_donors', c.donors);
    add('investment_amount_usd', c.amount);
  }
  return cols;
}
