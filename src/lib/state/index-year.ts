/**
 * The year choice of the targeting index (docs/METHODS.md §5): which years a spec can be computed
 * for on the yearly values read, and the spec without a year.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { YearColumns } from '../data/year-columns.ts';

/**
 * The union of the years of the spec's enabled indicators that have values by year (by their
 * column, `column ?? id`), ascending; empty without yearly values. The same years
 * `panelInputFromSpec` computes the index over.
 */
export function panelYearsOf(spec: IndexSpec, years: YearColumns | null): number[] {
  if (!years) return [];
  const out = new Set<number>();
  for (const ind of spec.indicators) {
    if (ind.enabled === false) continue;
    for (const y of years.get(ind.column ?? ind.id)?.years ?? []) out.add(y);
  }
  return [...out].sort((a, b) => a - b);
}

/** The enabled indicators of the spec that have values by year (spec ids). */
export function yearlyIndicatorsOf(spec: IndexSpec, years: YearColumns | null): string[] {
  if (!years) return [];
  return spec.indicators.filter((i) => i.enabled !== false && (years.get(i.column ?? i.id)?.years.length ?? 0) > 0).map((i) => i.id);
}

/** `spec` without `year` and `compareYear` (the reference index). */
export function withoutYear(spec: IndexSpec): IndexSpec {
  const out = { ...spec };
  delete out.year;
  delete out.compareYear;
  return out;
}
