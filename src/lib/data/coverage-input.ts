/**
 * `prepareCoverage(units, investments, denominators)`: investment rows placed in the units and
 * encoded as the typed columns of the coverage engine ({@link CoverageInput}). The slow part
 * (point-in-polygon) happens here once; `coverageByUnit` then filters and sums as often as asked.
 *
 * Placing a row (docs/METHODS.md §3):
 * 1. Its level is the coarser of the stated `level` and the level of its AidData `precision`
 *    ({@link investmentLevel}); with neither, a row with a unit code or a point is municipio level.
 * 2. Municipio level: by unit code (`unit_id`) when given (an unknown code is reported), else by
 *    its point (point-in-polygon: outside every unit or lat/lon swapped are reported, never fixed),
 *    else reported as having no place.
 * 3. Department level: never put in a municipio; its department (for spreading, on request) is
 *    that of its unit code, or of the unit under its point.
 * 4. Country level (nationwide): counted apart; its country (for spreading) is the row's `country`.
 */
import { PLACE_KIND, INVESTMENT_PILLARS, type CoverageInput } from '../analysis/coverage-types.ts';
import { investmentLevel, type InvestmentLevel } from '../analysis/investment-level.ts';
import { buildPointIndex, type PointIndex } from '../geo/point-index.ts';
import { placePoints, POINT_STATUS } from '../geo/place-points.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { sectorPillar } from './sector-pillars.ts';
import { linesOfEffortMask, sectorLinesOfEffort } from './sector-lines-of-effort.ts';

/** A unit as coverage needs it (a `UnitFeature`'s properties plus geometry fit). */
export interface CoverageUnit {
  unit_id: string;
  country: string;
  dept_code: string;
  /** Needed only to place points; null when the units come without boundaries. */
  geometry: Polygon | MultiPolygon | null;
}

/** One investment row (one activity location). Missing numbers are NaN, missing text ''. */
export interface InvestmentRecord {
  activity_id: string;
  donor: string;
  sector: string;
  office: string;
  start_year: number;
  end_year: number;
  amount_usd: number;
  country: string;
  unit_id: string;
  lon: number;
  lat: number;
  precision: number;
  level: string;
  status: string;
}

export interface PreparedCoverage {
  input: CoverageInput;
  /** Labels of the codes in `input`; `countries[c]` is country group c (`input.countryOfUnit`). */
  countries: string[];
  donors: string[];
  sectors: string[];
  offices: string[];
  statuses: string[];
  /** Per row: the unit the swapped point would fall in (reported only), −1 otherwise. */
  swappedUnit: Int32Array;
  /** Per row: the level it was counted at (null: none could be told). */
  level: (InvestmentLevel | null)[];
}

const LEVELS = new Set<string>(['municipio', 'department', 'country']);

/** Codes for distinct strings, in order of first appearance. */
class Codes {
  readonly labels: string[] = [];
  private readonly at = new Map<string, number>();
  code(s: string): number {
    let c = this.at.get(s);
    if (c === undefined) {
      c = this.labels.length;
      this.at.set(s, c);
      this.labels.push(s);
    }
    return c;
  }
}

