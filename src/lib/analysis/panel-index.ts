/**
 * The index over several years with goalposts fixed across years: every indicator is treated and
 * normalised over all unit-years together (the panel), so the same raw value gets the same
 * normalised value whatever its year and a score can be compared with its past. This is how JRC's
 * COINr normalises panel data when the reference is the whole panel, and how INFORM re-applies one
 * set of goalposts to past years. Ranks are within each year.
 */
import { averageRanks } from './average-ranks.ts';
import { computeIndex } from './composite-index.ts';
import type { IndexInput, IndexResult, IndicatorLeaf } from './composite-types.ts';

/** A leaf with one column per year (aligned to `PanelIndexInput.years`), NaN = missing. */
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
   * The year's slice of the panel as an index result (score, coverage, node scores and
   * contributions of that year's units, ranks within the year); the treatment report is the
   * panel's, since the treatment was decided over all unit-years.
   */
  index: IndexResult;
}

export interface PanelIndexResult {
  years: PanelYear[];
  /** The index computed on the stacked panel (units × years, year-major): treatment reports, node scores. */
  stacked: IndexResult;
}

/** Scores per year on fixed goalposts (see the module comment). */
export function panelIndex(input: PanelIndexInput): PanelIndexResult {
  const { n, years } = input;
  const t = years.length;
  if (t === 0) throw new Error('panelIndex: no year');
  const leaves: IndicatorLeaf[] = input.leaves.map(({ byYear, ...leaf }) => {
    if (byYear.length !== t) throw new Error(`indicator "${leaf.id}" has ${byYear.length} years of values for ${t} years`);
    const values = new Float64Array(n * t);
    byYear.forEach((column, k) => {
      if (column.length !== n) throw new Error(`indicator "${leaf.id}", ${years[k]}: ${column.length} values for ${n} units`);
      values.set(column, k * n);
    });
    return { ...leaf, values };
  });
  const scopeGroup = new Int32Array(n * t);
  for (let k = 0; k < t; k++) scopeGroup.set(input.scopeGroup, k * n);
  const stacked = computeIndex({ n: n * t, scopeGroup, leaves, groups: input.groups, options: input.options });
  const slice = (col: Float64Array, k: number) => col.slice(k * n, (k + 1) * n);
  const sliceMap = (m: Map<string, Float64Array>, k: number) => new Map([...m].map(([id, col]) => [id, slice(col, k)]));
  const out = years.map((year, k): PanelYear => {
    const score = slice(stacked.score, k);
    const coverage = slice(stacked.coverage, k);
    const rankRegion = averageRanks(score);
    const rankCountry = averageRanks(score, input.scopeGroup);
    const index: IndexResult = {
      score,
      coverage,
      nodeScores: sliceMap(stacked.nodeScores, k),
      contributions: sliceMap(stacked.contributions, k),
      rankRegion,
      rankCountry,
      treatment: stacked.treatment,
    };
    return { year, score, coverage, rankRegion, rankCountry, index };
  });
  return { years: out, stacked };
}

/**
 * Places moved up the ranking from `before` to `after` (ranks, 1 = highest need): positive = moved
 * towards rank 1. NaN where either year has no rank.
 */
export function rankChange(before: Float64Array, after: Float64Array): Float64Array {
  if (before.length !== after.length) throw new Error(`rankChange: ${before.length} and ${after.length} ranks`);
  return before.map((r, i) => r - after[i]);
}
