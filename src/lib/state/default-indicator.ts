import type { CatalogEntry } from '../data/schema.ts';

/**
 * The indicator shown at start: `violence_score` when it covers all three countries at municipio
 * level (the one measure drawn from a single method across GT, HN and SV, so the first map has
 * no blank country and no repeated department values); otherwise the first such entry, preferring
 * the migration pillar; otherwise the first entry.
 */
export function defaultIndicator(catalog: readonly CatalogEntry[]): CatalogEntry | undefined {
  const full = (e: CatalogEntry) => e.level === 'municipio' && e.countries.length === 3;
  return (
    catalog.find((e) => e.id === 'violence_score' && full(e)) ??
    catalog.find((e) => full(e) && e.pillar === 'migration') ??
    catalog.find(full) ??
    catalog[0]
  );
}
