/**
 * Benchmark of the hotspot weights: queen and rook contiguity over the 682 municipios' boundaries,
 * within each country from shared arcs and snapped across borders at 500 m (the app's default),
 * in this Node process. Returns the median wall time in ms of `runs` runs of each (after a warm-up).
 * The unit test checks the weights themselves, never this time.
 */
import { contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { readTopology, TOPO_FILES } from '../../tests/data/public-data.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchContiguity(runs = 5): { queenMs: number; rookMs: number } {
  const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({
    country: country as CountryCode,
    topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology,
  }));
  const time = (contiguity: 'queen' | 'rook') => {
    contiguityWeights(topologies, { contiguity, snapMeters: 500 });
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      contiguityWeights(topologies, { contiguity, snapMeters: 500 });
      ms.push(performance.now() - t0);
    }
    return median(ms);
  };
  return { queenMs: time('queen'), rookMs: time('rook') };
}
