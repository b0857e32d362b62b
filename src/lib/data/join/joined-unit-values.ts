/**
 * The value each unit gets from a join: `values[row]` (indexed by the file's row number; null or
 * NaN = missing, left out) carried along the report's matches.
 *
 * - A target whose rows carry one value (once or repeated) gets it; one whose rows carry different
 *   values gets none (the report lists it among the duplicates).
 * - A unit reached directly (a row naming the unit itself) gets its target's value (`single`).
 * - Otherwise an El Salvador 2024 unit reached through its pre-2024 distritos gets its distritos'
 *   values combined by `rule` (the planner's choice, see combine-rule.ts): `mean`, the UNWEIGHTED
 *   mean (`distrito-mean`; no pre-2024 population is at hand to weight by), distritos without a
 *   value left out; or `sum` (`distrito-sum`), given only when every distrito of the unit has a
 *   value (`distritos`: unit id → its number of distritos): a partial sum would understate, so the
 *   unit is left without a value (missing, never a part of the total).
 * A unit whose rows bring no usable value is not in the map. Keys in unit id order.
 */
import type { JoinReport } from './join-types.ts';

/** How several distritos' values become their municipio's: added up, or averaged (unweighted). */
export type CombineRule = 'sum' | 'mean';

export interface JoinedValue {
  value: number;
  /** The rows the value comes from, in row order. */
  rows: number[];
  rule: 'single' | 'distrito-mean' | 'distrito-sum';
}

export function joinedUnitValues(
  report: JoinReport,
  values: readonly (number | null)[],
  rule: CombineRule = 'mean',
  distritos?: ReadonlyMap<string, number>,
): Map<string, JoinedValue> {
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
  const byDistrito = new Map<string, { value: number; rows: number[] }[]>();
  for (const e of perTarget.values()) {
    if (!e.vals.length || e.vals.some((v) => v !== e.vals[0])) continue;
    const tv = { value: e.vals[0], rows: e.rows };
    if (e.direct) direct.set(e.unitId, tv);
    else byDistrito.set(e.unitId, [...(byDistrito.get(e.unitId) ?? []), tv]);
  }
  const out = new Map<string, JoinedValue>();
  for (const unitId of [...new Set([...direct.keys(), ...byDistrito.keys()])].sort()) {
    const d = direct.get(unitId);
    if (d) {
      out.set(unitId, { value: d.value, rows: d.rows, rule: 'single' });
      continue;
    }
    const ds = byDistrito.get(unitId)!;
    const sum = ds.reduce((a, b) => a + b.value, 0);
    const rows = ds.flatMap((x) => x.rows).sort((a, b) => a - b);
    if (rule === 'mean') out.set(unitId, { value: sum / ds.length, rows, rule: 'distrito-mean' });
    else if (ds.length === distritos?.get(unitId)) out.set(unitId, { value: sum, rows, rule: 'distrito-sum' });
  }
  return out;
}
