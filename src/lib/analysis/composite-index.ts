/**
 * The targeting index (docs/METHODS.md §1): prepared indicators aggregated up the tree, the missing-data
 * rule, contributions of the root's children and ranks. One call per recomputation; pass the
 * `prepared` leaves kept from an earlier call when only weights, aggregation or the threshold changed.
 */
import type { IndexInput, IndexResult } from './composite-types.ts';
import { aggregateTree } from './aggregate-tree.ts';
import { averageRanks } from './average-ranks.ts';
import { buildIndexTree } from './index-tree.ts';
import { prepareLeaves, type PreparedLeaves } from './prepare-leaves.ts';
import { weightCoverage } from './weight-coverage.ts';

/** Rounding slack when comparing a coverage to the threshold (0.1 × 5 is not exactly 0.5). */
const COVERAGE_EPSILON = 1e-9;

/**
 * Contribution of each child of the root to each unit's score. Arithmetic: `w·x / Σw` over the
 * children present (they sum to the score). Geometric: the score split in proportion to
 * `w·log(x + shift)`, each child's share of the log-mean. 0 for a child the unit lacks, NaN for a
 * unit without score.
 */
function rootContributions(input: IndexInput, prepared: PreparedLeaves, tree: ReturnType<typeof buildIndexTree>, groupValues: Float64Array[], shift: number, score: Float64Array): Map<string, Float64Array> {
  const { n, leaves, groups } = input;
  const geometric = input.options.aggregation === 'geometric';
  const children = [
    ...tree.childGroups[tree.root].map((c) => ({ id: groups[c].id, w: groups[c].weight, values: groupValues[c] })),
    ...tree.childLeaves[tree.root].map((l) => ({ id: leaves[l].id, w: leaves[l].weight, values: prepared.values[l] })),
  ];
  const terms = children.map(() => new Float64Array(n));
  const total = new Float64Array(n);
  children.forEach(({ w, values }, c) => {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      const t = geometric ? w * Math.log(v + shift) : w * v;
      terms[c][i] = t;
      total[i] += geometric ? t : w;
    }
  });
  const out = new Map<string, Float64Array>();
  children.forEach(({ id }, c) => {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(score[i])) col[i] = NaN;
      else if (geometric) col[i] = total[i] !== 0 ? (score[i] * terms[c][i]) / total[i] : 0;
      else col[i] = terms[c][i] / total[i];
    }
    out.set(id, col);
  });
  return out;
}

/**
 * The root's aggregated value per unit, without the missing-data rule, contributions or ranks: the
 * fast path for Monte Carlo draws, which apply their own rule.
 */
export function indexScore(input: IndexInput, prepared: PreparedLeaves): Float64Array {
  const tree = buildIndexTree(input.leaves, input.groups);
  return aggregateTree(input.n, tree, input.leaves, input.groups, prepared.values, input.options.aggregation).groupValues[tree.root];
}

/**
 * Computes the index for `input`. Scores are NaN ("insufficient data") where the coverage (under
 * `options.pillarRule`, default `available`) is below `options.minWeightShare`; ranks are
 * descending with average ties, region-wide and within each scope group.
 *
 * @throws Error on a malformed tree (see buildIndexTree) or misaligned columns.
 */
export function computeIndex(input: IndexInput, prepared: PreparedLeaves = prepareLeaves(input)): IndexResult {
  const { n, leaves, groups, options } = input;
  const tree = buildIndexTree(leaves, groups);
  if (input.scopeGroup.length !== n) throw new Error(`scope groups: ${input.scopeGroup.length} for ${n} units`);
  const { groupValues, shift } = aggregateTree(n, tree, leaves, groups, prepared.values, options.aggregation);
  const coverage = weightCoverage(n, input.scopeGroup, tree, leaves, groups, prepared.values, options.pillarRule ?? 'available');
  const root = groupValues[tree.root];
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = coverage[i] + COVERAGE_EPSILON >= options.minWeightShare ? root[i] : NaN;
  const nodeScores = new Map<string, Float64Array>();
  leaves.forEach((leaf, l) => nodeScores.set(leaf.id, prepared.values[l]));
  groups.forEach((g, i) => nodeScores.set(g.id, groupValues[i]));
  return {
    score,
    coverage,
    nodeScores,
    contributions: rootContributions(input, prepared, tree, groupValues, shift, score),
    rankRegion: averageRanks(score),
    rankCountry: averageRanks(score, input.scopeGroup),
    treatment: prepared.treatment,
  };
}
