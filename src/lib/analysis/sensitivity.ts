/**
 * Uncertainty and sensitivity of the ranking (docs/METHODS.md §1 step 7; OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, step 10; the idea of COINr's `get_sensitivity`): a
 * Monte Carlo over the index choices. In each draw:
 *
 * 1. every weight, of the indicators and of the groups (not the root's, which has no siblings), is
 *    multiplied by U(1 − jitter, 1 + jitter), then the weights of each sibling set are rescaled to
 *    the sum they had before (so a group's children keep their total);
 * 2. when `varyNormalisation`, the normalisation method is drawn uniformly from min–max, z-score
 *    and percentile rank (range and scope as in the input);
 * 3. when `varyTreatment`, the skew treatment is drawn uniformly from none and COINr's rule (with
 *    the input's thresholds when it already uses that rule, else COINr's defaults 5 / 2 / 3.5):
 *    the rule with `log_CT_plus` as its fallback (`coinr_plus`) when the input uses `coinr_plus`
 *    or `log_plus`, else the rule with `log_CT` (`coinr`). An indicator with a treatment of its
 *    own (the spec's per-indicator choice) keeps it in every draw: that is a choice made for
 *    that indicator, not one of the method choices the draws explore;
 *
 * then the index is computed (`indexScore`, prepared leaves cached per normalisation and
 * treatment) and the units ranked, region-wide or within each scope group.
 *
 * Which units are ranked is decided once, by the index as the user set it: a unit with a score there
 * is ranked in every draw (unless a draw leaves it no value at all), a unit without one ("insufficient
 * data") in none. The missing-data rule is not re-applied to the perturbed weights: it is about the
 * data a score rests on, which the draws do not change (COINr likewise screens units by the share of
 * indicators present, independent of the weights). Re-applying it would push units just above the
 * threshold — e.g. municipios whose country publishes no indicator for some pillars, resting on
 * 60% of the weight — in and out of the ranking by chance, and count those draws as "not in the
 * top N".
 *
 * Per unit: the median, 5th and 95th percentile rank over the draws in which it had a score
 * (quantile definition 7 of Hyndman & Fan 1996, the default of R's `quantile()`; see
 * quantile-sorted.ts); the share of all draws in which it was in the top N (a unit is in when fewer
 * than N units of its scope rank strictly above it, ties at the cut-off included, as the priority
 * list does; a draw in which it has no score counts as out); robust where that share ≥ the
 * threshold.
 *
 * Reproducible: draw d takes its random numbers from its own generator, seeded from (seed, d) by
 * SplitMix64 (`drawRng`), so a result depends only on the input and the options — not on how the
 * draws are split into chunks, nor on their order.
 */
import { NORM_METHODS, type IndexInput, type NormMethod, type SensitivityResult, type Treatment, type TreatmentMethod } from './composite-types.ts';
import { averageRanks } from './average-ranks.ts';
import { computeIndex, indexScore } from './composite-index.ts';
import { prepareLeaves, type PreparedLeaves } from './prepare-leaves.ts';
import { quantileSorted } from './quantile-sorted.ts';
import { splitMix64, xoshiro128StarStar, type Rng } from './rng.ts';

export interface SensitivityOptions {
  /** Number of Monte Carlo draws (integer ≥ 1; default in the spec 1,000). */
  draws: number;
  /** Integer 0 … 2^32 − 1. */
  seed: number;
  /** Each weight multiplied by U(1 − jitter, 1 + jitter); 0 ≤ jitter < 1 (default 0.5). */
  weightJitter: number;
  varyNormalisation: boolean;
  varyTreatment: boolean;
  /** probTopN at or above which a unit is a robust priority (0 < t ≤ 1; default 0.9). */
  robustThreshold: number;
  /** Size of the priority list (integer ≥ 1). */
  topN: number;
  /** Rank region-wide or within each scope group (country). */
  rankScope: 'region' | 'country';
}

