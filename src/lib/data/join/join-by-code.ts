/**
 * The code join: a row's key, in {@link canonCode} form, against every code of the targets of its
 * country (of every country when the row has none). One target: matched (`code`). Several (the
 * same national code in two countries, `0101`): narrowed, in order, by the row's department (a
 * name or code resolved by {@link departmentScope}: `Atlántida` keeps Honduras's `0101`) and by
 * the code exactly as written (`SV01001`, a 2024 P-code, is that unit's code and not the
 * DIGESTYC distrito `1001` that it equals once its zeros are dropped). Still several: ambiguous,
 * never guessed. None: unmatched.
 */
import { canonCode } from './canon-code.ts';
import { departmentScope, deptKey, type DepartmentRef } from './department-scope.ts';
import { suggestion, type JoinOutcome } from './join-outcome.ts';
import type { JoinRow, JoinTarget } from './join-types.ts';

/** A code as written, without case, spaces or separators (leading zeros kept). */
const literal = (code: string) => code.trim().toUpperCase().replace(/[\s_-]+/g, '');

export function joinByCode(rows: readonly JoinRow[], targets: readonly JoinTarget[], out: Map<number, JoinOutcome>): void {
  const index = new Map<string, JoinTarget[]>();
  const depts = new Map<string, DepartmentRef>();
  for (const t of targets) {
    depts.set(deptKey(t.country, t.deptCode), { country: t.country, code: t.deptCode, name: t.deptName });
    for (const c of new Set(t.codes.map(canonCode))) {
      const list = index.get(c) ?? [];
      list.push(t);
      index.set(c, list);
    }
  }
  const deptList = [...depts.values()];
  const canon = new Map<string, string>();
  const scopes = new Map<string, Set<string> | null>();
  const scopeOf = (dept: string) => {
    let s = scopes.get(dept);
    if (s === undefined) {
      const keys = departmentScope(dept, deptList);
      scopes.set(dept, (s = keys ? new Set(keys) : null));
    }
    return s;
  };
  for (const r of rows) {
    let c = canon.get(r.key);
    if (c === undefined) canon.set(r.key, (c = canonCode(r.key)));
    let hits = (index.get(c) ?? []).filter((t) => !r.country || t.country === r.country);
    if (hits.length > 1 && r.dept) {
      const scope = scopeOf(r.dept);
      const inDept = scope ? hits.filter((t) => scope.has(deptKey(t.country, t.deptCode))) : [];
      if (inDept.length) hits = inDept;
    }
    if (hits.length > 1) {
      const written = literal(r.key);
      const exact = hits.filter((t) => t.codes.some((code) => literal(code) === written));
      if (exact.length) hits = exact;
    }
    if (hits.length === 1) out.set(r.row, { kind: 'match', target: hits[0], method: 'code', score: 1 });
    else if (hits.length > 1) out.set(r.row, { kind: 'ambiguous', candidates: hits.map((t) => suggestion(t, 1)) });
    else out.set(r.row, { kind: 'unmatched', suggestions: [] });
  }
}
