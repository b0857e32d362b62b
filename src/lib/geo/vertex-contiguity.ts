import type { PairSet } from './pair-set.ts';

const key = (r: Float64Array, k: number) => `${r[k]},${r[k + 1]}`;

/**
 * Contiguity from exactly equal coordinates (plain GeoJSON, no topology): queen links units with a
 * common vertex; rook links units with a common edge (two consecutive vertices, in either
 * direction, of non-zero length). Units are given as lon/lat rings (see polygonRings).
 */
export function vertexContiguity(units: readonly (readonly Float64Array[])[], rook: boolean, pairs: PairSet): void {
  const at = new Map<string, number[]>();
  const push = (k: string, u: number) => {
    let list = at.get(k);
    if (!list) at.set(k, (list = []));
    if (list[list.length - 1] !== u && !list.includes(u)) list.push(u);
  };
  units.forEach((rings, u) => {
    for (const r of rings) {
      if (!rook) {
        for (let k = 0; k < r.length; k += 2) push(key(r, k), u);
        continue;
      }
      for (let k = 0; k + 3 < r.length; k += 2) {
        const p = key(r, k);
        const q = key(r, k + 2);
        if (p !== q) push(p < q ? `${p} ${q}` : `${q} ${p}`, u);
      }
    }
  });
  for (const list of at.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a], list[b]);
  }
}