/** The normalisation methods drawn from, in this order (index = the uniform integer drawn). */
export const NORMALISATIONS: readonly NormMethod[] = NORM_METHODS;
/** The treatments drawn from, in this order, when the input's treatment is `none`, `log` or `coinr`. */
export const TREATMENTS: readonly TreatmentMethod[] = ['none', 'coinr'];
/** The same when the input's treatment is `coinr_plus` or `log_plus` (COINr's log_CT_plus fallback). */
export const TREATMENTS_PLUS: readonly TreatmentMethod[] = ['none', 'coinr_plus'];

/** The treatments the draws choose from for an input treated with `method`. */
export function treatmentsDrawn(method: TreatmentMethod): readonly TreatmentMethod[] {
  return method === 'coinr_plus' || method === 'log_plus' ? TREATMENTS_PLUS : TREATMENTS;
}

/** COINr qTreat defaults, used when the draw picks a rule the input does not use already. */
const QTREAT_DEFAULTS = { winmax: 5, skew: 2, kurtosis: 3.5 } as const;

/** The generator of draw `draw` for `seed`: xoshiro128** seeded by SplitMix64 of seed·2^32 + draw. */
export function drawRng(seed: number, draw: number): Rng {
  const next = splitMix64((BigInt(Math.trunc(seed) >>> 0) << 32n) | BigInt(draw >>> 0));
  const z0 = next();
  const z1 = next();
  const lo = (z: bigint): number => Number(z & 0xffffffffn);
  const hi = (z: bigint): number => Number(z >> 32n);
  return xoshiro128StarStar([lo(z0), hi(z0), lo(z1), hi(z1)]);
}

/** The choices of one draw. */
export interface DrawChoices {
  /** Weight per leaf, aligned to `input.leaves`. */
  leafWeights: Float64Array;
  /** Weight per group, aligned to `input.groups` (the root's unchanged). */
  groupWeights: Float64Array;
  normalisation: NormMethod;
  treatment: TreatmentMethod;
}

/**
 * Rescales `weights` (in place) so that each sibling set (same `parent`) sums to what `base` sums
 * to over that set. A set whose perturbed sum is 0 is left as drawn.
 */
function renormaliseSiblings(weights: Float64Array, base: readonly { parent: string | null; weight: number }[]): void {
  const baseSum = new Map<string | null, number>();
  const drawnSum = new Map<string | null, number>();
  base.forEach((b, i) => {
    baseSum.set(b.parent, (baseSum.get(b.parent) ?? 0) + b.weight);
    drawnSum.set(b.parent, (drawnSum.get(b.parent) ?? 0) + weights[i]);
  });
  base.forEach((b, i) => {
    const d = drawnSum.get(b.parent)!;
    if (d > 0) weights[i] *= baseSum.get(b.parent)! / d;
  });
}

/**
 * The choices of draw `draw`. Random numbers are taken in a fixed order: one uniform per leaf (input
 * order), one per group except the root (input order), then the normalisation (when varied), then
 * the treatment (when varied).
 */
export function drawChoices(input: Pick<IndexInput, 'leaves' | 'groups' | 'options'>, options: Pick<SensitivityOptions, 'seed' | 'weightJitter' | 'varyNormalisation' | 'varyTreatment'>, draw: number): DrawChoices {
  const rng = drawRng(options.seed, draw);
  return choicesFromUniforms(input, options, () => rng.random());
}

/**
 * The choices made from uniforms on [0, 1) taken from `next` in the order of {@link drawChoices}
 * (one per leaf, one per non-root group, then the normalisation and the treatment when varied):
 * the Monte Carlo passes its generator, the variance-based analysis (rank-sobol.ts) the rows of
 * its design.
 */
