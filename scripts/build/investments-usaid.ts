/**
 * USAID/Guatemala activities by municipio (no amounts, no years). The file lists each activity ×
 * municipio; a "Nationwide" activity is listed on all 340 municipios. Normalised here to:
 * - one `level: 'country'` row per activity with any Nationwide listing (unit empty), so that a
 *   nationwide activity is counted once, apart, never on every municipio;
 * - one `level: 'municipio'` row per municipio where the file says "Municipality" or
 *   "Nationwide and municipality" (the activity also works in that municipio specifically).
 */
import { join } from 'node:path';
import type { InvestmentRow } from '../../src/lib/data/schema.ts';
import { col, readCsv } from './csv.ts';
import { joinGtRows } from './gt-code-join.ts';
import { resolveDepartment } from '../../src/lib/data/join/resolve-department.ts';
import { slugify } from './slug.ts';
import type { SourceId } from './sources.ts';
import type { BuildContext } from './types.ts';

export const USAID_FILE = 'gtm_usaid_activities_by_municipio.csv';
const SOURCE_ID = 'usaid_gtm_activities' satisfies SourceId;

/** Technical office → sector. */
export const USAID_OFFICE_SECTOR: Readonly<Record<string, string>> = {
  DGO: 'Democracy, human rights and governance',
  EGO: 'Economic growth',
  HEO: 'Health and education',
  PEPFAR: 'Health (HIV/AIDS, PEPFAR)',
};

const LEVELS = new Set(['Municipality', 'Nationwide', 'Nationwide and municipality']);

/** `activity_id` of a USAID/Guatemala activity title. */
export function usaidActivityId(title: string): string {
  return `usaid-gt-${slugify(title)}`;
}

export function usaidGuatemala(ctx: BuildContext): InvestmentRow[] {
  const rows = readCsv(join(ctx.rawDir, 'investments', USAID_FILE));
  const depts = new Map<string, string>();
  for (const u of ctx.units) if (u.country === 'GT') depts.set(u.dept_code, u.dept_name);
  const deptList = [...depts].map(([code, name]) => ({ code, name }));

  // Validate every distinct municipio of the file once (code, department name, municipio name).
  const places = [...new Map(rows.map((r) => [col(r, 'ine_muni_code'), r])).values()];
  const placeIds = joinGtRows(
    SOURCE_ID,
    places.map((r) => ({ code: col(r, 'ine_muni_code'), dept: resolveDepartment(col(r, 'dept'), deptList) ?? undefined, name: col(r, 'muni') })),
    ctx.units,
    ctx.log,
  );
  const unitOf = new Map(places.map((r, i) => [col(r, 'ine_muni_code'), placeIds[i]]));

  const byActivity = new Map<string, typeof rows>();
  for (const r of rows) {
    const level = col(r, 'level');
    if (!LEVELS.has(level)) throw new Error(`USAID: unknown level "${level}"`);
    const title = col(r, 'activity');
    byActivity.set(title, [...(byActivity.get(title) ?? []), r]);
  }

  const out: InvestmentRow[] = [];
  const ids = new Map<string, string>();
  for (const title of [...byActivity.keys()].sort()) {
    const list = byActivity.get(title)!;
    const offices = new Set(list.map((r) => col(r, 'office')));
    if (offices.size !== 1) throw new Error(`USAID: activity "${title}" has offices ${[...offices].join(', ')}`);
    const office = [...offices][0];
    const sector = USAID_OFFICE_SECTOR[office];
    if (!sector) throw new Error(`USAID: unknown office ${office}`);
    const activity_id = usaidActivityId(title);
    if (ids.has(activity_id)) throw new Error(`USAID: titles "${title}" and "${ids.get(activity_id)}" give the same id`);
    ids.set(activity_id, title);
    const base = { activity_id, title, donor: 'USAID', sector, office, start_year: null, end_year: null, amount_usd: null, country: 'GT' as const };
    const place = { lon: null, lat: null, precision: null, source_id: SOURCE_ID };
    if (list.some((r) => col(r, 'level').startsWith('Nationwide'))) out.push({ ...base, unit_id: '', ...place, level: 'country' });
    for (const r of list) {
      if (!/municipality/i.test(col(r, 'level'))) continue;
      const unit_id = unitOf.get(col(r, 'ine_muni_code'));
      if (!unit_id) throw new Error(`USAID: "${title}" names an unknown municipio ${col(r, 'ine_muni_code')}`);
      out.push({ ...base, unit_id, ...place, level: 'municipio' });
    }
  }
  const muni = out.filter((r) => r.level === 'municipio').length;
  ctx.log(`investments USAID/Guatemala: ${byActivity.size} activities, ${out.length} rows (${muni} municipio, ${out.length - muni} nationwide) from ${rows.length} file rows; no amounts in the source`);
  return out;
}
