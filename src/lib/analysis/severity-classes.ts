/**
 * Severity classes 1–5 beside the index score (A2SIT's 1–5 severity scale), by one of two stated
 * rules:
 * - `fixed` (the default): fixed cut-offs at 20, 40, 60 and 80 on the 0–100 score — class 1 below
 *   20, class 2 from 20 to below 40, …, class 5 from 80 up to 100. On a score whose scale is another
 *   range [l, u] the cut-offs sit at the same fifths of it. The planner may set other cut-offs
 *   (four ascending percentages of the range, strictly between 0 and 100). The same score gets the same class in
 *   every country, but each country's scores are normalised on its own, so a class still says how a
 *   municipio stands among its own country's municipios, not across countries.
 * - `breaks`: natural breaks (Fisher–Jenks, natural-breaks.ts) of the scores within each country:
 *   five classes drawn from that country's scores alone (fewer when it has fewer distinct scores;
 *   the highest class is then still 5 and the lowest numbers are left out).
 * A score without a fixed scale (z-scores) cannot take fixed cut-offs: the rule used is then
 * `breaks`, and the result says so (`rule`). A unit without score has class 0: missing, not low.
 */
import { classesWithinGroups } from './classes-within-groups.ts';
import { naturalBreaks } from './natural-breaks.ts';

export const SEVERITY_RULES = ['fixed', 'breaks'] as const;
export type SeverityRule = (typeof SEVERITY_RULES)[number];
/** The rule when none is chosen. */
export const DEFAULT_SEVERITY_RULE: SeverityRule = 'fixed';
/** The fixed cut-offs on a 0–100 score. */
export const FIXED_CUTS = [20, 40, 60, 80] as const;
export const SEVERITY_CLASSES = 5;

export interface SeverityResult {
  /** The rule applied: the one asked for, or `breaks` when the score has no fixed scale. */
  rule: SeverityRule;
  /** Per unit: 1 (lowest) … 5 (highest severity); 0 without score. */
  classes: Uint8Array;
  /** Per group: the four cut-offs between classes 1|2, 2|3, 3|4, 4|5 (fixed: the same in every group). */
  cuts: number[][];
}

/** Whether `cuts` can be fixed cut-offs: four finite percentages, strictly ascending, strictly between 0 and 100. */
export function validCuts(cuts: readonly number[]): boolean {
  return (
    cuts.length === SEVERITY_CLASSES - 1 &&
    cuts.every((c, i) => Number.isFinite(c) && c > 0 && c < 100 && (i === 0 || c > cuts[i - 1]))
  );
}

/** The fixed cut-offs on a score of scale [l, u], at percentages `at` of it (default 20, 40, 60, 80). */
export function fixedCuts(scale: readonly [number, number], at: readonly number[] = FIXED_CUTS): number[] {
  const [l, u] = scale;
  return at.map((c) => l + ((u - l) * c) / 100);
}

/**
 * The severity class of each unit.
 * @param score - the index score per unit (NaN: none).
 * @param group - each unit's country as 0…groupCount−1.
 * @param rule - the rule asked for.
 * @param scale - the score's fixed range ([0, 100] for min-max and rank normalisation), or null (z-scores).
 * @param at - the fixed cut-offs in percent of the scale (see {@link validCuts}); default 20, 40, 60, 80.
 * @throws RangeError when `at` are not valid cut-offs.
 */
export function severityClasses(
  score: ArrayLike<number>,
  group: ArrayLike<number>,
  groupCount: number,
  rule: SeverityRule,
  scale: readonly [number, number] | null,
  at: readonly number[] = FIXED_CUTS,
): SeverityResult {
  if (!validCuts(at)) throw new RangeError(`severity cut-offs must be four ascending percentages between 0 and 100, got ${at.join(', ')}`);
  const n = score.length;
  const classes = new Uint8Array(n);
  if (rule === 'fixed' && scale) {
    const cuts = fixedCuts(scale, at);
    for (let i = 0; i < n; i++) {
      const s = score[i];
      if (!Number.isFinite(s)) continue;
      let c = 1;
      for (const cut of cuts) if (s >= cut) c++;
      classes[i] = c;
    }
    return { rule: 'fixed', classes, cuts: Array.from({ length: groupCount }, () => [...cuts]) };
  }
  const within = classesWithinGroups(score, group, groupCount, naturalBreaks, SEVERITY_CLASSES);
  // A group with m < 5 classes: its top class is 5, its lowest 5 − m + 1.
  const classCount = within.bounds.map((b) => Math.max(0, b.length - 1));
  for (let i = 0; i < n; i++) {
    const c = within.classes[i];
    if (c < 0) continue;
    classes[i] = SEVERITY_CLASSES - classCount[group[i]] + c + 1;
  }
  const cuts = within.bounds.map((b) => b.slice(1, -1));
  return { rule: 'breaks', classes, cuts };
}
