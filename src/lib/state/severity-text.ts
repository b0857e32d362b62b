/**
 * The severity rule of an index spec stated in words (builder, map legend, profile, brief): the
 * rule applied (fixed cut-offs become natural breaks on z-scores, and the text says why).
 */
import type { IndexSpec } from '../data/index-spec.ts';
import { appliedSeverityRule, severityCutsOf, severityRule } from '../data/unit-severity.ts';
import type { SeverityMessages } from '../i18n/severity-messages.ts';

export function severityRuleText(spec: IndexSpec, m: SeverityMessages): string {
  if (appliedSeverityRule(spec) === 'breaks') return severityRule(spec) === 'fixed' ? `${m.sevStateBreaks} ${m.sevZscore}` : m.sevStateBreaks;
  const [lo, hi] = spec.normalisation.range;
  return m.sevStateFixed(lo, hi, ...severityCutsOf(spec), spec.normalisation.scope === 'country');
}
