/**
 * The weights of the groups directly under the index root (migration pressure and pillars I–V in
 * the default spec) as the builder's sliders show and set them: shares summing to 1, with locks.
 */
import type { IndexSpec, SpecGroup } from '../data/index-spec.ts';
import { withGroupWeights } from '../data/index-presets.ts';
import { normaliseWeights, setWeight } from './balance-weights.ts';

/** One slider: the group, its label (the spec's, else its id) and its share (0–1) of the root. */
export interface RootWeight {
  id: string;
  label: { en: string; es: string };
  share: number;
}

/** The children of the root group, in spec order. */
export function rootChildren(spec: IndexSpec): SpecGroup[] {
  const root = spec.groups.find((g) => g.parent === null);
  return root ? spec.groups.filter((g) => g.parent === root.id) : [];
}

/** The root's children with their shares (their weights normalised to sum to 1). */
export function rootWeights(spec: IndexSpec): RootWeight[] {
  const groups = rootChildren(spec);
  const shares = normaliseWeights(groups.map((g) => g.weight));
  return groups.map((g, i) => ({ id: g.id, label: g.label ?? { en: g.id, es: g.id }, share: shares[i] }));
}

/**
 * A copy of `spec` with root child `id` moved to `share` (0–1) and the others balanced by
 * {@link setWeight}: the `locked` ones stay, the rest share the difference in proportion. Every
 * root child's weight is written as its share, so they sum to 1. Unknown id: the spec unchanged.
 */
export function withRootWeight(spec: IndexSpec, locked: readonly string[], id: string, share: number): IndexSpec {
  const groups = rootChildren(spec);
  const at = groups.findIndex((g) => g.id === id);
  if (at < 0) return spec;
  const shares = setWeight(
    groups.map((g) => g.weight),
    groups.map((g) => locked.includes(g.id)),
    at,
    share,
  );
  return withGroupWeights(spec, Object.fromEntries(groups.map((g, i) => [g.id, shares[i]])));
}
