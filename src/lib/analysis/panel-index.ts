/**
 * The index over several years with goalposts fixed across years: every indicator is treated and
 * normalised over all its unit-years together (the panel), so the same raw value gets the same
 * normalised value whatever its year and a score can be compared with its past. This is how JRC's
 * COINr normalises panel data when the reference is the whole panel, and how INFORM re-applies one
 * set of goalposts to past years. Ranks are within each year.
 *
 * A column that stands for several years (the same array given for them: an indicator without
 * years, or a series carried forward to a year it lacks) counts once: repeating it would weigh its
 * values by the number of years it is repeated, and would change the skew treatment (winsorising
 * "up to 5 points" cannot clip a value that appears eleven times). So an indicator without years
 * is prepared exactly as in the index without years.
 */
import { averageRanks } from './average-ranks.ts';
import { computeIndex } from './composite-index.ts';
import type { IndexInput, IndexResult, IndicatorLeaf, TreatmentReport } from './composite-types.ts';
import { prepareLeaves } from './prepare-leaves.ts';

/**
 * A leaf with one column per year (aligned to `PanelIndexInput.years`), NaN = missing. Give the
 * same array for years that share their values (see the module comment).
 */
export interface PanelLeaf extends Omit<IndicatorLeaf, 'values'> {
  byYear: Float64Array[];
}

export interface PanelIndexInput extends Omit<IndexInput, 'leaves'> {
  years: number[];
  leaves: PanelLeaf[];
}

export interface PanelYear {
  year: number;
  score: Float64Array;
  coverage: Float64Array;
  /** Rank within the year, descending, average ties; NaN without a score. */
  rankRegion: Float64Array;
  rankCountry: Float64Array;
  /**
   * The year's index result (score, coverage, node scores and contributions of that year's units,
   * ranks within the year); the treatment report is the panel's, since the treatment was decided
   * over all unit-years.
   */
  index: IndexResult;
}

export interface PanelIndexResult {
  years: PanelYear[];
  /**
   * The years stacked (units × years, year-major) as one result: scores, node scores, treatment
   * reports; its ranks are over all unit-years. Built on first access.
   */
  readonly stacked: IndexResult;
}

/** The years' results one after the other (year-major), ranks over all of them. */
function stackYears(years: readonly PanelYear[], scopeGroup: Int32Array, treatment: TreatmentReport[]): IndexResult {
  const cat = (cols: Float64Array[]) => {
    const out = new Float64Array(cols.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of cols) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  const catMap = (pick: (r: IndexResult) => Map<string, Float64Array>) =>
    new Map([...pick(years[0].index).keys()].map((id) => [id, cat(years.map((y) => pick(y.index).get(id)!))]));
  const score = cat(years.map((y) => y.score));
  const groups = new Int32Array(score.length);
  for (let k = 0; k < years.length; k++) groups.set(scopeGroup, k * scopeGroup.length);
  return {
    score,
    coverage: cat(years.map((y) => y.coverage)),
    nodeScores: catMap((r) => r.nodeScores),
    contributions: catMap((r) => r.contributions),
    rankRegion: averageRanks(score),
    rankCountry: averageRanks(score, groups),
    treatment,
  };
}

/** Scores per year on fixed goalposts (see the module comment). */
export function panelIndex(input: PanelIndexInput): PanelIndexResult {
  const { n, years, scopeGroup, options } = input;
  const t = years.length;
  if (t === 0) throw new Error('panelIndex: no year');
  const treatment: TreatmentReport[] = [];
  // Per leaf, per year: the prepared (treated, directed, normalised) column.
  const prepared = input.leaves.map(({ byYear, ...leaf }) => {
    if (byYear.length !== t) throw new Error(`indicator "${leaf.id}" has ${byYear.length} years of values for ${t} years`);
    const distinct: Float64Array[] = [];
    const at = byYear.map((column, k) => {
      if (column.length !== n) throw new Error(`indicator "${leaf.id}", ${years[k]}: ${column.length} values for ${n} units`);
      let d = distinct.indexOf(column);
      if (d < 0) d = distinct.push(column) - 1;
      return d;
    });
    const d = distinct.length;
    const values = new Float64Array(n * d);
    const groups = new Int32Array(n * d);
    distinct.forEach((column, k) => {
      values.set(column, k * n);
      groups.set(scopeGroup, k * n);
    });
    const p = prepareLeaves({ n: n * d, scopeGroup: groups, leaves: [{ ...leaf, values }], groups: [], options });
    treatment.push(...p.treatment);
    return at.map((k) => p.values[0].subarray(k * n, (k + 1) * n));
  });
  const out = years.map((year, k): PanelYear => {
    const yearInput: IndexInput = { n, scopeGroup, groups: input.groups, options, leaves: input.leaves.map(({ byYear, ...leaf }) => ({ ...leaf, values: byYear[k] })) };
    const index = computeIndex(yearInput, { values: prepared.map((p) => p[k]), treatment });
    return { year, score: index.score, coverage: index.coverage, rankRegion: index.rankRegion, rankCountry: index.rankCountry, index };
  });
  let stacked: IndexResult | null = null;
  return {
    years: out,
    get stacked() {
      return (stacked ??= stackYears(out, scopeGroup, treatment));
    },
  };
}

/**
 * Places moved up the ranking from `before` to `after` (ranks, 1 = highest need): positive = moved
 * towards rank 1. NaN where either year has no rank.
 */
export function rankChange(before: Float64Array, after: Float64Array): Float64Array {
  if (before.length !== after.length) throw new Error(`rankChange: ${before.length} and ${after.length} ranks`);
  return before.map((r, i) => r - after[i]);
}
