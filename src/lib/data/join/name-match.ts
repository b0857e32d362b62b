/**
 * Department-aware name matching: joins rows that carry only (department, municipio) names to
 * units. Never matches across departments; every target takes at most one source row.
 *
 * Stages, in order, each on what the previous ones left:
 * 1. `alias`: an explicit table of known variants (department-qualified).
 * 2. `exact`: equal after {@link normName}.
 * 3. `contained`: the words of one name are all in the other, in order (`CAHABON` ⊂
 *    `SANTA MARIA CAHABON`), and exactly one free target in the department qualifies.
 * 4. `fuzzy`: best {@link nameSimilarity} ≥ threshold, ahead of the runner-up by a margin, and the
 *    pair is each other's best (mutual best).
 */
import { nameSimilarity } from './name-similarity.ts';
import { normName } from './norm-name.ts';
import { wordsContained } from './words-contained.ts';

export interface MatchSource {
  /** Caller's handle for the row (e.g. its index in the file). */
  id: number;
  /** Department code the row belongs to (already resolved). */
  dept: string;
  /** Name as the source spells it. */
  name: string;
}

export interface MatchTarget {
  /** Caller's key for the target (unit id, distrito code, …). */
  key: string;
  dept: string;
  /** Accepted spellings (first = the official one). */
  names: string[];
}

export type MatchMethod = 'alias' | 'exact' | 'contained' | 'fuzzy';

export interface NameMatch {
  source: number;
  target: string;
  method: MatchMethod;
  /** Similarity of the matched names (1 for alias/exact). */
  score: number;
}

export interface MatchOptions {
  /** `DEPT|SOURCE NAME` (normalised) → target name (any spelling; normalised on use). */
  aliases?: ReadonlyMap<string, string>;
  /** Minimum similarity for the fuzzy stage (default 0.88). */
  threshold?: number;
  /** Minimum lead of the best over the second-best similarity (default 0.04). */
  margin?: number;
}

export interface MatchResult {
  matches: NameMatch[];
  /** Sources left without a target. */
  unmatched: MatchSource[];
  /** Sources whose target was already taken by an earlier source (duplicates in the file). */
  duplicates: { source: MatchSource; target: string }[];
}

/** Builds the alias-table key for a (department code, source name) pair. */
export function aliasKey(dept: string, name: string): string {
  return `${dept}|${normName(name)}`;
}

/** Runs the four stages department by department. Output order follows the source order. */
export function matchWithinDepartments(
  sources: readonly MatchSource[],
  targets: readonly MatchTarget[],
  opts: MatchOptions = {},
): MatchResult {
  const threshold = opts.threshold ?? 0.88;
  const margin = opts.margin ?? 0.04;
  const matches = new Map<number, NameMatch>();
  const duplicates: MatchResult['duplicates'] = [];
  const taken = new Set<string>();

  const byDept = new Map<string, MatchTarget[]>();
  for (const t of targets) {
    const list = byDept.get(t.dept) ?? [];
    list.push(t);
    byDept.set(t.dept, list);
  }
  const normNames = new Map(targets.map((t) => [t.key, t.names.map(normName)]));
  const free = (dept: string) => (byDept.get(dept) ?? []).filter((t) => !taken.has(t.key));
  const claim = (s: MatchSource, t: MatchTarget, method: MatchMethod, score: number) => {
    taken.add(t.key);
    matches.set(s.id, { source: s.id, target: t.key, method, score });
  };

  // Stages 1–2 see every target (so that a second row naming a taken target is a duplicate).
  for (const s of sources) {
    const n = normName(s.name);
    const alias = opts.aliases?.get(`${s.dept}|${n}`);
    const wanted = alias !== undefined ? normName(alias) : n;
    const method: MatchMethod = alias !== undefined ? 'alias' : 'exact';
    const t = (byDept.get(s.dept) ?? []).find((x) => normNames.get(x.key)!.includes(wanted));
    if (!t) {
      if (alias !== undefined) throw new Error(`name alias ${s.dept}|${n} → ${alias}: no such target`);
      continue;
    }
    if (taken.has(t.key)) duplicates.push({ source: s, target: t.key });
    else claim(s, t, method, 1);
  }
  const isDuplicate = new Set(duplicates.map((d) => d.source.id));
  const open = () => sources.filter((s) => !matches.has(s.id) && !isDuplicate.has(s.id));

  // Stage 3: word containment, unique among the free targets of the department.
  for (const s of open()) {
    const n = normName(s.name);
    const hits = free(s.dept).filter((t) => normNames.get(t.key)!.some((tn) => wordsContained(n, tn)));
    if (hits.length === 1) claim(s, hits[0], 'contained', bestScore(n, normNames.get(hits[0].key)!));
  }

  // Stage 4: fuzzy, mutual best with a margin.
  for (const s of open()) {
    const n = normName(s.name);
    const ranked = free(s.dept)
      .map((t) => ({ t, score: bestScore(n, normNames.get(t.key)!) }))
      .sort((a, b) => b.score - a.score || (a.t.key < b.t.key ? -1 : 1));
    const [best, second] = ranked;
    if (!best || best.score < threshold) continue;
    if (second && best.score - second.score < margin) continue;
    const rivals = open().filter((o) => o.id !== s.id && o.dept === s.dept);
    const rivalBetter = rivals.some((o) => bestScore(normName(o.name), normNames.get(best.t.key)!) > best.score);
    if (rivalBetter) continue;
    claim(s, best.t, 'fuzzy', best.score);
  }

  return {
    matches: sources.filter((s) => matches.has(s.id)).map((s) => matches.get(s.id)!),
    unmatched: open(),
    duplicates,
  };
}

function bestScore(name: string, candidates: readonly string[]): number {
  return Math.max(...candidates.map((c) => nameSimilarity(name, c)));
}
