import type { CatalogEntry } from './schema.ts';

/**
 * Whether the values of `entry` can share one colour scale across the countries it covers: they
 * can when they come from one source at one level (a single study such as the violence score,
 * or one country alone). They cannot when the indicator is assembled from different national
 * sources or levels (`by_country` records that differ), nor when the values were normalised
 * within each country (the index score and its group scores under `normalisation.scope:
 * 'country'`): a min–max 100 in Honduras and a 100 in Guatemala are each country's own maximum,
 * not the same need. Such values are drawn with classes within each country.
 *
 * @param entry - the catalog entry on the map.
 * @param normalisedWithinCountry - true when the values were normalised within each country.
 */
export function oneScale(entry: CatalogEntry, normalisedWithinCountry = false): boolean {
  if (entry.countries.length <= 1) return true;
  if (normalisedWithinCountry) return false;
  // A country without its own record takes the entry's source and level.
  const keys = entry.countries.map((c) => {
    const r = entry.by_country?.[c];
    return `${r?.source_id ?? entry.source_id}|${r?.level ?? entry.level}`;
  });
  return keys.every((x) => x === keys[0]);
}
