/**
 * What the figures of money inside and outside a set of municipios rest on: the years of the
 * investment rows counted (the filter's, else those the rows state) and the sources of those rows
 * (the default data's, from the manifest, and the planner's imported investment lists).
 */
import type { Manifest } from '../data/schema.ts';
import type { WorkspaceImport } from '../data/workspace.ts';
import type { InvestmentFilter } from './investments-filter.ts';

/** The period counted, as text: the filter's years, else the first and last year the rows state; null when none. */
export function moneyInsideYears(filter: InvestmentFilter, years: readonly number[]): { from: string; to: string } | null {
  const first = Number.isFinite(filter.yearFrom) ? filter.yearFrom : years[0];
  const last = Number.isFinite(filter.yearTo) ? filter.yearTo : years[years.length - 1];
  if (first === undefined || last === undefined || !Number.isFinite(first) || !Number.isFinite(last)) return null;
  return { from: String(first), to: String(last) };
}

/** The titles of the investment sources: the default file's (manifest) and each imported list's citation; '' when none is known. */
export function investmentSourceTitles(manifest: Manifest | null, imports: readonly WorkspaceImport[]): string {
  const ids = manifest?.outputs['investments.csv']?.sources ?? [];
  const titles = ids.map((id) => manifest?.sources[id]?.title ?? id);
  for (const imp of imports) if (imp.mapping.kind === 'investments' && imp.mapping.source) titles.push(imp.mapping.source);
  return [...new Set(titles)].join('; ');
}
