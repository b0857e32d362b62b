/**
 * The ranking of a spec with a `year` (docs/METHODS.md §5): the index of every year of the panel on
 * goalposts fixed over all years (`panelIndex`), the chosen year's scores, ranks, priority order
 * and top N as the result, and the rank change from the spec's `compareYear`.
 */
import type { IndexInput } from '../analysis/composite-types.ts';
import { panelIndex, rankChange } from '../analysis/panel-index.ts';
import type { IndexSpec } from './index-spec.ts';
import { panelInputFromSpec } from './panel-input-from-spec.ts';
import { priorityOrder } from './priority-order.ts';
import type { RankResult, RankTables } from './rank-types.ts';
import { topNMask } from './top-n-mask.ts';

/**
 * Ranks `tables.units` by `spec` in `spec.year`. `input` is the chosen year's engine input (each
 * yearly leaf holding the column its values come from), for what the scores rest on.
 *
 * @throws Error when the spec has no year, and as {@link panelInputFromSpec}.
 */
export function rankUnitsInYear(tables: RankTables, spec: IndexSpec): { input: IndexInput; result: RankResult } {
  if (spec.year === undefined) throw new Error('rankUnitsInYear: the spec has no year');
  const p = panelInputFromSpec(tables, spec);
  const panel = panelIndex(p.panel);
  const years = p.panel.years;
  const k = years.indexOf(spec.year);
  const index = panel.years[k].index;
  const rankRegion = panel.years.map((y) => y.rankRegion);
  const rankCountry = panel.years.map((y) => y.rankCountry);
  const countries = new Set<string>();
  for (const leaf of p.panel.leaves) {
    if (!p.valueYears.has(leaf.id)) continue;
    for (const column of leaf.byYear) column.forEach((v, i) => Number.isFinite(v) && countries.add(tables.units[i].country));
  }
  const result: RankResult = {
    units: tables.units,
    index,
    order: priorityOrder(tables.units, index, spec.topNScope),
    inTopN: topNMask(tables.units, index, spec.topN, spec.topNScope),
    time: { year: spec.year, years, valueYears: p.valueYears, countriesWithYears: [...countries].sort(), score: panel.years.map((y) => y.score), rankRegion, rankCountry },
  };
  if (spec.compareYear !== undefined) {
    const c = years.indexOf(spec.compareYear);
    result.time!.compare = { year: spec.compareYear, region: rankChange(rankRegion[c], rankRegion[k]), country: rankChange(rankCountry[c], rankCountry[k]) };
  }
  return { input: p.yearInput(k), result };
}
