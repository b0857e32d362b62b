/**
 * The code join: a row's key, in {@link canonCode} form, against every code of the targets of its
 * country (of every country when the row has none). One target: matched (`code`). Several (the
 * same national code in two countries, `0101`): ambiguous, never guessed. None: unmatched.
 */
import { canonCode } from './canon-code.ts';
import { suggestion, type JoinOutcome } from './join-outcome.ts';
import type { JoinRow, JoinTarget } from './join-types.ts';

export function joinByCode(rows: readonly JoinRow[], targets: readonly JoinTarget[], out: Map<number, JoinOutcome>): void {
  const index = new Map<string, JoinTarget[]>();
  for (const t of targets) {
    for (const c of new Set(t.codes.map(canonCode))) {
      const list = index.get(c) ?? [];
      list.push(t);
      index.set(c, list);
    }
  }
  const canon = new Map<string, string>();
  for (const r of rows) {
    let c = canon.get(r.key);
    if (c === undefined) canon.set(r.key, (c = canonCode(r.key)));
    const hits = (index.get(c) ?? []).filter((t) => !r.country || t.country === r.country);
    if (hits.length === 1) out.set(r.row, { kind: 'match', target: hits[0], method: 'code', score: 1 });
    else if (hits.length > 1) out.set(r.row, { kind: 'ambiguous', candidates: hits.map((t) => suggestion(t, 1)) });
    else out.set(r.row, { kind: 'unmatched', suggestions: [] });
  }
}
