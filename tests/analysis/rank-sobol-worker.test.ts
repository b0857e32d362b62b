/** The variance-based sensitivity worker's handler: progress from 0 to the total, then the same result as a direct run; errors as messages. */
import { describe, expect, it } from 'vitest';
import { handleRankSobolRequest, type RankSobolReply } from '../../src/lib/workers/rank-sobol.worker.ts';
import { runRankSobol, type RankSobolOptions } from '../../src/lib/analysis/rank-sobol.ts';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';

const input: IndexInput = {
  n: 6,
  scopeGroup: Int32Array.of(0, 0, 0, 1, 1, 1),
  leaves: [
    { id: 'a', parent: 'root', weight: 1, direction: 1, values: Float64Array.of(1, 5, 3, 2, 8, 4) },
    { id: 'b', parent: 'root', weight: 1, direction: 1, values: Float64Array.of(4, 2, 6, 9, 1, 3) },
  ],
  groups: [{ id: 'root', parent: null, weight: 1 }],
  options: {
    treatment: { method: 'none', winmax: 5, skew: 2, kurtosis: 3.5 },
    normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
    aggregation: 'arithmetic',
    minWeightShare: 0.5,
  },
};
const options: RankSobolOptions = { seed: 3, weightJitter: 0.5, varyNormalisation: true, varyTreatment: false, samples: 50, bootstrap: 20 };

describe('handleRankSobolRequest', () => {
  it('reports progress up to the total, then the result of a direct run', () => {
    const replies: RankSobolReply[] = [];
    handleRankSobolRequest({ type: 'run', input, options }, (r) => replies.push(r));
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', done: 0, total: 200 });
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 200, total: 200 });
    const last = replies.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type === 'result') expect(last.result).toEqual(runRankSobol(input, options));
  });

  it('replies with an error when nothing is varied', () => {
    const replies: RankSobolReply[] = [];
    handleRankSobolRequest({ type: 'run', input, options: { ...options, weightJitter: 0, varyNormalisation: false } }, (r) => replies.push(r));
    expect(replies).toEqual([{ type: 'error', message: 'sobol: no factor to vary' }]);
  });
});
