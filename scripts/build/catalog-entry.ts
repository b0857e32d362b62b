/**
 * Builds catalog entries with a fixed key order and the source's citation and licence filled in
 * from {@link SOURCES}, so that an entry can never cite a source the manifest lacks.
 */
import type { CatalogEntry, Pillar } from '../../src/lib/data/schema.ts';
import { SOURCES, type SourceId } from './sources.ts';

export type EntrySpec = Omit<CatalogEntry, 'source' | 'licence' | 'source_id'> & { source_id: SourceId };

export function catalogEntry(spec: EntrySpec): CatalogEntry {
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
  };
}

/** Display order of the pillars in the catalog. */
export const PILLAR_ORDER: readonly Pillar[] = ['migration', 'I', 'II', 'III', 'IV', 'V', 'context'];
