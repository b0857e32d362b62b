/**
 * The value each unit gets from a join: `values[row]` (indexed by the file's row number; null or
 * NaN = missing, left out) carried along the report's matches.
 *
 * - A target whose rows carry one value (once or repeated) gets it; one whose rows carry different
 *   values gets none (the report lists it among the duplicates).
 * - A unit reached directly (a row naming the unit itself) gets its target's value (`single`).
 * - Otherwise an El Salvador 2024 unit reached through its pre-2024 distritos gets the UNWEIGHTED
 *   mean of its distritos' values (`distrito-mean`), as the data build does: no pre-2024 population
 *   is at hand to weight by. Distritos without a value are left out of the mean.
 * A unit whose rows bring no usable value is not in the map. Keys in unit id order.
 */
import type { JoinReport } from './join-types.ts';

export interface JoinedValue {
  value: number;
  /** The rows the value comes from, in row order. */
  rows: number[];
  rule: 'single' | 'distrito-mean';
}

export function joinedUnitValues(report: JoinReport, values: readonly (number | null)[]): Map<string, JoinedValue> {
  const perTarget = new Map<string, { unitId: string; direct: boolean; rows: number[]; vals: number[] }>();
  for (const m of report.matched) {
    const v = values[m.row];
    let e = perTarget.get(m.target);
    if (!e) {
      e = { unitId: m.unitId, direct: m.target === m.unitId, rows: [], vals: [] };
      perTarget.set(m.target, e);
    }
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    e.rows.push(m.row);
    e.vals.push(v);
  }
  const direct = new Map<string, { value: number; rows: number[] }>();
  const distritos = new Map<string, { value: number; rows: number[] }[]>();
  for (const e of perTarget.values()) {
    if (!e.vals.length || e.vals.some((v) => v !== e.vals[0])) continue;
    const tv = { value: e.vals[0], rows: e.rows };
    if (e.direct) direct.set(e.unitId, tv);
    else distritos.set(e.unitId, [...(distritos.get(e.unitId) ?? []), tv]);
  }
  const out = new Map<string, JoinedValue>();
  for (const unitId of [...new Set([...direct.keys(), ...distritos.keys()])].sort()) {
    const d = direct.get(unitId);
    if (d) {
      out.set(unitId, { value: d.value, rows: d.rows, rule: 'single' });
      continue;
    }
    const ds = distritos.get(unitId)!;
    const value = ds.reduce((a, b) => a + b.value, 0) / ds.length;
    out.set(unitId, { value, rows: ds.flatMap((x) => x.rows).sort((a, b) => a - b), rule: 'distrito-mean' });
  }
  return out;
}
