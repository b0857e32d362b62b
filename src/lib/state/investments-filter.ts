/**
 * The investments view's filter as the panel sets it, and the engine's filter (codes) it stands
 * for: a donor choice selects every spelling of that donor ({@link donorChoices}).
 */
import type { CoverageFilter, InvestmentPillar } from '../analysis/coverage-types.ts';
import { INVESTMENT_PILLARS } from '../analysis/coverage-types.ts';
import type { PreparedCoverage } from '../data/coverage-input.ts';
import type { DonorChoice } from '../data/donor-aliases.ts';

/** The filter as the panel sets it ('' = all; NaN years = all years). */
export interface InvestmentFilter {
  donor: string;
  sector: string;
  pillar: InvestmentPillar | '';
  /** A line of effort of the Collaborative Migration Management Strategy (1…8; 0 = all). */
  loe: number;
  yearFrom: number;
  yearTo: number;
}

export const NO_FILTER: InvestmentFilter = { donor: '', sector: '', pillar: '', loe: 0, yearFrom: NaN, yearTo: NaN };

/** The engine's filter (codes) for the panel's filter. */
export function engineFilter(f: InvestmentFilter, p: PreparedCoverage, choices: readonly DonorChoice[]): CoverageFilter {
  const out: CoverageFilter = {};
  if (f.donor !== '') {
    const members = choices.find((c) => c.label === f.donor)?.members ?? [];
    out.donors = p.donors.flatMap((d, i) => (members.includes(d) ? [i] : []));
  }
  if (f.sector !== '') out.sectors = p.sectors.flatMap((s, i) => (s === f.sector ? [i] : []));
  if (f.pillar !== '') out.pillars = [INVESTMENT_PILLARS.indexOf(f.pillar)];
  if (f.loe >= 1 && f.loe <= 8) out.linesOfEffort = [f.loe];
  if (Number.isFinite(f.yearFrom) || Number.isFinite(f.yearTo)) {
    out.years = [Number.isFinite(f.yearFrom) ? f.yearFrom : -Infinity, Number.isFinite(f.yearTo) ? f.yearTo : Infinity];
  }
  return out;
}
