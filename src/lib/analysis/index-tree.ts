/**
 * The index tree checked and laid out for aggregation: groups in post-order (children before their
 * parent), each with its child leaves and child groups.
 */
import type { GroupNode, IndicatorLeaf } from './composite-types.ts';

export interface IndexTree {
  /** Index (in `groups`) of the root group. */
  root: number;
  /** Group indices, every group after all the groups below it. */
  postOrder: number[];
  /** Per group: indices of its child leaves. */
  childLeaves: number[][];
  /** Per group: indices of its child groups. */
  childGroups: number[][];
}

/**
 * Checks the tree and lays it out.
 *
 * @throws Error naming the problem: no root or several, a duplicate id, a parent that is not a
 *   group, a cycle, a negative or non-finite weight, a group with no child.
 */
export function buildIndexTree(leaves: readonly Pick<IndicatorLeaf, 'id' | 'parent' | 'weight'>[], groups: readonly GroupNode[]): IndexTree {
  const at = new Map<string, number>();
  const seen = new Set<string>();
  for (const node of [...groups, ...leaves]) {
    if (seen.has(node.id)) throw new Error(`index tree: the id "${node.id}" is used twice`);
    seen.add(node.id);
    if (!(Number.isFinite(node.weight) && node.weight >= 0)) {
      throw new Error(`index tree: "${node.id}" has weight ${node.weight}; weights must be finite and ≥ 0`);
    }
  }
  groups.forEach((g, i) => at.set(g.id, i));
  const roots = groups.flatMap((g, i) => (g.parent === null ? [i] : []));
  if (roots.length !== 1) {
    throw new Error(`index tree: exactly one group must have no parent (the index); found ${roots.length}`);
  }
  const childLeaves = groups.map((): number[] => []);
  const childGroups = groups.map((): number[] => []);
  const parentIndex = (id: string, parent: string): number => {
    const p = at.get(parent);
    if (p === undefined) throw new Error(`index tree: the parent "${parent}" of "${id}" is not a group`);
    return p;
  };
  leaves.forEach((leaf, l) => childLeaves[parentIndex(leaf.id, leaf.parent)].push(l));
  groups.forEach((g, i) => {
    if (g.parent !== null) childGroups[parentIndex(g.id, g.parent)].push(i);
  });
  const postOrder: number[] = [];
  const visit = (g: number, depth: number): void => {
    if (depth > groups.length) throw new Error(`index tree: the groups form a cycle through "${groups[g].id}"`);
    for (const c of childGroups[g]) visit(c, depth + 1);
    postOrder.push(g);
  };
  visit(roots[0], 0);
  if (postOrder.length !== groups.length) {
    const lost = groups.filter((_, i) => !postOrder.includes(i)).map((g) => g.id);
    throw new Error(`index tree: groups not under the index (a cycle): ${lost.join(', ')}`);
  }
  for (const g of postOrder) {
    if (childLeaves[g].length + childGroups[g].length === 0) {
      throw new Error(`index tree: the group "${groups[g].id}" has no indicator or group under it`);
    }
  }
  return { root: roots[0], postOrder, childLeaves, childGroups };
}
