/**
 * An index spec brought in line with the data: indicators of `extra` (the planner's imported
 * ones) that have a pillar of the index and a direction are added, switched off, under their
 * pillar with the mean weight of their siblings; spec indicators whose column is not in the
 * tables are dropped. The spec is returned unchanged (same object) when nothing changes.
 */
import { INDEX_PILLARS } from './default-index-spec.ts';
import type { IndexSpec, SpecIndicator } from './index-spec.ts';
import type { CatalogEntry } from './schema.ts';

export function specWithCatalog(spec: IndexSpec, extra: readonly CatalogEntry[], columns: ReadonlyMap<string, unknown>): IndexSpec {
  const kept = spec.indicators.filter((i) => columns.has(i.column ?? i.id));
  const known = new Set(kept.map((i) => i.id));
  const groups = new Set(spec.groups.map((g) => g.id));
  const added: SpecIndicator[] = [];
  for (const e of extra) {
    if (known.has(e.id) || !columns.has(e.id) || e.direction === 0) continue;
    if (!(INDEX_PILLARS as readonly string[]).includes(e.pillar) || !groups.has(e.pillar)) continue;
    const siblings = kept.filter((i) => i.parent === e.pillar);
    const weight = siblings.length ? siblings.reduce((s, i) => s + i.weight, 0) / siblings.length : 1;
    added.push({ id: e.id, direction: e.direction, weight, parent: e.pillar, enabled: false });
  }
  if (!added.length && kept.length === spec.indicators.length) return spec;
  return { ...spec, indicators: [...kept, ...added] };
}
