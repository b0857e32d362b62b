/**
 * The file written beside the hotspot results CSV: what was tested and how — variable, statistic,
 * weights (with their summary and islands), permutations, seed, significance level, correction and
 * the p threshold it gave, global Moran's I, counts per class — and the provenance block, so that
 * the run can be repeated (in the app or with `focal hotspots`) and attributed.
 */
import type { HotspotResult } from '../analysis/hotspots.ts';
import { clusterCodes, clusterKey, STATISTIC_MODULES } from '../analysis/statistic-registry.ts';
import { weightsSummary } from '../analysis/spatial-weights.ts';
import type { HotspotRun } from '../state/hotspots.svelte.ts';
import type { Provenance } from './provenance.ts';

export interface HotspotMetaInput {
  variable: { id: string; label: { en: string; es: string }; unit: { en: string; es: string }; year: string; source: string; level: string };
  result: Omit<HotspotResult, 'clusterLabel'>;
  weights: { contiguity: 'queen' | 'rook'; snapMeters: number; n: number; links: number; min: number; mean: number; max: number; islands: string[] };
  /** Unit ids aligned to the result. */
  unitIds: readonly string[];
}

/** Pretty-printed JSON with a final newline. */
export function hotspotResultsMeta(input: HotspotMetaInput, provenance: Provenance): string {
  const { result: r, weights: w } = input;
  const counts: Record<string, number> = {};
  for (const code of [...clusterCodes(r.statistic)].sort((a, b) => a - b)) counts[clusterKey(r.statistic, code)] = 0;
  for (const c of r.cluster) counts[clusterKey(r.statistic, c)] = (counts[clusterKey(r.statistic, c)] ?? 0) + 1;
  const ids = (list: readonly number[]) => list.map((i) => input.unitIds[i] ?? String(i));
  const doc = {
    focal_hotspots: 1,
    variable: input.variable,
    method: {
      statistic: STATISTIC_MODULES[r.statistic].method,
      statistic_id: r.statistic,
      inference: 'conditional permutation; folded pseudo p = (M + 1) / (R + 1)',
      permutations: r.permutations,
      seed: r.seed,
      rng: 'xoshiro128** 1.1 seeded through SplitMix64',
      alpha: r.alpha,
      correction: r.correction,
      threshold: r.threshold,
    },
    weights: {
      contiguity: w.contiguity,
      snap_meters: w.snapMeters,
      row_standardised: true,
      units: w.n,
      links: w.links,
      neighbours_min: w.min,
      neighbours_mean: w.mean,
      neighbours_max: w.max,
      islands: w.islands,
    },
    global_moran: r.global ? { I: r.global.I, p_sim: r.global.pSim } : null,
    counts,
    untested: { islands: ids(r.islands), missing: ids(r.missing) },
    provenance,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The method file of a run of the app (state/hotspots.svelte.ts): its variable, result and the
 * summary of the weights it used, islands named by unit id. `unitIds` aligned to the result.
 */
export function hotspotRunMeta(run: Pick<HotspotRun, 'data' | 'settings' | 'entry' | 'weights'>, unitIds: readonly string[], provenance: Provenance): string {
  const summary = weightsSummary(run.weights);
  const { id, label, unit, year, source, level } = run.entry;
  return hotspotResultsMeta(
    {
      variable: { id, label, unit, year, source, level },
      result: run.data,
      weights: {
        contiguity: run.settings.contiguity,
        snapMeters: run.settings.snapMeters,
        n: summary.n,
        links: summary.links,
        min: summary.min,
        mean: summary.mean,
        max: summary.max,
        islands: summary.islands.map((i) => unitIds[i]),
      },
      unitIds,
    },
    provenance,
  );
}
