/**
 * Builds catalog entries with a fixed key order and the source's citation and licence filled in
 * from {@link SOURCES}, so that an entry can never cite a source the manifest lacks. A builder
 * makes drafts; the lines of effort are attached to the final catalog ({@link withLoe}), after the
 * per-country entries that measure one concept have been assembled into one.
 */
import type { CatalogEntry, Pillar } from '../../src/lib/data/schema.ts';
import { indicatorLoe } from './indicator-loe.ts';
import { SOURCES, type SourceId } from './sources.ts';

/** A catalog entry before its lines of effort are attached. */
export type CatalogDraft = Omit<CatalogEntry, 'loe'>;

export type EntrySpec = Omit<CatalogEntry, 'source' | 'licence' | 'source_id' | 'loe' | 'by_country'> & { source_id: SourceId };

/** The entry with its lines of effort from `indicator-loe.ts` (throws when the table lacks it). */
export function withLoe(draft: CatalogDraft): CatalogEntry {
  return { ...draft, loe: indicatorLoe(draft.id) };
}

export function catalogEntry(spec: EntrySpec): CatalogDraft {
  const s = SOURCES[spec.source_id];
  return {
    id: spec.id,
    label: spec.label,
    description: spec.description,
    pillar: spec.pillar,
    direction: spec.direction,
    unit: spec.unit,
    level: spec.level,
    year: spec.year,
    countries: [...spec.countries],
    source: s.citation,
    licence: s.licence,
    source_id: spec.source_id,
    ...(spec.part_of === undefined ? {} : { part_of: spec.part_of }),
  };
}

/** Display order of the pillars in the catalog. */
export const PILLAR_ORDER: readonly Pillar[] = ['migration', 'I', 'II', 'III', 'IV', 'V', 'context'];
