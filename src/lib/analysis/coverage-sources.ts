/**
 * Which countries the investment data cover, and how old and how complete each country's rows are
 * ("no false zeros").
 *
 * The rule: a country is covered by some source when at least one of its rows in the WHOLE data
 * (before any filter) is placed in one of its municipios (`unit` or `point`; a row whose stated
 * country is another does not count). Only there does a municipio
 * with nothing located mean "no coverage". A country without such a row has no municipio-level
 * investment data at all: its municipios get no coverage figure (NaN, never 0), no coverage class
 * but "no investment data", and are left out of the underserved list and the concentration
 * figures. The filter is deliberately not considered: a donor, sector or year filter that keeps
 * nothing in a covered country says "none of these rows is there", a true statement about the
 * sources, whereas a country with no source says nothing at all.
 */
import { PLACE_KIND, type CoverageInput } from './coverage-types.ts';

/** What the investment rows say about one country (all rows, before any filter). */
export interface CountrySourceSummary {
  /** Rows of the country (every level). */
  rows: number;
  /** Rows placed in one of its municipios (`unit` or `point`). */
  placedRows: number;
  /** Rows that state an amount. */
  rowsWithAmount: number;
  /** Rows that state a start or an end year. */
  rowsWithYear: number;
  /** Earliest and latest start year stated (NaN: none). */
  firstStartYear: number;
  lastStartYear: number;
  /** Latest end year stated (NaN: none); a planned end may lie after the data were gathered. */
  lastEndYear: number;
}

export interface CoverageSources {
  /** Per country group (as `countryOfUnit`): 1 when some row is placed at municipio level there. */
  sourcedCountry: Uint8Array;
  /** Per unit: 1 when its country is covered (see the module's rule). */
  sourcedUnit: Uint8Array;
  /** Per country group. */
  byCountry: CountrySourceSummary[];
}

/**
 * The countries covered and a summary of each country's rows. A row's country is `rowCountry[r]`
 * when given (≥ 0), else the country of its unit; a row with neither is in no country's summary.
 */
export function coverageSources(x: Pick<CoverageInput, 'nUnits' | 'kind' | 'unit' | 'amount' | 'startYear' | 'endYear' | 'countryOfUnit' | 'rowCountry'>): CoverageSources {
  let nCountries = 0;
  for (const c of x.countryOfUnit) if (c + 1 > nCountries) nCountries = c + 1;
  const byCountry: CountrySourceSummary[] = Array.from({ length: nCountries }, () => ({
    rows: 0,
    placedRows: 0,
    rowsWithAmount: 0,
    rowsWithYear: 0,
    firstStartYear: NaN,
    lastStartYear: NaN,
    lastEndYear: NaN,
  }));
  const sourcedCountry = new Uint8Array(nCountries);
  const minNaN = (a: number, b: number) => (Number.isNaN(a) || b < a ? b : a);
  const maxNaN = (a: number, b: number) => (Number.isNaN(a) || b > a ? b : a);
  for (let r = 0; r < x.kind.length; r++) {
    const placed = x.kind[r] === PLACE_KIND.unit || x.kind[r] === PLACE_KIND.point;
    const u = x.unit[r];
    const given = x.rowCountry ? x.rowCountry[r] : -1;
    const c = given >= 0 ? given : u >= 0 && u < x.nUnits ? x.countryOfUnit[u] : -1;
    // A row stated for another country (an AidData Honduras point that lies across the border)
    // does not make the country it falls in covered: that country's own data are what is missing.
    if (placed && u >= 0 && u < x.nUnits && (given < 0 || given === x.countryOfUnit[u])) sourcedCountry[x.countryOfUnit[u]] = 1;
    if (c < 0 || c >= nCountries) continue;
    const s = byCountry[c];
    s.rows++;
    if (placed) s.placedRows++;
    if (Number.isFinite(x.amount[r])) s.rowsWithAmount++;
    const a = x.startYear[r];
    const b = x.endYear[r];
    if (Number.isFinite(a) || Number.isFinite(b)) s.rowsWithYear++;
    if (Number.isFinite(a)) {
      s.firstStartYear = minNaN(s.firstStartYear, a);
      s.lastStartYear = maxNaN(s.lastStartYear, a);
    }
    if (Number.isFinite(b)) s.lastEndYear = maxNaN(s.lastEndYear, b);
  }
  const sourcedUnit = Uint8Array.from(x.countryOfUnit, (c) => (c >= 0 ? sourcedCountry[c] : 0));
  return { sourcedCountry, sourcedUnit, byCountry };
}
