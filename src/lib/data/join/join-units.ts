/**
 * The one join of the app, the CLI and the tests: a planner's rows against the join targets
 * ({@link joinTargets}), by code or by name, with the diagnostics report.
 *
 * Before any matching, in this order: rows with an empty key are listed apart; the planner's
 * accepted matches are applied (`accepted`: row → target key, or null for "not a unit"; an
 * acceptance naming a target that no longer exists is ignored); rows of a country that has no
 * target are unmatched, with no suggestions; rows that are not municipios ({@link isNotAUnit}) are
 * set aside. The rest go to {@link joinByCode} or {@link joinByName}.
 *
 * The report: every list in row order (units in target order); `duplicates` lists every target
 * reached by more than one row, with all its rows; `unmatchedUnits` lists the units of the
 * countries in play (the rows' countries and the countries of matched targets) that no row reached
 * — a 2024 SV unit counts as reached when one of its distritos is — each with up to 3 unmatched
 * rows that may name it (name join only). A code join checks the rows' names, when the file gives
 * them, against the units their codes reached ({@link codeNameMismatches}): disagreements are
 * listed as warnings, the rows stay matched.
 */
import type { CountryCode } from '../schema.ts';
import { codeNameMismatches } from './code-name-check.ts';
import { joinByCode } from './join-by-code.ts';
import { joinByName, SUGGEST_MIN, type NameGroup } from './join-by-name.ts';
import { round3, type JoinOutcome } from './join-outcome.ts';
import type { AcceptedMatches, JoinReport, JoinRow, JoinRowSuggestion, JoinTarget } from './join-types.ts';
import { deptKey } from './department-scope.ts';
import { nameSimilarity } from './name-similarity.ts';
import { normName, normPlaceName } from './norm-name.ts';
import { isNotAUnit } from './not-a-unit.ts';

export interface JoinOptions {
  by: 'code' | 'name';
  accepted?: AcceptedMatches;
  /** Least similarity of a fuzzy name match (default 0.88). */
  threshold?: number;
  /** Least lead of the best fuzzy candidate over the runner-up (default 0.04). */
  margin?: number;
}

export function joinUnits(rows: JoinRow[], targets: JoinTarget[], opts: JoinOptions): JoinReport {
  const accepted = opts.accepted ?? {};
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const countries = new Set(targets.map((t) => t.country));
  const out = new Map<number, JoinOutcome>();
  const emptyKeys: number[] = [];
  const open: JoinRow[] = [];
  const considered: JoinRow[] = [];

  // What a key is (empty, not a unit) is decided once per distinct text.
  const kinds = new Map<string, 'empty' | 'not-a-unit' | 'key'>();
  const kindOf = (key: string) => {
    let k = kinds.get(key);
    if (k === undefined) {
      k = !normName(key) ? 'empty' : isNotAUnit(key) ? 'not-a-unit' : 'key';
      kinds.set(key, k);
    }
    return k;
  };
  for (const r of rows) {
    if (kindOf(r.key ?? '') === 'empty') {
      emptyKeys.push(r.row);
      continue;
    }
    considered.push(r);
    if (Object.prototype.hasOwnProperty.call(accepted, r.row)) {
      const a = accepted[r.row];
      if (a === null) {
        out.set(r.row, { kind: 'not-a-unit' });
        continue;
      }
      const t = byKey.get(a);
      if (t) {
        out.set(r.row, { kind: 'match', target: t, method: 'accepted', score: 1 });
        continue;
      }
    }
    if (r.country && !countries.has(r.country)) out.set(r.row, { kind: 'unmatched', suggestions: [] });
    else if (kindOf(r.key) === 'not-a-unit') out.set(r.row, { kind: 'not-a-unit' });
    else open.push(r);
  }

  let groups: NameGroup[] = [];
  if (opts.by === 'code') joinByCode(open, targets, out);
  else groups = joinByName(open, targets, { threshold: opts.threshold ?? 0.88, margin: opts.margin ?? 0.04 }, out);

  const report: JoinReport = {
    by: opts.by,
    rows: considered.length,
    matched: [],
    unmatchedRows: [],
    unmatchedUnits: [],
    duplicates: [],
    ambiguous: [],
    notUnits: [],
    emptyKeys,
    namesChecked: 0,
    nameMismatches: [],
  };
  const rowsOf = new Map<string, number[]>();
  for (const r of considered) {
    const o = out.get(r.row)!;
    if (o.kind === 'match') {
      report.matched.push({ row: r.row, target: o.target.key, unitId: o.target.unitId, method: o.method, score: round3(o.score) });
      const list = rowsOf.get(o.target.key);
      if (list) list.push(r.row);
      else rowsOf.set(o.target.key, [r.row]);
    } else if (o.kind === 'ambiguous') report.ambiguous.push({ row: r.row, key: r.key, candidates: o.candidates });
    else if (o.kind === 'unmatched') {
      report.unmatchedRows.push(r.dept?.trim() ? { row: r.row, key: r.key, dept: r.dept, suggestions: o.suggestions } : { row: r.row, key: r.key, suggestions: o.suggestions });
    }
    else report.notUnits.push({ row: r.row, key: r.key });
  }
  for (const [target, rs] of rowsOf) {
    if (rs.length > 1) report.duplicates.push({ target, unitId: byKey.get(target)!.unitId, rows: rs });
  }
  report.duplicates.sort((a, b) => a.rows[0] - b.rows[0]);
  if (opts.by === 'code') {
    const check = codeNameMismatches(considered, report.matched, targets);
    report.namesChecked = check.checked;
    report.nameMismatches = check.mismatches;
  }

  const inPlay = new Set<CountryCode>();
  for (const r of considered) if (r.country) inPlay.add(r.country);
  for (const m of report.matched) inPlay.add(byKey.get(m.target)!.country);
  const reached = new Set(report.matched.map((m) => m.unitId));
  const unmatchedGroups = groups.filter((g) => out.get(g.rows[0].row)!.kind === 'unmatched');
  for (const t of targets) {
    if (t.kind !== 'unit' || !inPlay.has(t.country) || reached.has(t.unitId)) continue;
    const entry: JoinReport['unmatchedUnits'][number] = { unitId: t.unitId, name: t.names[0], deptName: t.deptName, country: t.country };
    if (opts.by === 'name') entry.suggestions = rowsForUnit(t, targets, unmatchedGroups);
    report.unmatchedUnits.push(entry);
  }
  return report;
}

/** Up to 3 unmatched rows that may name a unit (or one of its distritos), best first. */
function rowsForUnit(unit: JoinTarget, targets: readonly JoinTarget[], groups: readonly NameGroup[]): JoinRowSuggestion[] {
  const names = [...new Set(targets.filter((t) => t.unitId === unit.unitId).flatMap((t) => t.names.map(normPlaceName)))];
  const k = deptKey(unit.country, unit.deptCode);
  const found: JoinRowSuggestion[] = [];
  for (const g of groups) {
    if (!g.scope.has(k)) continue;
    const s = Math.max(...names.map((n) => nameSimilarity(g.name, n)));
    if (s < SUGGEST_MIN) continue;
    for (const r of g.rows) found.push({ row: r.row, key: r.key, ...(r.dept?.trim() ? { dept: r.dept } : {}), score: round3(s) });
  }
  return found.sort((a, b) => b.score - a.score || a.row - b.row).slice(0, 3);
}