export function choicesFromUniforms(input: Pick<IndexInput, 'leaves' | 'groups' | 'options'>, options: Pick<SensitivityOptions, 'weightJitter' | 'varyNormalisation' | 'varyTreatment'>, next: () => number): DrawChoices {
  const rng = { random: next, int: (n: number) => Math.min(n - 1, Math.floor(next() * n)) };
  const j = options.weightJitter;
  const factor = (): number => 1 - j + 2 * j * rng.random();
  const leafWeights = Float64Array.from(input.leaves, (l) => l.weight * factor());
  const groupWeights = Float64Array.from(input.groups, (g) => (g.parent === null ? g.weight : g.weight * factor()));
  renormaliseSiblings(leafWeights, input.leaves);
  // Groups: siblings share a parent; the root (parent null) is alone in its set and keeps its weight.
  renormaliseSiblings(groupWeights, input.groups);
  const normalisation = options.varyNormalisation ? NORMALISATIONS[rng.int(NORMALISATIONS.length)] : input.options.normalisation.method;
  const drawn = treatmentsDrawn(input.options.treatment.method);
  const treatment = options.varyTreatment ? drawn[rng.int(drawn.length)] : input.options.treatment.method;
  return { leafWeights, groupWeights, normalisation, treatment };
}

/** The engine input of a draw (values shared with `input`, not copied). */
export function drawInput(input: IndexInput, c: DrawChoices): IndexInput {
  const base = input.options.treatment;
  const rule = c.treatment === 'coinr' || c.treatment === 'coinr_plus';
  const treatment: Treatment =
    c.treatment === base.method ? base : rule ? { method: c.treatment, ...QTREAT_DEFAULTS } : { ...base, method: c.treatment };
  return {
    n: input.n,
    scopeGroup: input.scopeGroup,
    leaves: input.leaves.map((l, i) => ({ ...l, weight: c.leafWeights[i] })),
    groups: input.groups.map((g, i) => ({ ...g, weight: c.groupWeights[i] })),
    options: {
      ...input.options,
      treatment,
      normalisation: { ...input.options.normalisation, method: c.normalisation },
    },
  };
}

/** Median, p05, p95 (type 7) of the finite ranks in `ranks` (sorted in place; NaN = no score). */
export function rankQuantiles(ranks: Float32Array | Float64Array): { median: number; p05: number; p95: number } {
  ranks.sort(); // typed-array sort: numeric, NaN last
  let m = ranks.length;
  while (m > 0 && Number.isNaN(ranks[m - 1])) m--;
  const finite = ranks.subarray(0, m);
  return { median: quantileSorted(finite, 0.5), p05: quantileSorted(finite, 0.05), p95: quantileSorted(finite, 0.95) };
}

/** A Monte Carlo run that can be advanced in chunks (for progress reports from a worker). */
export interface SensitivityRun {
  readonly draws: number;
  /** Draws done so far. */
  readonly done: number;
  /** Runs draws [from, to) (any order, any chunking: the result is the same). */
  run(from: number, to: number): void;
  /** The summary; throws if some draw has not run. */
  result(): SensitivityResult;
}

function checkOptions(o: SensitivityOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(o.draws) || o.draws < 1) problems.push(`draws must be an integer ≥ 1 (got ${o.draws})`);
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) problems.push(`seed must be an integer from 0 to 4294967295 (got ${o.seed})`);
  if (!(o.weightJitter >= 0 && o.weightJitter < 1)) problems.push(`weightJitter must be ≥ 0 and < 1 (got ${o.weightJitter})`);
  if (!(o.robustThreshold > 0 && o.robustThreshold <= 1)) problems.push(`robustThreshold must be > 0 and ≤ 1 (got ${o.robustThreshold})`);
  if (!Number.isInteger(o.topN) || o.topN < 1) problems.push(`topN must be an integer ≥ 1 (got ${o.topN})`);
  if (o.rankScope !== 'region' && o.rankScope !== 'country') problems.push(`rankScope must be region or country (got ${o.rankScope})`);
  if (problems.length) throw new Error(`sensitivity: ${problems.join('; ')}`);
}

/** Number of values of the ascending `sorted` strictly below `x`. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Prepares a run over `input` (not modified; its columns are read, not copied). Ranks are kept per
 * unit and draw (4 bytes each: 682 units × 1,000 draws = 2.7 MB).
 *
 * @throws Error on invalid options; the engine's errors (malformed tree) on the first draw.
 */
