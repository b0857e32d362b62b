/**
 * The name join. Rows are grouped by what they say (country, department, name after
 * {@link normPlaceName}): rows saying the same thing get the same answer, and a file of 100,000
 * investment rows costs as much as its distinct names.
 *
 * Each group's scope is its department (resolved by {@link departmentScope}; several when the name
 * fits several, e.g. La Paz in HN and SV without a country), or every department of its country
 * (of all countries when none is given) when the row gives no department or one that fits nothing.
 * Then, in order, each stage on what the previous ones left:
 * 1. `exact`: a target of the scope bears the name. Two targets in different departments bear it
 *    and nothing tells them apart: `ambiguous`, never guessed. A target already taken is taken
 *    again (the report lists the rows as duplicates).
 * 2. `contained`: the words of one name are all in the other, in order (`CAHABON` ⊂
 *    `SANTA MARIA CAHABON`), for exactly one target of the scope — or exactly one not yet taken.
 * 3. `fuzzy`: the most similar target ({@link nameSimilarity}) reaches the threshold, leads the
 *    runner-up by the margin, and no other open row is more similar to it (mutual best) — first
 *    among all the targets of the scope (a second spelling of a name already matched is a
 *    duplicate of it), then among those not yet taken.
 * What is left is unmatched, with up to 3 suggestions (score ≥ 0.6) from its scope, and from the
 * rest of its country when the name is nearly the same (≥ 0.9: a department given wrong).
 */
import { departmentScope, deptKey, type DepartmentRef } from './department-scope.ts';
import { bySuggestionOrder, suggestion, type JoinOutcome } from './join-outcome.ts';
import type { JoinRow, JoinSuggestion, JoinTarget } from './join-types.ts';
import { nameSimilarity } from './name-similarity.ts';
import { normPlaceName } from './norm-name.ts';
import { wordsContained } from './words-contained.ts';
import type { CountryCode } from '../schema.ts';

export interface NameJoinOptions {
  threshold: number;
  margin: number;
}

/** Least score of a suggestion; of one outside the row's department. */
export const SUGGEST_MIN = 0.6;
const OUTSIDE_MIN = 0.9;

/** Rows that say the same thing. */
export interface NameGroup {
  rows: JoinRow[];
  name: string;
  countries: CountryCode[];
  /** Department keys the group may be in. */
  scope: Set<string>;
  /** True when the row's department resolved (the scope is narrower than its countries). */
  scoped: boolean;
}

