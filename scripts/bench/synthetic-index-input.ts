/**
 * A synthetic engine input for benchmarks and tests: `n` units in three countries, `indicators`
 * columns spread over `groups` groups under the root, values drawn from a seeded generator
 * (log-normal-ish so that some columns are skewed), about 3% of values missing, directions
 * alternating.
 */
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';

export function syntheticIndexInput(n = 682, indicators = 25, groups = 6, seed = 1): IndexInput {
  const rng = seededRng(seed);
  const scopeGroup = Int32Array.from({ length: n }, (_, i) => (i < n * 0.5 ? 0 : i < n * 0.8 ? 1 : 2));
  const groupNodes = [
    { id: 'index', parent: null, weight: 1 },
    ...Array.from({ length: groups }, (_, g) => ({ id: `g${g}`, parent: 'index', weight: g === 0 ? groups - 1 : 1 })),
  ];
  const leaves = Array.from({ length: indicators }, (_, k) => {
    const skewed = k % 4 === 0;
    const values = Float64Array.from({ length: n }, () => {
      if (rng.random() < 0.03) return NaN;
      const u = rng.random() + rng.random() + rng.random() - 1.5; // roughly normal
      return skewed ? Math.exp(2 * u) : 50 + 20 * u;
    });
    return { id: `i${k}`, parent: `g${k % groups}`, weight: 1 + (k % 3), direction: (k % 5 === 4 ? -1 : 1) as 1 | -1, values };
  });
  return {
    n,
    scopeGroup,
    leaves,
    groups: groupNodes,
    options: {
      treatment: { method: 'coinr', winmax: 5, skew: 2, kurtosis: 3.5 },
      normalisation: { method: 'minmax', range: [0, 100], scope: 'country' },
      aggregation: 'arithmetic',
      minWeightShare: 0.5,
    },
  };
}