export function sensitivityRun(input: IndexInput, options: SensitivityOptions): SensitivityRun {
  checkOptions(options);
  const { n } = input;
  const D = options.draws;
  /** ranks[u·D + d]: rank of unit u in draw d (NaN = no score); exact in float32 (half-integers < 2^23). */
  const ranks = new Float32Array(n * D).fill(NaN);
  const inTop = new Uint32Array(n);
  const ran = new Uint8Array(D);
  let done = 0;
  const prepared = new Map<string, PreparedLeaves>();
  // The units ranked: those with a score in the index as set (see the header).
  const baseKey = `${input.options.normalisation.method}|${input.options.treatment.method}`;
  const basePrepared = prepareLeaves(input);
  prepared.set(baseKey, basePrepared);
  const baseScore = computeIndex(input, basePrepared).score;
  const scopeGroup = options.rankScope === 'country' ? input.scopeGroup : undefined;
  // Units of each rank scope (all together, or per scope group).
  const scopes: Int32Array[] = [];
  if (options.rankScope === 'region') scopes.push(Int32Array.from({ length: n }, (_, i) => i));
  else {
    const by = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const g = input.scopeGroup[i];
      let list = by.get(g);
      if (!list) by.set(g, (list = []));
      list.push(i);
    }
    for (const list of by.values()) scopes.push(Int32Array.from(list));
  }

  const runDraw = (d: number): void => {
    const c = drawChoices(input, options, d);
    const di = drawInput(input, c);
    const key = `${c.normalisation}|${c.treatment}`;
    let p = prepared.get(key);
    if (!p) prepared.set(key, (p = prepareLeaves(di)));
    // Every unit with data scored (no threshold), then only the base's scored units ranked.
    const score = indexScore(di, p);
    for (let u = 0; u < n; u++) if (Number.isNaN(baseScore[u])) score[u] = NaN;
    const rank = averageRanks(score, scopeGroup);
    for (const units of scopes) {
      const present = new Float64Array(units.length);
      let m = 0;
      for (const u of units) if (!Number.isNaN(rank[u])) present[m++] = rank[u];
      const sorted = present.subarray(0, m).sort();
      for (const u of units) {
        const r = rank[u];
        ranks[u * D + d] = r;
        if (!Number.isNaN(r) && countBelow(sorted, r) < options.topN) inTop[u]++;
      }
    }
  };

  return {
    draws: D,
    get done() {
      return done;
    },
    run(from: number, to: number): void {
      if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= D && from <= to)) {
        throw new Error(`sensitivity: draws [${from}, ${to}) outside [0, ${D})`);
      }
      for (let d = from; d < to; d++) {
        if (ran[d]) continue;
        runDraw(d);
        ran[d] = 1;
        done++;
      }
    },
    result(): SensitivityResult {
      if (done < D) throw new Error(`sensitivity: ${done} of ${D} draws run`);
      const medianRank = new Float64Array(n);
      const p05 = new Float64Array(n);
      const p95 = new Float64Array(n);
      const probTopN = new Float64Array(n);
      const robust = new Uint8Array(n);
      const scratch = new Float32Array(D);
      for (let u = 0; u < n; u++) {
        scratch.set(ranks.subarray(u * D, (u + 1) * D));
        const q = rankQuantiles(scratch);
        medianRank[u] = q.median;
        p05[u] = q.p05;
        p95[u] = q.p95;
        probTopN[u] = inTop[u] / D;
        // Compare counts, not floats: count ≥ threshold·D (with rounding slack).
        robust[u] = inTop[u] >= options.robustThreshold * D - 1e-9 ? 1 : 0;
      }
      return { draws: D, seed: options.seed, topN: options.topN, rankScope: options.rankScope, medianRank, p05, p95, probTopN, robust };
    },
  };
}

/** Runs every draw at once (tests, CLI, benchmark). */
export function runSensitivity(input: IndexInput, options: SensitivityOptions): SensitivityResult {
  const run = sensitivityRun(input, options);
  run.run(0, options.draws);
  return run.result();
}
