/**
 * `investmentsFromImport`: a parsed table, the planner's investment mapping and (when the rows are
 * keyed to units) the join report turned into investment rows of the default data's shape.
 *
 * - A row the join placed gets its `unit_id`, its unit's country and level `municipio`; the key
 *   wins over coordinates. A row with longitude/latitude (the mapped columns, or the point of a
 *   layer's feature when none are mapped) keeps them for point-in-polygon placement (`unit_id`
 *   empty). A row whose key was not found keeps level `municipio` with no place, so that its money
 *   shows in the balance as "could not be placed" instead of vanishing. A row with no key and no
 *   point is counted in its country (level `country`: its money is the country's, never a
 *   municipio's).
 * - Precision (AidData codes, `mapping.precision`): the level is the coarser of the row's and its
 *   code's ({@link investmentLevel}): 1–3 municipio, 4–5 department, 6–8 country. A point of a
 *   country-level code (the country's centroid) is dropped, as the default data's build does.
 * - A project's amount repeated on each of its locations (`mapping.splitRepeated`, rows sharing
 *   `activityId`) is counted once, split evenly over its locations ({@link splitRepeatedAmounts}).
 * - Amounts, years, precision and coordinates must be numbers or empty (`not-a-number`).
 *   Coordinates must be degrees (`coordinates-out-of-range`, e.g. projected metres); when most of
 *   them look like Central America with longitude and latitude exchanged the file is refused
 *   (`swapped-coordinates`): the columns were mapped the wrong way round.
 * - Every row needs a country: its unit's, else the mapping's, else the country column's, else
 *   that of its point (`missing-column` naming `country` when none of these can be asked). A
 *   country column naming another country (or nothing), or a row without a point in a file placed
 *   by points, leaves the row with no country and no place: its money is reported as not placed.
 * - `source_id` is `user:<import id>`.
 *
 * Pure: the inputs are not changed.
 */
import type { JoinReport } from '../join/join-types.ts';
import type { CountryCode, InvestmentRow } from '../schema.ts';
import type { ApplyOptions } from './apply-options.ts';
import { userSourceId } from './apply-options.ts';
import { cellText } from './cell-text.ts';
import { columnIndex } from './column-index.ts';
import { ImportError } from './import-error.ts';
import type { InvestmentMapping } from './import-mapping.ts';
import type { RawTable } from './import-types.ts';
import { numberCell } from './number-cell.ts';
import { parseCountry } from './parse-country.ts';
import { investmentLevel } from '../../analysis/investment-level.ts';
import { splitRepeatedAmounts } from '../../analysis/repeated-amounts.ts';
import type { Geometry } from 'geojson';

/** Central America (GT, HN, SV) in degrees, generously: what a swapped pair would fall outside of. */
const REGION = { west: -93, east: -83, south: 12, north: 18.5 };

