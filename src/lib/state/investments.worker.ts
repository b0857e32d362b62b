/**
 * The investments worker: places the investment rows in the units once ({@link prepareInvestments},
 * ~0.5 s in the browser on the default data, too long for the main thread). It fetches the files
 * itself (HTTP cache: the app has fetched them already). In: `{ baseUrl }` (absolute); out
 * `{ type: 'result', prepared, unitIds, ms }` or `{ type: 'error', message }`.
 */
import type { PreparedCoverage } from '../data/coverage-input.ts';
import { fetchInvestmentsRequest, prepareInvestments } from './investments-prepare.ts';

export type InvestmentsReply = { type: 'result'; prepared: PreparedCoverage; unitIds: string[]; ms: number } | { type: 'error'; message: string };

self.onmessage = async (e: MessageEvent<{ baseUrl: string }>) => {
  let reply: InvestmentsReply;
  try {
    const req = await fetchInvestmentsRequest(e.data.baseUrl);
    const t0 = performance.now();
    const prepared = prepareInvestments(req);
    reply = { type: 'result', prepared, unitIds: req.units.map((u) => u.unit_id), ms: performance.now() - t0 };
  } catch (err) {
    reply = { type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
