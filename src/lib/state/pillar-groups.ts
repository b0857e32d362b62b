import type { CatalogEntry, Pillar } from '../data/schema.ts';

/** Pillars in display order: migration first, then the strategy's five pillars, then context. */
export const PILLAR_ORDER: readonly Pillar[] = ['migration', 'I', 'II', 'III', 'IV', 'V', 'context'];

export interface PillarGroup<T> {
  pillar: Pillar;
  items: T[];
}

/** Items grouped by pillar in {@link PILLAR_ORDER}, catalog order kept within a group; empty groups dropped. */
export function groupByPillar<T>(items: readonly T[], pillarOf: (item: T) => Pillar): PillarGroup<T>[] {
  return PILLAR_ORDER.map((pillar) => ({ pillar, items: items.filter((x) => pillarOf(x) === pillar) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Catalog entries grouped by pillar. */
export const catalogByPillar = (catalog: readonly CatalogEntry[]): PillarGroup<CatalogEntry>[] =>
  groupByPillar(catalog, (e) => e.pillar);
