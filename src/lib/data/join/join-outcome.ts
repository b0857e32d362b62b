/**
 * What the join decided for one row, before the report is assembled (internal to
 * src/lib/data/join).
 */
import type { JoinMethod, JoinSuggestion, JoinTarget } from './join-types.ts';

export type JoinOutcome =
  | { kind: 'match'; target: JoinTarget; method: JoinMethod; score: number }
  | { kind: 'ambiguous'; candidates: JoinSuggestion[] }
  | { kind: 'unmatched'; suggestions: JoinSuggestion[] }
  | { kind: 'not-a-unit' };

/** A target offered as a suggestion, its score rounded to 3 decimals. */
export function suggestion(t: JoinTarget, score: number): JoinSuggestion {
  return { target: t.key, unitId: t.unitId, name: t.names[0], deptName: t.deptName, country: t.country, score: round3(score) };
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Best first; ties by target key (deterministic). */
export function bySuggestionOrder(a: JoinSuggestion, b: JoinSuggestion): number {
  return b.score - a.score || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);
}
