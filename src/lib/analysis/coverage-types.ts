/**
 * Types of the coverage engine (`computeCoverage`): investment rows as typed columns in,
 * coverage per unit and the money balance out. Types and constants only.
 */

/**
 * Where a row's money goes, decided before the engine runs (the data layer places codes and
 * points; see coverage-by-unit.ts):
 * - `unit`: a municipio-level row placed by its unit code;
 * - `point`: a municipio-level row (precision 1–3) placed by point-in-polygon;
 * - `department`: a department-level location (precision 4, or 5 within one department): not
 *   locatable at municipio level; `group` is its department when known (for spreading);
 * - `nationwide`: a country-level row (nationwide activity, precision 6/8, project not geocoded);
 *   `group` is its country;
 * - `outside`: a municipio-level point outside every unit;
 * - `swapped`: a municipio-level point outside every unit whose latitude/longitude look swapped;
 * - `noPlace`: a row with a level but neither a unit code nor a point;
 * - `unknownUnit`: a unit code that is not among the units.
 */
export const PLACE_KIND = {
  unit: 0,
  point: 1,
  department: 2,
  nationwide: 3,
  outside: 4,
  swapped: 5,
  noPlace: 6,
  unknownUnit: 7,
} as const;
export type PlaceKindName = keyof typeof PLACE_KIND;
export const PLACE_KIND_NAMES = Object.keys(PLACE_KIND) as PlaceKindName[];

/** Pillars of the Root Causes Strategy an investment can serve, plus `other`; index = code. */
export const INVESTMENT_PILLARS = ['I', 'II', 'III', 'IV', 'V', 'other'] as const;
export type InvestmentPillar = (typeof INVESTMENT_PILLARS)[number];

/** Investment rows (one per activity location) as columns, and the units' denominators. */
export interface CoverageInput {
  nUnits: number;
  /** {@link PLACE_KIND} of each row. */
  kind: Uint8Array;
  /** Unit index of a `unit`/`point` row; −1 otherwise. */
  unit: Int32Array;
  /**
   * For a `department` row its department group, for a `nationwide` row its country group
   * (numbered as in `deptOfUnit` / `countryOfUnit`); −1 when unknown. Used only to spread.
   */
  group: Int32Array;
  /** Activity code of each row (rows of one activity share it): activities are counted once per unit. */
  activity: Int32Array;
  /** Amount in USD; NaN when the source gives none (never 0). */
  amount: Float64Array;
  /** Donors of row r: `donors[donorOffsets[r] … donorOffsets[r+1])` (codes 0…nDonors−1). */
  donorOffsets: Int32Array;
  donors: Int32Array;
  nDonors: number;
  /** Sectors of row r, as the donors. */
  sectorOffsets: Int32Array;
  sectors: Int32Array;
  nSectors: number;
  /** Pillar code (index into {@link INVESTMENT_PILLARS}) of each sector code. */
  sectorPillar: Uint8Array;
  /**
   * Lines of effort of the Collaborative Migration Management Strategy each sector code serves, as
   * a bit mask (bit l−1 for line l; 0: none). Absent: no sector serves any.
   */
  sectorLoe?: Uint8Array;
  /** Office code of each row, −1 for none. */
  office: Int32Array;
  nOffices: number;
  /** Start and end year of each row, NaN when unknown. */
  startYear: Float64Array;
  endYear: Float64Array;
  /** Status code of each row, −1 when unknown. */
  status: Int32Array;
  /** Per unit: population and emigrants (NaN where not available). */
  population: Float64Array;
  emigrants: Float64Array;
  /** Per unit: department group and country group (for spreading). */
  deptOfUnit: Int32Array;
  countryOfUnit: Int32Array;
  /**
   * Country group of each row (as `countryOfUnit`), −1 when unknown; absent: the country of the
   * row's unit. Only for the per-country summary of the sources (coverage-sources.ts).
   */
  rowCountry?: Int32Array;
}

