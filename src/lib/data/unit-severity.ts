/**
 * The severity classes 1–5 of a ranking (analysis/severity-classes.ts) by the spec's rule: fixed
 * cut-offs on the score's fixed scale (min–max and rank normalisation: the spec's range, 0–100 by
 * default), or natural breaks within each country. A spec without a rule takes the default, fixed.
 */
import { DEFAULT_SEVERITY_RULE, FIXED_CUTS, severityClasses, type SeverityResult } from '../analysis/severity-classes.ts';
import type { IndexSpec } from './index-spec.ts';
import type { RankResult } from './rank-types.ts';

/** The spec's rule (absent: the default, fixed cut-offs). */
export function severityRule(spec: IndexSpec): NonNullable<IndexSpec['severity']> {
  return spec.severity ?? DEFAULT_SEVERITY_RULE;
}

/** The rule the classes follow: the spec's, except fixed cut-offs on z-scores (no fixed scale), which become natural breaks. */
export function appliedSeverityRule(spec: IndexSpec): NonNullable<IndexSpec['severity']> {
  return spec.normalisation.method === 'zscore' ? 'breaks' : severityRule(spec);
}

/** The spec's fixed cut-offs in percent of the score's range (absent: 20, 40, 60, 80). */
export function severityCutsOf(spec: IndexSpec): readonly [number, number, number, number] {
  return spec.severityCuts ?? FIXED_CUTS;
}

/**
 * `spec` without the severity settings that only restate the default (rule `fixed`, cut-offs 20,
 * 40, 60, 80): a spec whose rule is set back to the default compares equal to the default spec.
 */
export function withoutSeverityDefaults(spec: IndexSpec): IndexSpec {
  const out = { ...spec };
  if (out.severity === DEFAULT_SEVERITY_RULE) delete out.severity;
  if (out.severityCuts && out.severityCuts.join() === FIXED_CUTS.join()) delete out.severityCuts;
  return out;
}

/** The score's fixed range the cut-offs apply to, or null for z-scores (no fixed range). */
export function severityScale(spec: IndexSpec): [number, number] | null {
  return spec.normalisation.method === 'zscore' ? null : spec.normalisation.range;
}

/** Each unit's severity class (0 without score) and the rule applied, countries as groups. */
export function unitSeverity(result: Pick<RankResult, 'units' | 'index'>, spec: IndexSpec): SeverityResult {
  const countries = [...new Set(result.units.map((u) => u.country))].sort();
  const at = new Map(countries.map((c, i) => [c, i]));
  const group = result.units.map((u) => at.get(u.country)!);
  return severityClasses(result.index.score, group, countries.length, severityRule(spec), severityScale(spec), severityCutsOf(spec));
}
