/**
 * What every answer rests on: for each indicator and country, the level at which
 * the values are measured (municipio, department, or none: the country publishes nothing), the
 * reference year and the source. Read from the catalog alone, so the app, the index builder and
 * every export's Method sheet show the same table.
 */
import { COUNTRY_CODES, type CatalogEntry, type CountryCode, type LineOfEffort, type Pillar } from './schema.ts';

export const EVIDENCE_COUNTRIES: readonly CountryCode[] = COUNTRY_CODES;

export type EvidenceLevel = 'municipio' | 'department' | 'none';

export interface EvidenceCell {
  level: EvidenceLevel;
  /** Reference year or period; empty when the level is `none`. */
  year: string;
  /** Citation; empty when the level is `none`. */
  source: string;
}

export interface EvidenceRow {
  id: string;
  label: CatalogEntry['label'];
  pillar: Pillar;
  loe: LineOfEffort[];
  cells: Record<CountryCode, EvidenceCell>;
}

/** The level at which `entry` measures `country`: its per-country record, else its own level, else `none`. */
export function evidenceIn(entry: CatalogEntry, country: CountryCode): EvidenceCell {
  if (!entry.countries.includes(country)) return { level: 'none', year: '', source: '' };
  const own = entry.by_country?.[country];
  if (own) return { level: own.level, year: own.year, source: own.source };
  return { level: entry.level, year: entry.year, source: entry.source };
}

/** One row per catalog entry, in catalog order. */
export function evidenceTable(catalog: readonly CatalogEntry[]): EvidenceRow[] {
  return catalog.map((e) => ({
    id: e.id,
    label: e.label,
    pillar: e.pillar,
    loe: [...(e.loe ?? [])],
    cells: { GT: evidenceIn(e, 'GT'), HN: evidenceIn(e, 'HN'), SV: evidenceIn(e, 'SV') },
  }));
}

export interface EvidenceCount {
  municipio: number;
  department: number;
}

/**
 * How many indicators each pillar has in each country, by level (the summary a planner reads
 * first: "Pillar II — GT 6 municipio, HN none, SV none"). Context entries are counted too.
 */
export function evidenceCounts(catalog: readonly CatalogEntry[]): Map<Pillar, Record<CountryCode, EvidenceCount>> {
  const out = new Map<Pillar, Record<CountryCode, EvidenceCount>>();
  for (const row of evidenceTable(catalog)) {
    let byCountry = out.get(row.pillar);
    if (!byCountry) {
      byCountry = { GT: { municipio: 0, department: 0 }, HN: { municipio: 0, department: 0 }, SV: { municipio: 0, department: 0 } };
      out.set(row.pillar, byCountry);
    }
    for (const c of EVIDENCE_COUNTRIES) {
      const level = row.cells[c].level;
      if (level !== 'none') byCountry[c][level]++;
    }
  }
  return out;
}