export function joinByName(
  rows: readonly JoinRow[],
  targets: readonly JoinTarget[],
  opts: NameJoinOptions,
  out: Map<number, JoinOutcome>,
): NameGroup[] {
  const allCountries = [...new Set(targets.map((t) => t.country))].sort();

  const depts = new Map<string, DepartmentRef>();
  for (const t of targets) depts.set(deptKey(t.country, t.deptCode), { country: t.country, code: t.deptCode, name: t.deptName });
  const deptList = [...depts.values()];
  const byDept = new Map<string, JoinTarget[]>();
  for (const t of targets) {
    const k = deptKey(t.country, t.deptCode);
    byDept.set(k, [...(byDept.get(k) ?? []), t]);
  }
  const tNames = new Map(targets.map((t) => [t.key, [...new Set(t.names.map(normPlaceName))]]));
  const exactIndex = new Map<string, JoinTarget[]>();
  for (const t of targets) for (const n of tNames.get(t.key)!) exactIndex.set(n, [...(exactIndex.get(n) ?? []), t]);

  // Group the rows (department scopes and names computed once per distinct text).
  type Scope = { scope: Set<string>; scoped: boolean; groups: Map<string, NameGroup> };
  const scopes = new Map<string, Map<string, Scope>>();
  const scopeById = new Map<string, Scope>();
  const nameCache = new Map<string, string>();
  const groups: NameGroup[] = [];
  for (const r of rows) {
    const c = r.country ?? '';
    const dept = r.dept?.trim() ?? '';
    let byDeptText = scopes.get(c);
    if (!byDeptText) scopes.set(c, (byDeptText = new Map()));
    let sc = byDeptText.get(dept);
    if (!sc) {
      const countries = r.country ? [r.country] : allCountries;
      const inCountries = deptList.filter((d) => countries.includes(d.country));
      const resolved = dept ? departmentScope(dept, inCountries) : null;
      const scope = resolved ? new Set(resolved) : new Set(inCountries.map((d) => deptKey(d.country, d.code)));
      // Department texts that resolve alike share their groups.
      const id = `${c}|${[...scope].sort().join(',')}`;
      sc = scopeById.get(id);
      if (!sc) scopeById.set(id, (sc = { scope, scoped: resolved !== null, groups: new Map() }));
      byDeptText.set(dept, sc);
    }
    let name = nameCache.get(r.key);
    if (name === undefined) {
      name = normPlaceName(r.key);
      nameCache.set(r.key, name);
    }
    const g = sc.groups.get(name);
    if (g) g.rows.push(r);
    else {
      const ng: NameGroup = { rows: [r], name, countries: r.country ? [r.country] : allCountries, scope: sc.scope, scoped: sc.scoped };
      sc.groups.set(name, ng);
      groups.push(ng);
    }
  }
  const list = groups;
  const inScope = (g: NameGroup) => [...g.scope].flatMap((k) => byDept.get(k) ?? []);

  const score = (name: string, t: JoinTarget) => {
    let best = 0;
    for (const tn of tNames.get(t.key)!) best = Math.max(best, nameSimilarity(name, tn));
    return best;
  };

  const decided = new Map<NameGroup, JoinOutcome>();
  const taken = new Set<string>();
  const claim = (g: NameGroup, t: JoinTarget, method: 'exact' | 'contained' | 'fuzzy', s: number) => {
    taken.add(t.key);
    decided.set(g, { kind: 'match', target: t, method, score: s });
  };

  // 1. exact
  for (const g of list) {
    const hits = (exactIndex.get(g.name) ?? []).filter((t) => g.scope.has(deptKey(t.country, t.deptCode)));
    if (hits.length === 1) claim(g, hits[0], 'exact', 1);
    else if (hits.length > 1) decided.set(g, { kind: 'ambiguous', candidates: hits.map((t) => suggestion(t, 1)).sort(bySuggestionOrder) });
  }
  const open = () => list.filter((g) => !decided.has(g));

  // 2. contained
  for (const g of open()) {
    const hits = inScope(g).filter((t) => tNames.get(t.key)!.some((tn) => wordsContained(g.name, tn)));
    const free = hits.filter((t) => !taken.has(t.key));
    const t = hits.length === 1 ? hits[0] : free.length === 1 ? free[0] : null;
    if (t) claim(g, t, 'contained', score(g.name, t));
  }

  // 3. fuzzy, mutual best with a margin: first among all the targets of the scope (a row spelling
  // a name already matched differently is a duplicate of it), then among those not yet taken.
  // Each open group scores every target of its scope once; `contenders` keeps, per target, the
  // groups reaching the threshold on it (the only ones that can be a rival's better claim).
  type Scored = { t: JoinTarget; s: number };
  const ranked = new Map<NameGroup, Scored[]>();
  const contenders = new Map<string, { g: NameGroup; s: number }[]>();
  for (const g of open()) {
    const r = inScope(g)
      .map((t) => ({ t, s: score(g.name, t) }))
      .sort((a, b) => b.s - a.s || (a.t.key < b.t.key ? -1 : 1));
    ranked.set(g, r);
    for (const x of r) {
      if (x.s < opts.threshold) break;
      const list = contenders.get(x.t.key);
      if (list) list.push({ g, s: x.s });
      else contenders.set(x.t.key, [{ g, s: x.s }]);
    }
  }
  const fuzzyBest = (g: NameGroup, pool: readonly Scored[]) => {
    const [best, second] = pool;
    if (!best || best.s < opts.threshold) return null;
    if (second && best.s - second.s < opts.margin) return null;
    const rivalBetter = (contenders.get(best.t.key) ?? []).some((o) => o.g !== g && !decided.has(o.g) && o.s > best.s);
    return rivalBetter ? null : best;
  };
  for (const g of open()) {
    const all = ranked.get(g)!;
    const best = fuzzyBest(g, all) ?? fuzzyBest(g, all.filter((x) => !taken.has(x.t.key)));
    if (best) claim(g, best.t, 'fuzzy', best.s);
  }

  // What is left: suggestions.
  for (const g of open()) {
    const pool: JoinSuggestion[] = [];
    for (const x of ranked.get(g)!) {
      if (x.s < SUGGEST_MIN || pool.length === 3) break;
      pool.push(suggestion(x.t, x.s));
    }
    if (g.scoped) {
      for (const t of targets) {
        if (!g.countries.includes(t.country) || g.scope.has(deptKey(t.country, t.deptCode))) continue;
        const s = score(g.name, t);
        if (s >= OUTSIDE_MIN) pool.push(suggestion(t, s));
      }
    }
    decided.set(g, { kind: 'unmatched', suggestions: pool.sort(bySuggestionOrder).slice(0, 3) });
  }

  for (const g of list) for (const r of g.rows) out.set(r.row, decided.get(g)!);
  return list;
}

/** Similarity of a group's name to a target (best over its names). */
export function groupScore(g: NameGroup, t: JoinTarget): number {
  return Math.max(...t.names.map((n) => nameSimilarity(g.name, normPlaceName(n))));
}
