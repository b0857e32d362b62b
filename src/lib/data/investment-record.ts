/**
 * An investment row as the coverage engine reads it ({@link InvestmentRecord}): what the app's CSV
 * round trip (merged-dataset.ts → investments-from-csv.ts) gives, without the text: missing numbers
 * NaN (never 0), no status. Pure.
 */
import type { InvestmentRecord } from './coverage-input.ts';
import type { InvestmentRow } from './schema.ts';

const num = (v: number | null): number => (v === null ? NaN : v);

export function investmentRecord(r: InvestmentRow): InvestmentRecord {
  return {
    activity_id: r.activity_id, donor: r.donor, sector: r.sector, office: r.office, country: r.country, unit_id: r.unit_id, level: r.level, status: '',
    start_year: num(r.start_year), end_year: num(r.end_year), amount_usd: num(r.amount_usd), lon: num(r.lon), lat: num(r.lat), precision: num(r.precision),
  };
}
