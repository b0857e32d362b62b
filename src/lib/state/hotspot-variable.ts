/**
 * The variables the hotspot panel offers: the targeting index, the score of each group under its
 * root (migration pressure, pillars I–V) and every catalog indicator; each dressed as a catalog
 * entry so the map, tooltip and export show it like any indicator.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import { indexCatalogEntry } from './index-catalog-entry.ts';
import { GROUP_VARIABLE_PREFIX, INDEX_VARIABLE } from './hotspot-settings.ts';

export interface HotspotVariableOption {
  id: string;
  label: { en: string; es: string };
  /** 'index' for the index and its groups, else the catalog entry's pillar. */
  group: string;
}

/** Groups directly under the spec's root, in spec order. */
function rootGroups(spec: IndexSpec) {
  const root = spec.groups.find((g) => g.parent === null);
  return spec.groups.filter((g) => root && g.parent === root.id);
}

/** The index, its groups, then the catalog indicators (catalog order). */
export function hotspotVariableOptions(spec: IndexSpec, catalog: readonly CatalogEntry[]): HotspotVariableOption[] {
  const index = indexCatalogEntry(spec);
  return [
    { id: INDEX_VARIABLE, label: index.label, group: 'index' },
    ...rootGroups(spec).map((g) => ({ id: `${GROUP_VARIABLE_PREFIX}${g.id}`, label: g.label ?? { en: g.id, es: g.id }, group: 'index' })),
    ...catalog.map((e) => ({ id: e.id, label: e.label, group: e.pillar })),
  ];
}

/**
 * The catalog entry of variable `id` (null when it names nothing known): the index's own entry,
 * a group's score described like the index, or the catalog entry.
 */
export function hotspotVariableEntry(id: string, spec: IndexSpec, catalog: readonly CatalogEntry[], lang: 'en' | 'es'): CatalogEntry | null {
  if (id === INDEX_VARIABLE) return indexCatalogEntry(spec, lang);
  if (id.startsWith(GROUP_VARIABLE_PREFIX)) {
    const gid = id.slice(GROUP_VARIABLE_PREFIX.length);
    const g = rootGroups(spec).find((x) => x.id === gid);
    if (!g) return null;
    const index = indexCatalogEntry(spec, lang);
    const label = g.label ?? { en: gid, es: gid };
    return {
      ...index,
      id,
      label,
      description: {
        en: `The “${label.en}” score of the targeting index; higher means more need.`,
        es: `El puntaje «${label.es}» del índice de focalización; más alto significa más necesidad.`,
      },
    };
  }
  return catalog.find((e) => e.id === id) ?? null;
}

/**
 * Countries where variable `id` rests on department figures repeated over the municipios: a
 * department-level catalog entry, or a group (or the index) with an enabled department-level
 * indicator. Neighbouring municipios of one department then share a value, so clusters there
 * partly follow the department lines by construction.
 */
export function departmentLevelCountries(id: string, spec: IndexSpec, catalog: readonly CatalogEntry[]): CountryCode[] {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  let ids: string[];
  if (id === INDEX_VARIABLE) ids = spec.indicators.filter((i) => i.enabled !== false).map((i) => i.id);
  else if (id.startsWith(GROUP_VARIABLE_PREFIX)) {
    const gid = id.slice(GROUP_VARIABLE_PREFIX.length);
    const under = new Set([gid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const g of spec.groups) {
        if (g.parent !== null && under.has(g.parent) && !under.has(g.id)) {
          under.add(g.id);
          grew = true;
        }
      }
    }
    ids = spec.indicators.filter((i) => i.enabled !== false && under.has(i.parent)).map((i) => i.id);
  } else ids = [id];
  const out = new Set<CountryCode>();
  for (const i of ids) {
    const e = byId.get(i);
    if (e?.level === 'department') for (const c of e.countries) out.add(c);
  }
  return [...out].sort();
}