/** "A; B" → ['A', 'B'] (trimmed, empties dropped). */
export function splitList(s: string): string[] {
  return s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * Places and encodes `investments` for the coverage engine. `population` and `emigrants` are
 * aligned to `units` (NaN where unknown; absent: all NaN). `index` may be passed when already built
 * over these units' geometries.
 * @throws Error naming the row (1-based, as in a CSV after its header: row r+2) of an unknown level,
 *   or when points must be placed and a unit has no geometry.
 */
export function prepareCoverage(
  units: readonly CoverageUnit[],
  investments: readonly InvestmentRecord[],
  denominators: { population?: Float64Array; emigrants?: Float64Array } = {},
  index?: PointIndex,
): PreparedCoverage {
  const n = units.length;
  const nRows = investments.length;
  const unitAt = new Map<string, number>();
  units.forEach((u, i) => {
    if (unitAt.has(u.unit_id)) throw new Error(`unit ${u.unit_id} appears twice`);
    unitAt.set(u.unit_id, i);
  });
  const deptCodes = new Codes();
  const countryCodes = new Codes();
  const deptOfUnit = Int32Array.from(units, (u) => deptCodes.code(`${u.country}\u0000${u.dept_code}`));
  const countryOfUnit = Int32Array.from(units, (u) => countryCodes.code(u.country));

  // Levels first: only municipio- and department-level rows without a code need their point placed.
  const level = investments.map((r, i) => {
    const stated = r.level.trim().toLowerCase();
    if (stated !== '' && !LEVELS.has(stated)) throw new Error(`investment row ${i + 2}: level "${r.level}" is not municipio, department or country`);
    const hasPlace = r.unit_id.trim() !== '' || (Number.isFinite(r.lon) && Number.isFinite(r.lat));
    return investmentLevel(stated === '' ? null : (stated as InvestmentLevel), r.precision, hasPlace ? 'municipio' : null);
  });
  const needPoint = investments.map((r, i) => r.unit_id.trim() === '' && (level[i] === 'municipio' || level[i] === 'department') && (Number.isFinite(r.lon) || Number.isFinite(r.lat)));
  const lon = new Float64Array(nRows).fill(NaN);
  const lat = new Float64Array(nRows).fill(NaN);
  let anyPoint = false;
  investments.forEach((r, i) => {
    if (!needPoint[i]) return;
    lon[i] = r.lon;
    lat[i] = r.lat;
    anyPoint = true;
  });
  let placed: ReturnType<typeof placePoints> | null = null;
  if (anyPoint) {
    if (!index) {
      const missing = units.findIndex((u) => !u.geometry);
      if (missing >= 0) throw new Error(`investments have coordinates but unit ${units[missing].unit_id} has no boundary to place them in`);
      index = buildPointIndex(units.map((u) => u.geometry!));
    }
    if (index.size !== n) throw new Error(`the point index has ${index.size} units, not ${n}`);
    placed = placePoints(index, lon, lat);
  }

  const kind = new Uint8Array(nRows);
  const unit = new Int32Array(nRows).fill(-1);
  const group = new Int32Array(nRows).fill(-1);
  const swappedUnit = new Int32Array(nRows).fill(-1);
  const activity = new Int32Array(nRows);
  const amount = new Float64Array(nRows);
  const office = new Int32Array(nRows);
  const startYear = new Float64Array(nRows);
  const endYear = new Float64Array(nRows);
  const status = new Int32Array(nRows);
  const rowCountry = new Int32Array(nRows).fill(-1);
  const donorOffsets = new Int32Array(nRows + 1);
  const sectorOffsets = new Int32Array(nRows + 1);
  const donorList: number[] = [];
  const sectorList: number[] = [];
  const activities = new Codes();
  const donors = new Codes();
  const sectors = new Codes();
  const offices = new Codes();
  const statuses = new Codes();

  investments.forEach((r, i) => {
    const id = r.activity_id.trim();
    // A row without an activity id is an activity of its own.
    activity[i] = activities.code(id === '' ? `\u0000row${i}` : id);
    amount[i] = Number.isFinite(r.amount_usd) ? r.amount_usd : NaN;
    office[i] = r.office.trim() === '' ? -1 : offices.code(r.office.trim());
    startYear[i] = Number.isFinite(r.start_year) ? r.start_year : NaN;
    endYear[i] = Number.isFinite(r.end_year) ? r.end_year : NaN;
    status[i] = r.status.trim() === '' ? -1 : statuses.code(r.status.trim());
    for (const d of splitList(r.donor)) donorList.push(donors.code(d));
    donorOffsets[i + 1] = donorList.length;
    for (const s of splitList(r.sector)) sectorList.push(sectors.code(s));
    sectorOffsets[i + 1] = sectorList.length;

    const code = r.unit_id.trim();
    const codeUnit = code === '' ? -1 : (unitAt.get(code) ?? -1);
    const pointUnit = placed && needPoint[i] ? placed.unit[i] : -1;
    // The row's country: as stated, else that of the unit its code or point falls in.
    const stated = r.country.trim();
    const placeUnit = codeUnit >= 0 ? codeUnit : pointUnit;
    rowCountry[i] = stated !== '' ? countryCodes.labels.indexOf(stated) : placeUnit >= 0 ? countryOfUnit[placeUnit] : -1;
    switch (level[i]) {
      case 'municipio':
        if (code !== '') {
          kind[i] = codeUnit >= 0 ? PLACE_KIND.unit : PLACE_KIND.unknownUnit;
          unit[i] = codeUnit;
        } else if (placed && needPoint[i] && placed.status[i] !== POINT_STATUS.missing) {
          const st = placed.status[i];
          kind[i] = st === POINT_STATUS.placed ? PLACE_KIND.point : st === POINT_STATUS.swapped ? PLACE_KIND.swapped : PLACE_KIND.outside;
          unit[i] = pointUnit;
          swappedUnit[i] = placed.swappedUnit[i];
        } else kind[i] = PLACE_KIND.noPlace;
        break;
      case 'department': {
        kind[i] = PLACE_KIND.department;
        const u = codeUnit >= 0 ? codeUnit : pointUnit;
        group[i] = u >= 0 ? deptOfUnit[u] : -1;
        break;
      }
      case 'country': {
        kind[i] = PLACE_KIND.nationwide;
        const c = r.country.trim() !== '' ? r.country.trim() : codeUnit >= 0 ? units[codeUnit].country : pointUnit >= 0 ? units[pointUnit].country : '';
        group[i] = countryCodes.labels.indexOf(c);
        break;
      }
      default:
        kind[i] = PLACE_KIND.noPlace;
    }
  });

  const pillarCode = (s: string) => INVESTMENT_PILLARS.indexOf(sectorPillar(s));
  const input: CoverageInput = {
    nUnits: n,
    kind,
    unit,
    group,
    activity,
    amount,
    donorOffsets,
    donors: Int32Array.from(donorList),
    nDonors: donors.labels.length,
    sectorOffsets,
    sectors: Int32Array.from(sectorList),
    nSectors: sectors.labels.length,
    sectorPillar: Uint8Array.from(sectors.labels, pillarCode),
    sectorLoe: Uint8Array.from(sectors.labels, (s) => linesOfEffortMask(sectorLinesOfEffort(s))),
    office,
    nOffices: offices.labels.length,
    startYear,
    endYear,
    status,
    population: denominators.population ?? new Float64Array(n).fill(NaN),
    emigrants: denominators.emigrants ?? new Float64Array(n).fill(NaN),
    deptOfUnit,
    countryOfUnit,
    rowCountry,
  };
  if (input.population.length !== n || input.emigrants.length !== n) throw new Error(`population and emigrants must have one value per unit (${n})`);
  return { input, countries: countryCodes.labels, donors: donors.labels, sectors: sectors.labels, offices: offices.labels, statuses: statuses.labels, swappedUnit, level };
}
