/**
 * Scenarios: named index specs the planner saves to compare (two to four at a time) with one of
 * them as the base. The current index is always a scenario (key {@link CURRENT}, shown as
 * "Current index"); saved ones keep the spec as it was when saved. Carried by the link and the
 * project file (view-state.ts `scenarios`). The changes below are pure: each returns the next view.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import { MAX_SCENARIOS } from '../data/scenario-compare.ts';

/** The key of the current index among the scenarios (a saved scenario's name is never empty). */
export const CURRENT = '';
/** Longest scenario name kept. */
export const MAX_SCENARIO_NAME = 80;
/** Most scenarios kept (a link is no archive). */
export const MAX_SAVED = 8;
export const DEFAULT_SCENARIO_TOP_N = 10;

export interface SavedScenario {
  name: string;
  spec: IndexSpec;
}

/** The scenarios as a link or project file keeps them. */
export interface ScenariosView {
  saved: SavedScenario[];
  /** Keys of the scenarios compared (names; {@link CURRENT} for the current index), 0–4. */
  compare: string[];
  /** Key of the base of the comparison. */
  base: string;
  /** Top N within each country whose entries and exits are listed. */
  topN: number;
}

export const emptyScenarios = (): ScenariosView => ({ saved: [], compare: [], base: CURRENT, topN: DEFAULT_SCENARIO_TOP_N });

/** `key` added to the comparison while fewer than four are compared (the first one is the base). */
function compared(v: ScenariosView, key: string): ScenariosView {
  if (v.compare.includes(key) || v.compare.length >= MAX_SCENARIOS) return v;
  const compare = [...v.compare, key];
  return { ...v, compare, base: compare.length === 1 ? key : v.base };
}

/**
 * `spec` saved as `name` (trimmed, at most 80 characters; a scenario of that name is replaced) and
 * added to the comparison while fewer than four are compared; null for an empty name or when eight
 * are kept already.
 */
export function withSaved(v: ScenariosView, name: string, spec: IndexSpec): ScenariosView | null {
  const n = name.trim().slice(0, MAX_SCENARIO_NAME);
  if (n === CURRENT) return null;
  const at = v.saved.findIndex((s) => s.name === n);
  if (at < 0 && v.saved.length >= MAX_SAVED) return null;
  const kept = { name: n, spec: structuredClone(spec) };
  const saved = at < 0 ? [...v.saved, kept] : v.saved.map((s, i) => (i === at ? kept : s));
  return compared({ ...v, saved }, n);
}

/** Scenario `name` removed (from the comparison too; the base moves to the first compared). */
export function withoutSaved(v: ScenariosView, name: string): ScenariosView {
  const compare = v.compare.filter((k) => k !== name);
  return { ...v, saved: v.saved.filter((s) => s.name !== name), compare, base: v.base === name ? (compare[0] ?? CURRENT) : v.base };
}

/** Scenario `key` added to or taken out of the comparison (at most four; the base stays one of them). */
export function toggled(v: ScenariosView, key: string): ScenariosView {
  if (!v.compare.includes(key)) return compared(v, key);
  const compare = v.compare.filter((k) => k !== key);
  return { ...v, compare, base: v.base === key ? (compare[0] ?? CURRENT) : v.base };
}
