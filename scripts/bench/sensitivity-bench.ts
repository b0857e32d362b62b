/**
 * Benchmark of the Monte Carlo sensitivity (goal: 1,000 draws over the 682 units in
 * 1 s or less): 1,000 draws over 682 synthetic units with 25 indicators in 6 groups, weights,
 * normalisation and treatment all varied, in this Node process. Returns the median wall time in ms
 * of `runs` runs (after one warm-up run).
 */
import { runSensitivity, type SensitivityOptions } from '../../src/lib/analysis/sensitivity.ts';
import { syntheticIndexInput } from './synthetic-index-input.ts';

export function benchSensitivity(runs = 3, n = 682, draws = 1000): number {
  const input = syntheticIndexInput(n, 25, 6, 1);
  const options: SensitivityOptions = {
    draws,
    seed: 1,
    weightJitter: 0.5,
    varyNormalisation: true,
    varyTreatment: true,
    robustThreshold: 0.9,
    topN: 50,
    rankScope: 'region',
  };
  runSensitivity(input, { ...options, draws: Math.min(draws, 50) }); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    runSensitivity(input, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

// `npx tsx scripts/bench/sensitivity-bench.ts` prints the figure.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`sensitivity: 1,000 draws × 682 units, median ${benchSensitivity().toFixed(0)} ms`);
}
