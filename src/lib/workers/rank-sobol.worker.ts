/**
 * The variance-based sensitivity worker: runs `rank-sobol.ts` off the main thread in chunks of 1%
 * of the index computations, reporting progress. In `{ type: 'run', input, options }`; out
 * `{ type: 'progress', done, total }`, then `{ type: 'result', result }` or `{ type: 'error',
 * message }`. Cancelling is terminating the worker (rank-sobol-runner.ts).
 */
import type { IndexInput } from '../analysis/composite-types.ts';
import { rankSobolRun, type RankSobolOptions, type RankSobolResult } from '../analysis/rank-sobol.ts';

export interface RankSobolRequest {
  type: 'run';
  input: IndexInput;
  options: RankSobolOptions;
}

export type RankSobolReply = { type: 'progress'; done: number; total: number } | { type: 'result'; result: RankSobolResult } | { type: 'error'; message: string };

/** Handles one request, replying through `post` (exported so that tests run it without a worker). */
export function handleRankSobolRequest(req: RankSobolRequest, post: (reply: RankSobolReply) => void): void {
  try {
    const run = rankSobolRun(req.input, req.options);
    const total = run.evaluations;
    const chunk = Math.max(1, Math.ceil(total / 100));
    post({ type: 'progress', done: 0, total });
    for (let from = 0; from < total; from += chunk) {
      run.run(from, Math.min(total, from + chunk));
      post({ type: 'progress', done: run.done, total });
    }
    post({ type: 'result', result: run.result() });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

if (typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function' && typeof window === 'undefined') {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<RankSobolRequest>) => void) | null; postMessage(message: unknown): void };
  scope.onmessage = (e) => {
    if (e.data?.type === 'run') handleRankSobolRequest(e.data, (reply) => scope.postMessage(reply));
  };
}
