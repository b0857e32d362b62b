/**
 * The investments worker: places the investment rows in the units once ({@link prepareInvestments},
 * ~0.5 s in the browser on the default data, too long for the main thread). It fetches the files
 * itself (HTTP cache: the app has fetched them already). In: `{ baseUrl }` (absolute); out
 * `{ type: 'result', prepared, unitIds, lon, lat, ms }` (each row's coordinates, for the points layer) or `{ type: 'error', message }`.
 */
import type { PreparedCoverage } from '../data/coverage-input.ts';
import type { CatalogEntry } from '../data/schema.ts';
import { fetchInvestmentsRequest, prepareInvestments } from '../data/investments-prepare.ts';
import { investmentsFromCsv } from '../data/investments-from-csv.ts';

/** Texts that replace the fetched ones (the default data with the planner's rows appended). */
export interface InvestmentTexts {
  investmentsCsv: string;
  indicatorsCsv: string;
  catalog: CatalogEntry[];
}

export type InvestmentsReply =
  | { type: 'result'; prepared: PreparedCoverage; unitIds: string[]; lon: Float64Array; lat: Float64Array; ms: number }
  | { type: 'error'; message: string };

self.onmessage = async (e: MessageEvent<{ baseUrl: string; texts: InvestmentTexts | null }>) => {
  let reply: InvestmentsReply;
  try {
    const req = { ...(await fetchInvestmentsRequest(e.data.baseUrl)), ...e.data.texts };
    const records = investmentsFromCsv(req.investmentsCsv);
    const lon = Float64Array.from(records, (r) => r.lon);
    const lat = Float64Array.from(records, (r) => r.lat);
    const t0 = performance.now();
    const prepared = prepareInvestments(req);
    reply = { type: 'result', prepared, unitIds: req.units.map((u) => u.unit_id), lon, lat, ms: performance.now() - t0 };
  } catch (err) {
    reply = { type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
