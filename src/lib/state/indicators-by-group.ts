/**
 * The spec's indicators listed under the child of the root they belong to (their pillar in the
 * default index; in a deeper tree, the pillar above their sub-group), for the builder's switches.
 */
import type { IndexSpec, SpecGroup, SpecIndicator } from '../data/index-spec.ts';
import { rootChildren } from './root-weights.ts';

export interface IndicatorGroup {
  group: SpecGroup;
  indicators: SpecIndicator[];
}

/** Root children in spec order, each with its indicators in spec order (groups without any kept, empty). */
export function indicatorsByGroup(spec: IndexSpec): IndicatorGroup[] {
  const children = rootChildren(spec);
  const isChild = new Set(children.map((g) => g.id));
  const parentOf = new Map(spec.groups.map((g) => [g.id, g.parent]));
  const lists = new Map<string, SpecIndicator[]>(children.map((g) => [g.id, []]));
  for (const ind of spec.indicators) {
    // Walk up until a child of the root; a guard against cycles the parser already refuses.
    let at: string | null | undefined = ind.parent;
    for (let steps = 0; at != null && !isChild.has(at) && steps <= spec.groups.length; steps++) at = parentOf.get(at);
    if (at != null && isChild.has(at)) lists.get(at)!.push(ind);
  }
  return children.map((group) => ({ group, indicators: lists.get(group.id)! }));
}
