/**
 * Which assumption drives the ranks (docs/METHODS.md §1.10): variance-based sensitivity of the
 * ranking to the uncertain choices of the index (Saisana, Saltelli & Tarantola 2005, "Uncertainty
 * and sensitivity analysis techniques as tools for the quality assessment of composite
 * indicators", J. R. Stat. Soc. A 168(2); JRC COINr `get_sensitivity(SA_type = "SA")`).
 *
 * The factors, each perturbed as the Monte Carlo of sensitivity.ts perturbs it:
 * - `weights`: every weight (indicators and non-root groups) multiplied by U(1 − jitter,
 *   1 + jitter), siblings re-scaled to their sum: one factor spanning one dimension per weight;
 * - `normalisation`: min–max, z-score or percentile rank, uniformly (when the spec varies it);
 * - `treatment`: none or COINr's rule, uniformly (when the spec varies it).
 *
 * The output, as COINr summarises a ranking: the mean absolute rank shift, over the units scored
 * in the index as set, of their rank within country against their rank in the index as set. First
 * order and total indices by Saltelli's sampling and Jansen's estimators (sobol-jansen.ts), N base
 * rows (N (k + 2) index computations), uniforms from `seededRng(seed)`, bootstrap seed `seed + 1`.
 */
import type { IndexInput } from './composite-types.ts';
import { averageRanks } from './average-ranks.ts';
import { computeIndex, indexScore } from './composite-index.ts';
import { prepareLeaves, type PreparedLeaves } from './prepare-leaves.ts';
import { seededRng } from './rng.ts';
import { choicesFromUniforms, drawInput, type SensitivityOptions } from './sensitivity.ts';
import { designRow, saltelliDesign, sobolJansen, type SobolFactor, type SobolIndex } from './sobol-jansen.ts';

export type RankSobolFactor = 'weights' | 'normalisation' | 'treatment';

export interface RankSobolOptions extends Pick<SensitivityOptions, 'seed' | 'weightJitter' | 'varyNormalisation' | 'varyTreatment'> {
  /** Base rows N (≥ 2); the run computes the index N (k + 2) times. */
  samples: number;
  /** Bootstrap resamplings for the 95% intervals. */
  bootstrap: number;
}

export interface RankSobolResult {
  method: 'Saltelli 2010 sampling, Jansen estimators';
  samples: number;
  seed: number;
  evaluations: number;
  bootstrap: number;
  weightJitter: number;
  /** Mean over the evaluations on A and B of the mean absolute rank shift, and its variance. */
  meanShift: number;
  variance: number;
  indices: (SobolIndex & { id: RankSobolFactor })[];
}

export interface RankSobolRun {
  readonly evaluations: number;
  readonly done: number;
  run(from: number, to: number): void;
  result(): RankSobolResult;
}

/** The factors varied under `options` (weights only when the jitter is above 0). */
export function rankSobolFactors(input: Pick<IndexInput, 'leaves' | 'groups'>, options: Pick<RankSobolOptions, 'weightJitter' | 'varyNormalisation' | 'varyTreatment'>): SobolFactor[] {
  const weights = input.leaves.length + input.groups.filter((g) => g.parent !== null).length;
  const out: SobolFactor[] = [];
  if (options.weightJitter > 0) out.push({ id: 'weights', dims: weights });
  if (options.varyNormalisation) out.push({ id: 'normalisation', dims: 1 });
  if (options.varyTreatment) out.push({ id: 'treatment', dims: 1 });
  return out;
}

/**
 * Prepares a run over `input` (not modified).
 *
 * @throws Error when nothing is varied or N is not an integer ≥ 2.
 */
export function rankSobolRun(input: IndexInput, options: RankSobolOptions): RankSobolRun {
  const factors = rankSobolFactors(input, options);
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) throw new Error(`sobol: seed must be an integer from 0 to 4294967295 (got ${options.seed})`);
  const design = saltelliDesign(options.samples, factors, seededRng(options.seed));
  const nWeights = input.leaves.length + input.groups.filter((g) => g.parent !== null).length;
  const at = new Map(factors.map((f, i) => [f.id, design.offsets[i]]));
  const y = new Float64Array(design.evaluations);
  const ran = new Uint8Array(design.evaluations);
  let done = 0;
  const prepared = new Map<string, PreparedLeaves>();
  const basePrepared = prepareLeaves(input);
  prepared.set(`${input.options.normalisation.method}|${input.options.treatment.method}`, basePrepared);
  const base = computeIndex(input, basePrepared);
  const baseRank = base.rankCountry;
  const row = new Float64Array(design.d);
  const full = new Float64Array(nWeights + 2);

  const evaluate = (e: number): number => {
    designRow(design, e, row);
    // The uniforms in choicesFromUniforms' order; a factor not varied keeps a neutral 0.5.
    const w = at.get('weights');
    for (let c = 0; c < nWeights; c++) full[c] = w === undefined ? 0.5 : row[w + c];
    full[nWeights] = row[at.get('normalisation') ?? -1] ?? 0.5;
    full[nWeights + 1] = row[at.get('treatment') ?? -1] ?? 0.5;
    let k = 0;
    const c = choicesFromUniforms(input, options, () => full[k++]);
    const di = drawInput(input, c);
    const key = `${c.normalisation}|${c.treatment}`;
    let p = prepared.get(key);
    if (!p) prepared.set(key, (p = prepareLeaves(di)));
    const score = indexScore(di, p);
    for (let u = 0; u < input.n; u++) if (Number.isNaN(baseRank[u])) score[u] = NaN;
    const rank = averageRanks(score, input.scopeGroup);
    let sum = 0;
    let m = 0;
    for (let u = 0; u < input.n; u++) {
      if (Number.isNaN(baseRank[u])) continue;
      // A unit a draw leaves without any value counts as no shift (it is not ranked there).
      if (!Number.isNaN(rank[u])) sum += Math.abs(rank[u] - baseRank[u]);
      m++;
    }
    return m ? sum / m : 0;
  };

  return {
    evaluations: design.evaluations,
    get done() {
      return done;
    },
    run(from: number, to: number): void {
      if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= design.evaluations && from <= to)) {
        throw new Error(`sobol: evaluations [${from}, ${to}) outside [0, ${design.evaluations})`);
      }
      for (let e = from; e < to; e++) {
        if (ran[e]) continue;
        y[e] = evaluate(e);
        ran[e] = 1;
        done++;
      }
    },
    result(): RankSobolResult {
      if (done < design.evaluations) throw new Error(`sobol: ${done} of ${design.evaluations} evaluations run`);
      const r = sobolJansen(design, y, options.bootstrap, (options.seed + 1) >>> 0);
      return {
        method: 'Saltelli 2010 sampling, Jansen estimators',
        samples: options.samples,
        seed: options.seed,
        evaluations: design.evaluations,
        bootstrap: options.bootstrap,
        weightJitter: options.weightJitter,
        meanShift: r.mean,
        variance: r.variance,
        indices: r.indices as RankSobolResult['indices'],
      };
    },
  };
}

/** Runs every evaluation at once (tests, CLI). */
export function runRankSobol(input: IndexInput, options: RankSobolOptions): RankSobolResult {
  const run = rankSobolRun(input, options);
  run.run(0, run.evaluations);
  return run.result();
}
