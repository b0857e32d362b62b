/**
 * `coverageByUnit(units, investments, options)`: the one headless entry point of investment
 * coverage, used alike by the CLI (`focal coverage`), the UI and the tests. Places the
 * rows ({@link prepareCoverage}, or reuses `options.prepared`), turns the filter's names into codes
 * and runs the engine ({@link computeCoverage}).
 */
import { computeCoverage } from '../analysis/coverage.ts';
import { INVESTMENT_PILLARS, type CoverageFilter, type CoverageResult, type InvestmentPillar } from '../analysis/coverage-types.ts';
import { prepareCoverage, type CoverageUnit, type InvestmentRecord, type PreparedCoverage } from './coverage-input.ts';

/** A filter by names, as a user gives it; matching is case-insensitive, spaces trimmed. */
export interface CoverageFilterByName {
  donors?: string[];
  sectors?: string[];
  pillars?: InvestmentPillar[];
  /** Lines of effort of the Collaborative Migration Management Strategy, 1…8. */
  linesOfEffort?: number[];
  years?: [number, number];
  statuses?: string[];
}

export interface CoverageByUnitOptions {
  filter?: CoverageFilterByName;
  spread?: 'none' | 'population';
  /** Population and emigrants aligned to the units (NaN where unknown). */
  population?: Float64Array;
  emigrants?: Float64Array;
  /** A placement of these very units and rows from an earlier call (filters and spread may differ). */
  prepared?: PreparedCoverage;
}

export interface CoverageByUnit {
  prepared: PreparedCoverage;
  result: CoverageResult;
}

const fold = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Codes of `names` among `labels`. @throws Error naming the unknown ones and what there is. */
function codesOf(what: string, names: string[] | undefined, labels: string[]): number[] | undefined {
  if (names === undefined) return undefined;
  const at = new Map(labels.map((l, i) => [fold(l), i]));
  const unknown = names.filter((n) => !at.has(fold(n)));
  if (unknown.length > 0) {
    const shown = labels.slice(0, 12).map((l) => JSON.stringify(l)).join(', ');
    throw new Error(`unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the data have ${labels.length}: ${shown}${labels.length > 12 ? ', …' : ''}`);
  }
  return names.map((n) => at.get(fold(n))!);
}

/** The engine's filter from names. @throws Error on an unknown donor, sector, pillar or status, or bad years. */
export function filterCodes(f: CoverageFilterByName | undefined, p: PreparedCoverage): CoverageFilter {
  if (!f) return {};
  const out: CoverageFilter = {
    donors: codesOf('donor', f.donors, p.donors),
    sectors: codesOf('sector', f.sectors, p.sectors),
    pillars: codesOf('pillar', f.pillars, [...INVESTMENT_PILLARS]),
    statuses: codesOf('status', f.statuses, p.statuses),
  };
  if (f.linesOfEffort) {
    const bad = f.linesOfEffort.filter((l) => !(Number.isInteger(l) && l >= 1 && l <= 8));
    if (bad.length) throw new Error(`lines of effort are 1 to 8 (got ${bad.join(', ')})`);
    out.linesOfEffort = [...f.linesOfEffort];
  }
  if (f.years) {
    const [a, b] = f.years;
    if (!Number.isFinite(a) || !Number.isFinite(b) || a > b) throw new Error(`years must be two years, the first not after the second (got ${a}–${b})`);
    out.years = [a, b];
  }
  return out;
}

/**
 * Coverage of `units` by `investments`: per-unit figures and the money balance (placed +
 * not placed = total, always). @throws Error as {@link prepareCoverage} and {@link filterCodes}.
 */
export function coverageByUnit(units: readonly CoverageUnit[], investments: readonly InvestmentRecord[], options: CoverageByUnitOptions = {}): CoverageByUnit {
  const prepared = options.prepared ?? prepareCoverage(units, investments, { population: options.population, emigrants: options.emigrants });
  const result = computeCoverage(prepared.input, { filter: filterCodes(options.filter, prepared), spread: options.spread ?? 'none' });
  return { prepared, result };
}