/** Which rows count. Every given criterion must hold; an absent one keeps every row. */
export interface CoverageFilter {
  /** Donor codes: a row passes when any of its donors is listed. */
  donors?: readonly number[];
  /** Sector codes: a row passes when any of its sectors is listed. */
  sectors?: readonly number[];
  /** Pillar codes: a row passes when any of its sectors maps to a listed pillar. */
  pillars?: readonly number[];
  /** Lines of effort (1…8): a row passes when any of its sectors serves a listed line. */
  linesOfEffort?: readonly number[];
  /**
   * Years `[from, to]` (inclusive): a row passes when its period overlaps; with one year known it
   * stands for both ends; a row with no year fails (and is counted in `excludedNoYear`).
   */
  years?: readonly [number, number];
  /** Status codes: a row passes when its status is listed (−1, unknown, may be listed). */
  statuses?: readonly number[];
}

/** How department- and country-level money is placed (see {@link CoverageOptions.spread}). */
export const SPREADS = ['none', 'population'] as const;
export type Spread = (typeof SPREADS)[number];

export interface CoverageOptions {
  filter?: CoverageFilter;
  /**
   * `none` (default): department- and country-level money stays apart. `population`: each such row's
   * money is spread over the municipios of its department (or country) in proportion to their
   * population; a row whose group is unknown, or whose group has a municipio without population,
   * stays apart (counted in `notSpread`).
   */
  spread?: Spread;
}

/**
 * Money (USD) and rows by where they went, for the rows the filter keeps. Money is summed exactly,
 * in integer micro-dollars (BigInt; each row's amount rounded to 1e-6 USD), so the balance
 * `located + spread + department + nationwide + outside + swapped + noPlace + unknownUnit = total`
 * holds exactly in `moneyMicros`; `money` is the same in USD (numbers, to the nearest double).
 * Rows without an amount count in `rows` but add no money.
 */
export interface MoneyBalance {
  total: number;
  /** Placed in a municipio by code or point. */
  located: number;
  /** Department- or country-level money spread by population (only with `spread: 'population'`). */
  spread: number;
  /** Not locatable at municipio level: department-level, not spread. */
  department: number;
  /** Nationwide (country-level), not spread. */
  nationwide: number;
  outside: number;
  swapped: number;
  noPlace: number;
  unknownUnit: number;
}

export interface CoverageTotals {
  /** Money by destination (USD): `moneyMicros` / 1e6. */
  money: MoneyBalance;
  /** Money by destination in micro-dollars: the exact balance. */
  moneyMicros: Record<keyof MoneyBalance, bigint>;
  /** Rows by destination (the same keys; `total` = rows kept by the filter). */
  rows: MoneyBalance;
  /** Rows kept without an amount. */
  rowsWithoutAmount: number;
  /** Distinct activities kept. */
  activities: number;
  /** Department/country rows that could not be spread (unknown group or population missing). */
  notSpread: number;
  /** Rows dropped by the filter; of them, rows dropped by a year filter because they have no year. */
  excluded: number;
  excludedNoYear: number;
}

export interface CoverageResult {
  /**
   * 1 where the unit's country has municipio-level investment data (some row of the whole data,
   * before any filter, is placed in one of its municipios: coverage-sources.ts); 0 where it has
   * none, and then the unit's money and money per capita and per emigrant are NaN (unless it got a
   * spread share), never 0, and it is no unit "without coverage".
   */
  sourced: Uint8Array;
  /** Distinct activities located in each unit (spread money adds none). */
  activities: Int32Array;
  /** Distinct donors of those activities. */
  donors: Int32Array;
  /**
   * Money per unit (USD): located amounts plus spread shares. 0 for a unit with no located row and
   * no share; NaN for a unit whose located rows all lack an amount and that got no share, and for a
   * unit of a country without investment data (`sourced` 0) that got no share.
   */
  amount: Float64Array;
  /** The spread shares alone (0 without spreading). */
  amountSpread: Float64Array;
  /** Located rows without an amount, per unit. */
  rowsWithoutAmount: Int32Array;
  /** amount / population, amount / emigrants (NaN where the denominator is missing or 0). */
  perCapita: Float64Array;
  perEmigrant: Float64Array;
  /** Distinct activities per unit and pillar: `[u * 6 + pillarCode]`. */
  pillarActivities: Int32Array;
  /** Distinct activities per unit and line of effort: `[u * 8 + line − 1]`. */
  loeActivities: Int32Array;
  /** Distinct activities per unit and sector: `[u * nSectors + sector]`. */
  sectorActivities: Int32Array;
  /** Distinct activities per unit and office: `[u * nOffices + office]`. */
  officeActivities: Int32Array;
  totals: CoverageTotals;
}
