/**
 * Weight presets for the groups under the root of the default index tree (migration pressure and
 * pillars I–V). Each returns weights that sum to 1.
 */
import { INDEX_PILLARS, defaultGroupWeights, type IndexPillar } from './default-index-spec.ts';
import type { IndexSpec } from './index-spec.ts';

export type GroupWeights = Record<IndexPillar, number>;

/** Migration pressure 75%, each pillar 5%: where people leave from, with the root causes as a tie-breaker. */
export function migrationFocused(): GroupWeights {
  return { migration: 0.75, I: 0.05, II: 0.05, III: 0.05, IV: 0.05, V: 0.05 };
}

/** Migration pressure and the five pillars weigh 1/6 each. */
export function equalPillars(): GroupWeights {
  const w = 1 / INDEX_PILLARS.length;
  return { migration: w, I: w, II: w, III: w, IV: w, V: w };
}

/** The five pillars 20% each, migration pressure 0: need from the root causes alone. */
export function rootCausesOnly(): GroupWeights {
  return { migration: 0, I: 0.2, II: 0.2, III: 0.2, IV: 0.2, V: 0.2 };
}

/** The presets by id, the default (migration 50%, pillars 10% each) first. */
export const INDEX_PRESETS = {
  default: defaultGroupWeights,
  'migration-focused': migrationFocused,
  'equal-pillars': equalPillars,
  'root-causes-only': rootCausesOnly,
} as const satisfies Record<string, () => GroupWeights>;

export type IndexPresetId = keyof typeof INDEX_PRESETS;

/** A copy of `spec` with the given groups' weights replaced (groups not named keep theirs). */
export function withGroupWeights(spec: IndexSpec, weights: Partial<Record<string, number>>): IndexSpec {
  return { ...spec, groups: spec.groups.map((g) => (weights[g.id] === undefined ? g : { ...g, weight: weights[g.id]! })) };
}
