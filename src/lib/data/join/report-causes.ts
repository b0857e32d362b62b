/**
 * A join report's unresolved rows grouped by what caused them, each group with the one action
 * that resolves it, so that a report of 3,000 open rows reads as three sentences, not 3,000 cards:
 * - `country`: codes found in several countries (`0101` is a municipio of Guatemala, Honduras and
 *   a distrito of El Salvador) and nothing told the country: "these 255 codes are Honduran" sets
 *   the file's country. One entry per country, with the rows it would resolve.
 * - `several`: rows whose code or name fits several municipios of one country (names found in
 *   several departments): the planner decides, row by row (or gives a department column).
 * - `suggested`: unmatched rows whose best suggestion scores at least {@link STRONG}: "accept all".
 * - `unmatched`: the other unmatched rows.
 * Pure; every row appears in at most one group.
 */
import type { CountryCode } from '../schema.ts';
import type { JoinReport } from './join-types.ts';

/** Least score of a suggestion that "accept all" takes. */
export const STRONG = 0.9;

export interface ReportCauses {
  /** Rows each country would resolve (rows with exactly one candidate in it), most rows first. */
  country: { country: CountryCode; rows: number[] }[];
  /** All rows whose codes are in several countries. */
  countryRows: number[];
  several: number[];
  suggested: { row: number; target: string; score: number }[];
  unmatched: number[];
}

export function reportCauses(report: JoinReport): ReportCauses {
  const out: ReportCauses = { country: [], countryRows: [], several: [], suggested: [], unmatched: [] };
  const byCountry = new Map<CountryCode, number[]>();
  for (const a of report.ambiguous) {
    const countries = new Set(a.candidates.map((c) => c.country));
    if (countries.size < 2) {
      out.several.push(a.row);
      continue;
    }
    out.countryRows.push(a.row);
    for (const c of countries) {
      if (a.candidates.filter((x) => x.country === c).length !== 1) continue;
      const list = byCountry.get(c) ?? [];
      list.push(a.row);
      byCountry.set(c, list);
    }
  }
  out.country = [...byCountry].map(([country, rows]) => ({ country, rows })).sort((a, b) => b.rows.length - a.rows.length || (a.country < b.country ? -1 : 1));
  for (const u of report.unmatchedRows) {
    const best = u.suggestions[0];
    const second = u.suggestions[1];
    // A strong suggestion that another one as strong does not contradict.
    if (best && best.score >= STRONG && !(second && second.score >= best.score)) out.suggested.push({ row: u.row, target: best.target, score: best.score });
    else out.unmatched.push(u.row);
  }
  return out;
}

/**
 * The summary's verdict, which never contradicts the lists below it: `all` only when no row is
 * left open (unmatched or ambiguous), else how many are.
 */
export function openRows(report: JoinReport): number {
  return report.unmatchedRows.length + report.ambiguous.length;
}
