/**
 * The compute a Hotspots run needs, as the baseline of "Run → map drawn": hotspots() (the app's
 * entry point) on the 682 municipios with 999 permutations and the app's default correction, in
 * Node, median of `runs` after warm-ups. Called once per pair, right after the app's run, so that
 * it is taken under the same load as the run it is the baseline of.
 */
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { municipioInput } from './hotspot-bench-inputs.ts';
import { median } from './bench-table.ts';

let input: ReturnType<typeof municipioInput> | null = null;

export function hotspotComputeMs(runs = 5): number {
  input ??= municipioInput();
  const { values, weights } = input;
  const run = () => hotspots(values, weights, { statistic: 'moran', permutations: 999, seed: 1, alpha: 0.05, correction: 'fdr' });
  for (let k = 0; k < 3; k++) run();
  const out: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run();
    out.push(performance.now() - t0);
  }
  return median(out);
}
