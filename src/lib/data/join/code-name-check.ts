/**
 * The check of a code join against the names a file also carries: for each row matched by code
 * that has a name, whether that name is the name of the unit the code reached. The row stays
 * matched (the code decides); a disagreement is a warning for the planner, because either the
 * code or the name is wrong — the case that moved Sansare's values onto Sanarate.
 *
 * The names agree when, after {@link normPlaceName}, the file's name equals one of the unit's names
 * or its words are all in them, in order (`Cahabón` for `Santa María Cahabón`), or it is a close
 * spelling (similarity ≥ the fuzzy threshold of the name join, 0.88) that names no other unit of
 * the country better. A name that is exactly (or by its words) another unit's is a disagreement
 * even when it looks like the reached one: `Sansare` and `Sanarate` score 0.91.
 */
import { nameSimilarity } from './name-similarity.ts';
import { normPlaceName } from './norm-name.ts';
import type { JoinMatch, JoinRow, JoinTarget, NameMismatch } from './join-types.ts';
import { round3 } from './join-outcome.ts';
import { wordsContained } from './words-contained.ts';

/** Least similarity for a different spelling to count as the same name (the name join's fuzzy threshold). */
export const SAME_NAME_MIN = 0.88;

const sameWords = (a: string, b: string) => a === b || wordsContained(a, b);

/** The check; `matched` are the report's matches, only those by `code` are looked at. */
export function codeNameMismatches(rows: readonly JoinRow[], matched: readonly JoinMatch[], targets: readonly JoinTarget[]): { checked: number; mismatches: NameMismatch[] } {
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const rowOf = new Map(rows.map((r) => [r.row, r]));
  // Names of each unit, its distritos' included (a file may name the distrito or the 2024 unit).
  const namesOf = new Map<string, string[]>();
  for (const t of targets) {
    const list = namesOf.get(t.unitId) ?? [];
    for (const n of t.names) list.push(normPlaceName(n));
    namesOf.set(t.unitId, list);
  }
  const mismatches: NameMismatch[] = [];
  let checked = 0;
  for (const m of matched) {
    if (m.method !== 'code') continue;
    const r = rowOf.get(m.row);
    const name = r?.name ? normPlaceName(r.name) : '';
    if (!r || !name) continue;
    checked++;
    const own = namesOf.get(m.unitId) ?? [];
    if (own.some((n) => sameWords(name, n))) continue;
    const target = byKey.get(m.target)!;
    const others = targets.filter((t) => t.country === target.country && t.unitId !== m.unitId);
    const namedOther = others.find((t) => t.names.some((n) => sameWords(name, normPlaceName(n))));
    const score = Math.max(0, ...own.map((n) => nameSimilarity(name, n)));
    if (!namedOther && score >= SAME_NAME_MIN) {
      const better = others.some((t) => t.names.some((n) => nameSimilarity(name, normPlaceName(n)) > score));
      if (!better) continue;
    }
    const entry: NameMismatch = { row: r.row, key: r.key, name: r.name!, unitId: m.unitId, unitName: target.names[0], score: round3(score) };
    if (namedOther) entry.nameOf = { unitId: namedOther.unitId, name: namedOther.names[0] };
    mismatches.push(entry);
  }
  return { checked, mismatches: mismatches.sort((a, b) => a.row - b.row) };
}
