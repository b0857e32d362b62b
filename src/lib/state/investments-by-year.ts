/**
 * The investments view's money over time, from the app's state (docs/METHODS.md §5): a
 * municipio's money by year under the chosen rule (start, end, or spread over the active years)
 * beside the migration series of that municipio where one exists, and the priority list's
 * "before/after": money placed in the top-N municipios before a chosen year and from it on,
 * against the other municipios of the countries with money by year (amounts and years stated). Only money placed in a
 * municipio (by code or point) counts: department- and country-level money is counted apart in
 * the balance, and population spreading is not applied to years. The filter applies except its
 * years: the year axis is the view itself. These figures show where money and need co-occur in
 * time, not what the money did.
 */
import { PLACE_KIND } from '../analysis/coverage-types.ts';
import { rowsKept } from '../analysis/coverage.ts';
import { moneyBeforeAfter, moneyByYear, type MoneyByYear, type YearRule } from '../analysis/money-by-year.ts';
import type { YearSeries } from '../data/year-columns.ts';
import type { CatalogEntry } from '../data/schema.ts';
import type { PreparedCoverage } from '../data/coverage-input.ts';
import { engineFilter } from './investments-filter.ts';
import type { InvestmentFilter } from './investments-filter.ts';
import type { DonorChoice } from '../data/donor-aliases.ts';

/**
 * The yearly municipal migration series the timeline sets money against: El Salvador's emigrants
 * by year of departure (Censo 2024). Guatemala and Honduras have none in these data.
 */
export const MIGRATION_SERIES_IDS = ['sv_emigrants_departed_per_1000'] as const;

/** What these figures read of the investments state (so that they can be computed without it). */
export interface InvestmentsRows {
  prepared: PreparedCoverage | null;
  filter: InvestmentFilter;
  donorChoices: readonly DonorChoice[];
}

/** 1 for each row the filter (without its years) keeps that is placed in a municipio. */
export function placedRowsKept(inv: InvestmentsRows): Uint8Array | null {
  const p = inv.prepared;
  if (!p) return null;
  const kept = rowsKept(p.input, engineFilter({ ...inv.filter, yearFrom: NaN, yearTo: NaN }, p, inv.donorChoices));
  for (let r = 0; r < kept.length; r++) {
    const k = p.input.kind[r];
    if (k !== PLACE_KIND.unit && k !== PLACE_KIND.point) kept[r] = 0;
  }
  return kept;
}

/**
 * Per unit: 1 when its country has money by year at all — some row of the whole data (before any
 * filter) placed in one of its municipios states an amount and a start or end year. Elsewhere
 * (no source, or rows without amounts or years, as USAID/Guatemala's) money by year is unknown,
 * never 0.
 */
export function moneyYearUnits(x: PreparedCoverage['input']): Uint8Array {
  let nCountries = 0;
  for (const c of x.countryOfUnit) if (c + 1 > nCountries) nCountries = c + 1;
  const has = new Uint8Array(nCountries);
  for (let r = 0; r < x.kind.length; r++) {
    const u = x.unit[r];
    if ((x.kind[r] !== PLACE_KIND.unit && x.kind[r] !== PLACE_KIND.point) || u < 0) continue;
    // As coverage-sources.ts: a row stated for another country (an AidData Honduras point across
    // the border) says nothing about the money of the country it falls in.
    const given = x.rowCountry ? x.rowCountry[r] : -1;
    if (given >= 0 && given !== x.countryOfUnit[u]) continue;
    if (Number.isFinite(x.amount[r]) && (Number.isFinite(x.startYear[r]) || Number.isFinite(x.endYear[r]))) has[x.countryOfUnit[u]] = 1;
  }
  return Uint8Array.from(x.countryOfUnit, (c) => (c >= 0 ? has[c] : 0));
}

/** A municipio's money by year under `rule` (one group), or null before the rows are placed. */
export function unitMoneyByYear(inv: InvestmentsRows, unit: number, rule: YearRule, kept = placedRowsKept(inv)): MoneyByYear | null {
  const p = inv.prepared;
  if (!p || !kept || unit < 0) return null;
  const group = new Int32Array(kept.length);
  for (let r = 0; r < kept.length; r++) group[r] = kept[r] && p.input.unit[r] === unit ? 0 : -1;
  return moneyByYear(p.input, group, 1, rule);
}

/** A unit's values of a yearly series (NaN: no value that year). */
export interface UnitSeries {
  entry: CatalogEntry;
  years: number[];
  values: number[];
}

/** The migration series with a value for `unit` (empty: none; the caller says so). */
export function unitMigrationSeries(catalog: readonly CatalogEntry[], series: (id: string) => YearSeries | null, unit: number): UnitSeries[] {
  const out: UnitSeries[] = [];
  for (const id of MIGRATION_SERIES_IDS) {
    const s = series(id);
    const entry = catalog.find((c) => c.id === id);
    if (!s || !entry || unit < 0) continue;
    const values = s.columns.map((c) => c[unit]);
    if (values.some(Number.isFinite)) out.push({ entry, years: s.years, values });
  }
  return out;
}

export interface BeforeAfterGroup {
  /** Municipios in the group (of countries with money by year: {@link moneyYearUnits}). */
  units: number;
  before: number;
  after: number;
}

export interface BeforeAfter {
  rule: YearRule;
  year: number;
  /** The years that received money (the axis of `byYear`). */
  years: number[];
  /** Group 0: the top N of the priority list; group 1: the other municipios of the countries with money by year. */
  byYear: MoneyByYear;
  top: BeforeAfterGroup;
  rest: BeforeAfterGroup;
  /** Top-N municipios in countries without money by year (no source, or no amounts or years: left out, unknown, not zero). */
  topWithoutData: number;
}

/**
 * Money placed in the top-N municipios (`inTopN`) before `year` and from it on, and the same for
 * the other municipios of the countries with money by year. Null before the rows are placed.
 */
export function beforeAfter(inv: InvestmentsRows, inTopN: Uint8Array, year: number, rule: YearRule, kept = placedRowsKept(inv)): BeforeAfter | null {
  const p = inv.prepared;
  if (!p || !kept || inTopN.length !== p.input.nUnits) return null;
  const sourced = moneyYearUnits(p.input);
  const group = new Int32Array(kept.length).fill(-1);
  for (let i = 0; i < kept.length; i++) {
    const u = p.input.unit[i];
    if (kept[i] && u >= 0 && sourced[u]) group[i] = inTopN[u] ? 0 : 1;
  }
  const byYear = moneyByYear(p.input, group, 2, rule);
  let topUnits = 0;
  let restUnits = 0;
  let topWithoutData = 0;
  for (let u = 0; u < inTopN.length; u++) {
    if (!sourced[u]) topWithoutData += inTopN[u] ? 1 : 0;
    else if (inTopN[u]) topUnits++;
    else restUnits++;
  }
  return {
    rule,
    year,
    years: byYear.years,
    byYear,
    top: { units: topUnits, ...moneyBeforeAfter(byYear, 0, year) },
    rest: { units: restUnits, ...moneyBeforeAfter(byYear, 1, year) },
    topWithoutData,
  };
}

/** The default split year: the middle of the years that received money (NaN: none). */
export function middleYear(years: readonly number[]): number {
  return years.length ? years[Math.floor(years.length / 2)] : NaN;
}
