/**
 * `scoreTrend`: a unit's index score in each year of the panel (the ranking's trend column and the
 * priority list's `score_in_<year>` columns): the scores on goalposts fixed over the years, so a
 * score can be compared with its past; NaN in a year without a score (a gap, never 0). Null for a
 * unit of a country without any indicator by year: its values, hence its score, are the same in
 * every year, and a flat line would show a trend nobody measured.
 */
import type { RankTime } from './rank-types.ts';

export function scoreTrend(time: RankTime, unit: number, country: string): Float64Array | null {
  if (!time.countriesWithYears.includes(country)) return null;
  return Float64Array.from(time.score, (column) => column[unit]);
}
