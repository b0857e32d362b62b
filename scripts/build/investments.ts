/**
 * The investment table: USAID/Guatemala activities by municipio and the AidData Honduras AIMS
 * geocoded release, normalised to {@link InvestmentRow}. Deterministic order: source, country,
 * activity, level, unit, then coordinates and amount.
 */
import type { InvestmentRow } from '../../src/lib/data/schema.ts';
import { aiddataHonduras } from './investments-aiddata.ts';
import { usaidGuatemala } from './investments-usaid.ts';
import { SOURCES } from './sources.ts';
import type { BuildContext, InvestmentsResult } from './types.ts';

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const num = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a - b);

export function compareInvestments(a: InvestmentRow, b: InvestmentRow): number {
  return (
    text(a.source_id, b.source_id) ||
    text(a.country, b.country) ||
    text(a.activity_id, b.activity_id) ||
    text(a.level, b.level) ||
    text(a.unit_id, b.unit_id) ||
    num(a.lat, b.lat) ||
    num(a.lon, b.lon) ||
    num(a.precision, b.precision) ||
    num(a.amount_usd, b.amount_usd)
  );
}

/** The row with its keys in schema order (stable serialisation whatever the builder's order). */
function ordered(r: InvestmentRow): InvestmentRow {
  return {
    activity_id: r.activity_id,
    title: r.title,
    donor: r.donor,
    sector: r.sector,
    office: r.office,
    start_year: r.start_year,
    end_year: r.end_year,
    amount_usd: r.amount_usd,
    country: r.country,
    unit_id: r.unit_id,
    lon: r.lon,
    lat: r.lat,
    precision: r.precision,
    level: r.level,
    source_id: r.source_id,
  };
}

export function buildInvestments(ctx: BuildContext): InvestmentsResult {
  const rows = [...aiddataHonduras(ctx), ...usaidGuatemala(ctx)].map(ordered).sort(compareInvestments);
  const units = new Set(ctx.units.map((u) => u.unit_id));
  for (const r of rows) {
    if (r.unit_id !== '' && !units.has(r.unit_id)) throw new Error(`investments: unknown unit ${r.unit_id}`);
    for (const v of [r.amount_usd, r.lon, r.lat, r.start_year, r.end_year, r.precision]) {
      if (v !== null && !Number.isFinite(v)) throw new Error(`investments: non-finite value in ${r.activity_id}`);
    }
  }
  const sources = [SOURCES.aiddata_hnd_aims, SOURCES.usaid_gtm_activities].map((s) => ({ ...s }));
  return { rows, sources };
}
