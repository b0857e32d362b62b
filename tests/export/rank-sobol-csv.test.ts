/** The variance-based sensitivity CSV: a row per factor, the method and seed on every row, NaN as empty. */
import { describe, expect, it } from 'vitest';
import { rankSobolCsv } from '../../src/lib/export/rank-sobol-csv.ts';
import type { RankSobolResult } from '../../src/lib/analysis/rank-sobol.ts';

const r: RankSobolResult = {
  method: 'Saltelli 2010 sampling, Jansen estimators',
  samples: 256,
  seed: 1,
  evaluations: 1280,
  bootstrap: 200,
  weightJitter: 0.5,
  meanShift: 11.8,
  variance: 28,
  indices: [
    { id: 'weights', first: 0.5361234567, total: 0.67, firstCI: [0.36, 0.65], totalCI: [0.45, 0.84] },
    { id: 'treatment', first: NaN, total: 0, firstCI: [NaN, NaN], totalCI: [0, 0] },
  ],
};

describe('rankSobolCsv', () => {
  it('writes a row per factor with the method, samples and seed', () => {
    const lines = rankSobolCsv(r).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('factor,first_order,first_order_ci_low,first_order_ci_high,total,total_ci_low,total_ci_high,mean_abs_rank_shift,output,method,samples,evaluations,bootstrap,seed,weight_jitter');
    expect(lines[1]).toBe('weights,0.536123,0.36,0.65,0.67,0.45,0.84,11.8,mean absolute rank shift within country,"Saltelli 2010 sampling, Jansen estimators",256,1280,200,1,0.5');
    expect(lines[2].startsWith('treatment,,,,0,0,0,')).toBe(true);
  });
});
