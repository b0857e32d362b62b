/**
 * The sensitivity worker: runs the Monte Carlo of `sensitivity.ts` off the main thread, in chunks,
 * reporting progress after each. Messages: in `{ type: 'run', input, options }` (the input
 * structured-cloned); out `{ type: 'progress', done, total }`, then `{ type: 'result', result }`
 * (the result's arrays transferred) or `{ type: 'error', message }`. Cancelling is terminating the
 * worker (see sensitivity-runner.ts).
 */
import type { IndexInput, SensitivityResult } from '../analysis/composite-types.ts';
import { sensitivityRun, type SensitivityOptions } from '../analysis/sensitivity.ts';

export interface SensitivityRequest {
  type: 'run';
  input: IndexInput;
  options: SensitivityOptions;
}

export type SensitivityReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: SensitivityResult }
  | { type: 'error'; message: string };

/** Report progress about every this many milliseconds (and at the end). */
const PROGRESS_MS = 50;

/**
 * Handles one request, replying through `post` (exported so that tests run it without a worker).
 * Draws run in chunks of 1% of the total.
 */
export function handleSensitivityRequest(req: SensitivityRequest, post: (reply: SensitivityReply, transfer?: Transferable[]) => void): void {
  try {
    const run = sensitivityRun(req.input, req.options);
    const total = run.draws;
    const chunk = Math.max(1, Math.ceil(total / 100));
    let last = performance.now();
    post({ type: 'progress', done: 0, total });
    for (let from = 0; from < total; from += chunk) {
      run.run(from, Math.min(total, from + chunk));
      const now = performance.now();
      if (now - last >= PROGRESS_MS || run.done === total) {
        post({ type: 'progress', done: run.done, total });
        last = now;
      }
    }
    const result = run.result();
    post({ type: 'result', result }, [result.medianRank.buffer, result.p05.buffer, result.p95.buffer, result.probTopN.buffer, result.robust.buffer]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

// In a worker (not when a test imports this module in Node).
if (typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function' && typeof window === 'undefined') {
  // The worker scope's postMessage(message, transfer) (typed without the WebWorker lib, which the
  // Node-side tsconfig lacks).
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<SensitivityRequest>) => void) | null;
    postMessage(message: unknown, transfer: Transferable[]): void;
  };
  scope.onmessage = (e) => {
    if (e.data?.type === 'run') handleSensitivityRequest(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
  };
}