export function investmentsFromImport(
  table: RawTable,
  mapping: InvestmentMapping,
  report: JoinReport | null,
  options: ApplyOptions = {},
): InvestmentRow[] {
  const file = table.fileName;
  const col = (name: string | undefined): number => (name ? columnIndex(table, name) : -1);
  const text = (c: number, r: number): string => (c < 0 ? '' : cellText(table.values[c][r]));
  const num = (c: number, r: number): number | null => (c < 0 ? null : numberCell(table, c, r));

  const cTitle = col(mapping.title);
  const cDonor = col(mapping.donor);
  const cSector = col(mapping.sector);
  const cActivity = col(mapping.activityId);
  const cAmount = col(mapping.amount);
  const scale = mapping.amountScale ?? 1;
  const cStart = col(mapping.startYear);
  const cEnd = col(mapping.endYear);
  const cPrecision = col(mapping.precision);
  const cLon = col(mapping.lon);
  const cLat = col(mapping.lat);
  if ((cLon < 0) !== (cLat < 0)) {
    throw new ImportError('missing-column', `${file}: longitude and latitude must be mapped together`, { file, column: mapping.lon ?? mapping.lat ?? '' });
  }
  const key = mapping.key;
  // The key column must exist even though the join already read it (the mapping may be stale).
  const cKey = key ? col(key.column) : -1;
  const countryColumn = mapping.countryColumn ?? (key && !key.country ? key.countryColumn : undefined);
  const cCountry = col(countryColumn);
  if (key && !report) {
    throw new ImportError('no-match', `${file}: the rows are keyed by "${key.column}" but were not joined`, { file, column: key.column });
  }

  const unitOfRow = new Map<number, string>();
  for (const m of report?.matched ?? []) unitOfRow.set(m.row, m.unitId);

  const points = cLon >= 0 ? readPoints(table, cLon, cLat, num) : layerPoints(table);
  const located = points.some((p) => p !== null);
  const fixedCountry: CountryCode | undefined = mapping.country ?? key?.country;
  const sourceId = userSourceId(file, options);
  const ids = Array.from({ length: table.rowCount }, (_, r) => text(cActivity, r));
  const given = Array.from({ length: table.rowCount }, (_, r) => scaled(num(cAmount, r), scale));
  const amounts = mapping.splitRepeated && cActivity >= 0 ? splitRepeatedAmounts(ids, given) : given;
  const out: InvestmentRow[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const unitId = unitOfRow.get(r) ?? '';
    const precision = num(cPrecision, r);
    const codeLevel = investmentLevel('municipio', precision ?? NaN) ?? 'municipio';
    // A country-level code's point is the country's centroid: never placed.
    const point = unitId || codeLevel === 'country' ? null : points[r];
    const countryCell = cCountry >= 0 ? text(cCountry, r) : '';
    const country =
      (unitId ? (unitId.slice(0, 2) as CountryCode) : null) ??
      fixedCountry ??
      (cCountry >= 0 ? parseCountry(countryCell) : null) ??
      (point && options.countryAt ? options.countryAt(point[0], point[1]) : null);
    // Nothing to ask a country of: no country chosen, no country column, and no point to locate.
    if (!country && cCountry < 0 && !(located && options.countryAt)) {
      throw new ImportError('missing-column', `${file}: row ${r + 2} has no country; choose the country of the file`, { file, column: 'country', row: r + 2 });
    }
    // A row whose key was given but not found is a municipio's that could not be placed.
    const keyed = !!unitId || (cKey >= 0 && text(cKey, r) !== '');
    const level = !country ? 'municipio' : keyed || point ? codeLevel : 'country';
    const activity = ids[r];
    out.push({
      activity_id: activity || `${sourceId}:${r + 1}`,
      title: text(cTitle, r),
      donor: text(cDonor, r),
      sector: text(cSector, r),
      office: '',
      start_year: num(cStart, r),
      end_year: num(cEnd, r),
      amount_usd: amounts[r],
      // No country of the three (another country named, or none): no place; its money is reported as not placed.
      country: country ?? ('' as CountryCode),
      unit_id: unitId,
      lon: point && country ? point[0] : null,
      lat: point && country ? point[1] : null,
      precision: country ? precision : null,
      level,
      source_id: sourceId,
    });
  }
  return out;
}

/** A point layer's own points (Point, or a MultiPoint of one place); none for a plain table. */
function layerPoints(table: RawTable): ([number, number] | null)[] {
  const geometries = (table as RawTable & { geometries?: (Geometry | null)[] }).geometries;
  if (!geometries) return new Array<null>(table.rowCount).fill(null);
  return geometries.map((g) => {
    if (g?.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
    if (g?.type === 'MultiPoint') {
      const [first, ...rest] = g.coordinates;
      if (first && rest.every((p) => p[0] === first[0] && p[1] === first[1])) return [first[0], first[1]];
    }
    return null;
  });
}

/** Each row's [lon, lat] in degrees, or null; refuses projected or exchanged coordinates. */
function readPoints(
  table: RawTable,
  cLon: number,
  cLat: number,
  num: (c: number, r: number) => number | null,
): ([number, number] | null)[] {
  const file = table.fileName;
  const points: ([number, number] | null)[] = [];
  if (cLon < 0) return new Array<null>(table.rowCount).fill(null);
  let given = 0;
  let swapped = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const lon = num(cLon, r);
    const lat = num(cLat, r);
    if (lon === null || lat === null) {
      points.push(null);
      continue;
    }
    given++;
    const inRegion = lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
    const inRegionSwapped = lat >= REGION.west && lat <= REGION.east && lon >= REGION.south && lon <= REGION.north;
    if (!inRegion && inRegionSwapped) swapped++;
    points.push([lon, lat]);
  }
  if (given > 0 && swapped * 2 > given) {
    throw new ImportError(
      'swapped-coordinates',
      `${file}: ${swapped} of ${given} points fall in Central America only with longitude ("${table.columns[cLon]}") and latitude ("${table.columns[cLat]}") exchanged`,
      { file, column: table.columns[cLon], column2: table.columns[cLat], count: swapped, total: given },
    );
  }
  for (let r = 0; r < points.length; r++) {
    const p = points[r];
    if (p && (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)) {
      throw new ImportError(
        'coordinates-out-of-range',
        `${file}: row ${r + 2}: (${p[0]}, ${p[1]}) is not a longitude and latitude in degrees`,
        { file, row: r + 2, value: `${p[0]}, ${p[1]}` },
      );
    }
  }
  return points;
}

/** An amount in US dollars from a cell in the file's unit (missing stays missing). */
function scaled(v: number | null, scale: number): number | null {
  return v === null ? null : v * scale;
}
