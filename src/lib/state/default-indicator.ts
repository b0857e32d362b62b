import type { CatalogEntry } from '../data/schema.ts';

/** The three-country out-migration indicator the app opens on (GT and HN department figures, SV municipio figures). */
export const OPENING_INDICATOR = 'emigrants_per_1000';

/**
 * The indicator shown at start: out-migration first. `emigrants_per_1000`
 * when the catalog has it; otherwise the migration entry covering the most countries (municipio
 * level before department level at equal coverage, then catalog order); otherwise the entry
 * covering the most countries; undefined for an empty catalog.
 */
export function defaultIndicator(catalog: readonly CatalogEntry[]): CatalogEntry | undefined {
  const opening = catalog.find((e) => e.id === OPENING_INDICATOR);
  if (opening) return opening;
  const widest = (entries: readonly CatalogEntry[]): CatalogEntry | undefined => {
    let best: CatalogEntry | undefined;
    const score = (e: CatalogEntry) => 2 * e.countries.length + (e.level === 'municipio' ? 1 : 0);
    for (const e of entries) if (!best || score(e) > score(best)) best = e;
    return best;
  };
  return widest(catalog.filter((e) => e.pillar === 'migration')) ?? widest(catalog);
}
