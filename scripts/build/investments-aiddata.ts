/**
 * AidData Honduras AIMS geocoded research release v1.3.1: one row per project location, plus one
 * `country` row for each project the release did not geocode, so that every dollar of the
 * platform is in the table exactly once.
 *
 * Money: the project's TOTAL COMMITMENTS (projects.csv; the sum of its commitment transactions),
 * split evenly over its locations as AidData's `even_split_commitments` does, in whole cents
 * (remainder cents to the first locations by `project_location_id`), so a project's rows add up
 * to its total. A project with no commitment total gets `null` amounts, never 0. Per the release
 * README, amounts up to 2010 are constant 2011 USD, later ones current USD.
 *
 * Place: coordinates and precision are kept (except the country centroid given to precision 6/8
 * locations, dropped as `level_1a.csv` does); `unit_id` stays empty (the app places points by
 * point-in-polygon). Level from the precision code: 1 exact, 2 near, 3 municipio (ADM2) →
 * `municipio`; 4 department (ADM1) → `department`; 5 (rivers, parks, regions) → `department` when
 * the gazetteer puts it inside one department, else `country`; 6 and 8 (country) → `country`.
 * A department- or country-level location is never a municipio's.
 */
import { join } from 'node:path';
import type { InvestmentRow } from '../../src/lib/data/schema.ts';
import { col, numCol, readCsv, type CsvRow } from './csv.ts';
import type { BuildContext } from './types.ts';
import { evenSplitCents } from '../../src/lib/analysis/even-split-cents.ts';

export { evenSplitCents };

export const AIDDATA_DIR = 'hnd_aiddata_aims_v1.3.1';
const SOURCE_ID = 'aiddata_hnd_aims';

/** A year from a strict ISO date `YYYY-MM-DD` that exists on the calendar, in 1950–2035; else null. */
export function isoYear(raw: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return y >= 1950 && y <= 2035 ? y : null;
}

/** The level a location can be counted at, from its precision code and gazetteer path. */
export function aiddataLevel(precision: number, gazetteerCodes: string): InvestmentRow['level'] {
  if (precision >= 1 && precision <= 3) return 'municipio';
  if (precision === 4) return 'department';
  if (precision === 5) {
    const adm1 = gazetteerCodes.split('|')[3];
    return adm1 !== undefined && adm1 !== '' && adm1 !== '00' && gazetteerCodes.split('|').length >= 5 ? 'department' : 'country';
  }
  if (precision === 6 || precision === 8) return 'country';
  throw new Error(`AidData: unexpected precision code ${precision}`);
}

const list = (raw: string) =>
  raw
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean)
    .join('; ');

export function aiddataHonduras(ctx: BuildContext): InvestmentRow[] {
  const dir = join(ctx.rawDir, 'investments', AIDDATA_DIR);
  const projects = readCsv(join(dir, 'projects.csv'));
  const locations = readCsv(join(dir, 'locations.csv'));

  const byProject = new Map<string, CsvRow[]>();
  for (const l of locations) {
    const pid = col(l, 'project_id');
    byProject.set(pid, [...(byProject.get(pid) ?? []), l]);
  }
  const known = new Set(projects.map((p) => col(p, 'project_id')));
  const orphans = [...byProject.keys()].filter((k) => !known.has(k));
  if (orphans.length) throw new Error(`AidData: locations of unknown projects ${orphans.slice(0, 5).join(', ')}`);

  const out: InvestmentRow[] = [];
  let badDates = 0;
  let noAmount = 0;
  const abroad: string[] = [];
  for (const p of [...projects].sort((a, b) => (col(a, 'project_id') < col(b, 'project_id') ? -1 : 1))) {
    const pid = col(p, 'project_id');
    const rawTotal = numCol(p, 'total_commitments');
    const total = rawTotal !== null && rawTotal > 0 ? rawTotal : null;
    if (total === null) noAmount++;
    const start = isoYear(col(p, 'start_actual_isodate'));
    const end = isoYear(col(p, 'end_actual_isodate'));
    if (col(p, 'start_actual_isodate') && start === null) badDates++;
    if (col(p, 'end_actual_isodate') && end === null) badDates++;
    const base = {
      activity_id: pid,
      title: col(p, 'project_title'),
      donor: list(col(p, 'donors')),
      sector: list(col(p, 'ad_sector_names')),
      office: '',
      start_year: start,
      end_year: end,
      country: 'HN' as const,
      unit_id: '',
      source_id: SOURCE_ID,
    };
    const locs = (byProject.get(pid) ?? []).sort((a, b) => (col(a, 'project_location_id') < col(b, 'project_location_id') ? -1 : 1));
    if (!locs.length) {
      out.push({ ...base, amount_usd: total, lon: null, lat: null, precision: null, level: 'country' });
      continue;
    }
    const shares = total === null ? locs.map(() => null) : evenSplitCents(total, locs.length);
    locs.forEach((l, i) => {
      const precision = numCol(l, 'precision_code');
      if (precision === null) throw new Error(`AidData: ${col(l, 'project_location_id')} has no precision code`);
      const gaz = col(l, 'gazetteer_adm_code');
      const iso2 = gaz.split('|')[2];
      if (iso2 && iso2 !== 'HN') abroad.push(`${col(l, 'project_location_id')} (${col(l, 'place_name')}, ${iso2}, precision ${precision})`);
      // Precision 6/8 points are the country's centroid (locations.csv has them, level_1a.csv
      // blanks them): dropped, so no country-wide money can ever be placed in a municipio.
      const countryWide = precision === 6 || precision === 8;
      out.push({
        ...base,
        amount_usd: shares[i],
        lon: countryWide ? null : numCol(l, 'longitude'),
        lat: countryWide ? null : numCol(l, 'latitude'),
        precision,
        level: aiddataLevel(precision, gaz),
      });
    });
  }

  const geocoded = projects.filter((p) => byProject.has(col(p, 'project_id'))).length;
  ctx.log(
    `investments AidData Honduras: ${projects.length} projects (${geocoded} geocoded over ${locations.length} locations, ${projects.length - geocoded} not geocoded → one country row each), ${out.length} rows; ${noAmount} projects without a commitment total (amount null); ${badDates} malformed dates (year null)`,
  );
  if (abroad.length) ctx.log(`investments AidData Honduras: ${abroad.length} locations lie outside Honduras (kept, country HN = the recipient): ${abroad.join('; ')}`);
  return out;
}
