/**
 * The indicator columns made ready for aggregation: treated for skew, turned by their direction and
 * normalised, each within its scope (each country, or the region). Depends on the values,
 * directions, scope groups, treatments (spec-wide and per indicator) and normalisation only, never
 * on the weights: callers keep it while only weights change.
 */
import type { IndexInput, TreatmentReport } from './composite-types.ts';
import { normaliseColumn } from './normalise-column.ts';
import { treatColumn } from './treat-column.ts';

export interface PreparedLeaves {
  /** Per leaf (aligned to `input.leaves`): normalised, direction-applied values; NaN = missing. */
  values: Float64Array[];
  /** Per leaf and scope (scope group −1 = the whole region): what the treatment did. */
  treatment: TreatmentReport[];
}

/** Unit indices of each scope: one list per scope group, or one list of all units. */
export function scopeMembers(input: Pick<IndexInput, 'n' | 'scopeGroup'>, scope: 'country' | 'region'): { group: number; units: Int32Array }[] {
  if (scope === 'region') return [{ group: -1, units: Int32Array.from({ length: input.n }, (_, i) => i) }];
  const lists = new Map<number, number[]>();
  for (let i = 0; i < input.n; i++) {
    const g = input.scopeGroup[i];
    let list = lists.get(g);
    if (!list) lists.set(g, (list = []));
    list.push(i);
  }
  return [...lists.entries()].sort((a, b) => a[0] - b[0]).map(([group, units]) => ({ group, units: Int32Array.from(units) }));
}

/**
 * For each leaf and each scope: treatment (the leaf's own, else the input's; on the raw values), then the
 * direction (values multiplied by −1 where higher means less need, as COINr's `Normalise` does:
 * for min–max and z-score this equals inverting after normalisation), then normalisation.
 * Non-finite inputs are missing. A scope where an indicator has no value stays NaN.
 */
export function prepareLeaves(input: IndexInput): PreparedLeaves {
  const { treatment, normalisation } = input.options;
  const scopes = scopeMembers(input, normalisation.scope);
  const reports: TreatmentReport[] = [];
  const values = input.leaves.map((leaf) => {
    if (leaf.values.length !== input.n) {
      throw new Error(`indicator "${leaf.id}" has ${leaf.values.length} values for ${input.n} units`);
    }
    const out = new Float64Array(input.n).fill(NaN);
    for (const { group, units } of scopes) {
      const raw = new Float64Array(units.length);
      let present = 0;
      units.forEach((u, k) => {
        const v = leaf.values[u];
        raw[k] = Number.isFinite(v) ? v : NaN;
        if (Number.isFinite(v)) present++;
      });
      if (present === 0) continue;
      const own = leaf.treatment ?? treatment;
      const treated = treatColumn(raw, own);
      reports.push({
        indicator: leaf.id,
        scopeGroup: group,
        method: own.method,
        overridden: leaf.treatment !== undefined,
        applied: treated.applied,
        winsorised: treated.winsorised,
        skewBefore: treated.skewBefore,
        kurtosisBefore: treated.kurtosisBefore,
        skewAfter: treated.skewAfter,
        kurtosisAfter: treated.kurtosisAfter,
      });
      const directed = leaf.direction === -1 ? treated.values.map((v) => -v) : treated.values;
      const normalised = normaliseColumn(directed, normalisation);
      units.forEach((u, k) => (out[u] = normalised[k]));
    }
    return out;
  });
  return { values, treatment: reports };
}
