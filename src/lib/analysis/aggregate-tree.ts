/**
 * Bottom-up aggregation of the index tree, per unit, as JRC COINr's `a_amean` and `a_gmean`: at
 * each group, the children with a value are averaged with their weights re-scaled over those
 * present (`sum(w·x, na.rm) / sum(w[!is.na(x)])`); a group with no child present is NaN.
 *
 * Geometric mean (`exp(Σ w log x / Σ w)`) needs positive values: when the smallest prepared value
 * is ≤ 0 (min–max from 0, z-scores), every node's inputs are shifted by `shift = 1 − min` before
 * the mean and its result shifted back, so scores stay on the normalised scale. With a range whose
 * lower end is above 0 (e.g. COINr's usual [1, 100]) there is no shift and the result is `a_gmean`'s.
 */
import type { Aggregation, GroupNode, IndicatorLeaf } from './composite-types.ts';
import type { IndexTree } from './index-tree.ts';

export interface Aggregated {
  /** Per group (aligned to `groups`): its value per unit. */
  groupValues: Float64Array[];
  /** The shift used by the geometric mean (0 for arithmetic or when every value is positive). */
  shift: number;
}

/** The geometric mean's shift: 0 when all values are > 0, else 1 − min. */
export function geometricShift(columns: readonly Float64Array[]): number {
  let min = Infinity;
  for (const c of columns) for (const v of c) if (v < min) min = v;
  return min > 0 || min === Infinity ? 0 : 1 - min;
}

/** Aggregates `leafValues` (aligned to `leaves`) up `tree` with the nodes' weights. */
export function aggregateTree(
  n: number,
  tree: IndexTree,
  leaves: readonly Pick<IndicatorLeaf, 'weight'>[],
  groups: readonly Pick<GroupNode, 'weight'>[],
  leafValues: readonly Float64Array[],
  aggregation: Aggregation,
): Aggregated {
  const geometric = aggregation === 'geometric';
  const shift = geometric ? geometricShift(leafValues) : 0;
  const groupValues: Float64Array[] = groups.map(() => new Float64Array(0));
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const add = (values: Float64Array, w: number): void => {
    if (geometric) {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === v) {
          num[i] += w * Math.log(v + shift);
          den[i] += w;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === v) {
          num[i] += w * v;
          den[i] += w;
        }
      }
    }
  };
  for (const g of tree.postOrder) {
    num.fill(0);
    den.fill(0);
    for (const l of tree.childLeaves[g]) add(leafValues[l], leaves[l].weight);
    for (const c of tree.childGroups[g]) add(groupValues[c], groups[c].weight);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const m = den[i] > 0 ? num[i] / den[i] : NaN;
      out[i] = geometric ? Math.exp(m) - shift : m;
    }
    groupValues[g] = out;
  }
  return { groupValues, shift };
}
