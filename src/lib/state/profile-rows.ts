import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import { groupByPillar, type PillarGroup } from './pillar-groups.ts';

export interface ProfileRow {
  entry: CatalogEntry;
  /** NaN when the unit has no value. */
  value: number;
  /** Rank within the country, 1 = highest, ties averaged; NaN without a value. */
  rank: number;
  /** Units of the country with a value. */
  n: number;
}

/**
 * Every indicator of the selected unit's country: value and rank within the country (DuckDB),
 * grouped by pillar. Indicators that cover the country but have no value here are listed as no data.
 */
export function profileRows(
  catalog: readonly CatalogEntry[],
  country: CountryCode,
  ranked: readonly { indicator_id: string; value: number | null; rank: number | null; n: number }[],
): PillarGroup<ProfileRow>[] {
  const byId = new Map(ranked.map((r) => [r.indicator_id, r]));
  const rows: ProfileRow[] = catalog
    .filter((e) => e.countries.includes(country) || byId.has(e.id))
    .map((entry) => {
      const r = byId.get(entry.id);
      const value = r?.value ?? NaN;
      return { entry, value, rank: r?.rank ?? NaN, n: r?.n ?? NaN };
    });
  return groupByPillar(rows, (r) => r.entry.pillar);
}
