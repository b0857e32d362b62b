/**
 * `investmentsFromImport`: a parsed table, the planner's investment mapping and (when the rows are
 * keyed to units) the join report turned into investment rows of the default data's shape.
 *
 * - A row the join placed gets its `unit_id`, its unit's country and level `municipio`; the key
 *   wins over coordinates. A row with only longitude/latitude keeps them for point-in-polygon
 *   placement (level `municipio`, `unit_id` empty). A row with neither is kept, with no place, so
 *   that its money shows in the balance as "could not be placed" instead of vanishing.
 * - Amounts, years and coordinates must be numbers or empty (`not-a-number`). Coordinates must be
 *   degrees (`coordinates-out-of-range`, e.g. projected metres); when most of them look like
 *   Central America with longitude and latitude exchanged the file is refused
 *   (`swapped-coordinates`): the columns were mapped the wrong way round.
 * - Every row needs a country: its unit's, else the mapping's, else the key's country column or
 *   country (`missing-column` naming `country` otherwise).
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
  const cLon = col(mapping.lon);
  const cLat = col(mapping.lat);
  if ((cLon < 0) !== (cLat < 0)) {
    throw new ImportError('missing-column', `${file}: longitude and latitude must be mapped together`, { file, column: mapping.lon ?? mapping.lat ?? '' });
  }
  const key = mapping.key;
  // The key column must exist even though the join already read it (the mapping may be stale).
  if (key) col(key.column);
  const cCountry = key && !key.country && key.countryColumn ? col(key.countryColumn) : -1;
  if (key && !report) {
    throw new ImportError('no-match', `${file}: the rows are keyed by "${key.column}" but were not joined`, { file, column: key.column });
  }

  const unitOfRow = new Map<number, string>();
  for (const m of report?.matched ?? []) unitOfRow.set(m.row, m.unitId);

  const points = readPoints(table, cLon, cLat, num);
  const fixedCountry: CountryCode | undefined = mapping.country ?? key?.country;
  const sourceId = userSourceId(file, options);
  const out: InvestmentRow[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const unitId = unitOfRow.get(r) ?? '';
    const point = unitId ? null : points[r];
    const country =
      (unitId ? (unitId.slice(0, 2) as CountryCode) : null) ??
      fixedCountry ??
      (cCountry >= 0 ? parseCountry(text(cCountry, r)) : null) ??
      (point && options.countryAt ? options.countryAt(point[0], point[1]) : null);
    if (!country) {
      throw new ImportError('missing-column', `${file}: row ${r + 2} has no country; choose the country of the file`, { file, column: 'country', row: r + 2 });
    }
    const activity = text(cActivity, r);
    out.push({
      activity_id: activity || `${sourceId}:${r + 1}`,
      title: text(cTitle, r),
      donor: text(cDonor, r),
      sector: text(cSector, r),
      office: '',
      start_year: num(cStart, r),
      end_year: num(cEnd, r),
      amount_usd: scaled(num(cAmount, r), scale),
      country,
      unit_id: unitId,
      lon: point ? point[0] : null,
      lat: point ? point[1] : null,
      precision: null,
      level: 'municipio',
      source_id: sourceId,
    });
  }
  return out;
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
