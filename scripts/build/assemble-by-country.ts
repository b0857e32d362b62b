/**
 * Assembles per-country entries that measure one concept into one three-country catalog entry
 * (`by_country`: each country's level, year and source), so a planner opens one "Emigrants per
 * 1,000 residents" map for the region instead of three per-country layers. The entry's `level` is
 * the coarsest of its parts (a department figure anywhere makes it `department`: it never
 * overstates), and its description says where the definitions differ. Values are not rescaled or
 * mixed: each country's rows keep their own source's numbers, to be compared within the country.
 */
import type { Bilingual, CountryCode, CountryEvidence } from '../../src/lib/data/schema.ts';
import type { CatalogDraft } from './catalog-entry.ts';
import type { IndicatorRow } from './types.ts';

interface Assembly {
  id: string;
  label: Bilingual;
  description: Bilingual;
  unit: Bilingual;
  /** The per-country entry each country's values come from. */
  parts: Partial<Record<CountryCode, string>>;
}

const COUNTRY_ORDER: readonly CountryCode[] = ['GT', 'HN', 'SV'];

const COMPARE: Bilingual = {
  en: 'One concept from three sources with different windows and instruments: compare municipios within a country, not across countries.',
  es: 'Un mismo concepto de tres fuentes con periodos e instrumentos distintos: compare municipios dentro de un país, no entre países.',
};

/** The three-country migration entries. */
export const ASSEMBLIES: readonly Assembly[] = [
  {
    id: 'emigrants_per_1000',
    label: { en: 'Emigrants per 1,000 residents', es: 'Emigrantes por 1.000 habitantes' },
    description: {
      en:
        'Emigrants reported by their households of origin, per 1,000 residents. Guatemala: household members who emigrated abroad in 2002–2018 and had not returned (Censo 2018), a DEPARTMENT figure shown on each of its municipios. ' +
        'Honduras: household members living abroad as emigrants, estimated by the 2023 migration and remittances survey (representative by department; the tabulation states no departure window), a DEPARTMENT figure shown on each of its municipios. ' +
        'El Salvador: household members who emigrated in 2014–2024 and had not returned (Censo 2024), by municipio. ' +
        `The windows differ (16 years, the survey's, 10 years). ${COMPARE.en}`,
      es:
        'Emigrantes declarados por sus hogares de origen, por 1.000 habitantes. Guatemala: miembros del hogar que emigraron al extranjero en 2002–2018 y no han regresado (Censo 2018), dato DEPARTAMENTAL mostrado en cada uno de sus municipios. ' +
        'Honduras: miembros del hogar que viven en el extranjero como emigrantes, estimados por la encuesta de migración y remesas 2023 (representativa por departamento; la tabulación no indica el periodo de salida), dato DEPARTAMENTAL mostrado en cada uno de sus municipios. ' +
        'El Salvador: miembros del hogar que emigraron en 2014–2024 y no han regresado (Censo 2024), por municipio. ' +
        `Los periodos difieren (16 años, el de la encuesta, 10 años). ${COMPARE.es}`,
    },
    unit: { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
    parts: { GT: 'gt_dept_emigrants_per_1000', HN: 'hn_dept_emigrants_per_1000', SV: 'sv_emigrants_per_1000' },
  },
  {
    id: 'households_emigrants_pct',
    label: { en: 'Households with emigrants', es: 'Hogares con emigrantes' },
    description: {
      en:
        'Share of households with at least one member who emigrated abroad. Guatemala: since 2002 (Censo 2018), a DEPARTMENT figure shown on each of its municipios. ' +
        'Honduras: 2023 migration and remittances survey, a DEPARTMENT figure shown on each of its municipios. El Salvador: 2014–2024 (Censo 2024), by municipio. ' +
        COMPARE.en,
      es:
        'Porcentaje de hogares con al menos un miembro que emigró al extranjero. Guatemala: desde 2002 (Censo 2018), dato DEPARTAMENTAL mostrado en cada uno de sus municipios. ' +
        'Honduras: encuesta de migración y remesas 2023, dato DEPARTAMENTAL mostrado en cada uno de sus municipios. El Salvador: 2014–2024 (Censo 2024), por municipio. ' +
        COMPARE.es,
    },
    unit: { en: '% of households', es: '% de hogares' },
    parts: { GT: 'gt_dept_households_emigrants_pct', HN: 'hn_dept_households_emigrants_pct', SV: 'sv_households_emigrants_pct' },
  },
  {
    id: 'households_remittances_pct',
    label: { en: 'Households receiving remittances', es: 'Hogares que reciben remesas' },
    description: {
      en:
        'Share of households that receive remittances from abroad. Guatemala: Censo 2018, a DEPARTMENT figure shown on each of its municipios. Honduras: 2023 migration and remittances survey, a DEPARTMENT figure shown on each of its municipios. ' +
        `El Salvador: Censo 2024, by municipio. ${COMPARE.en}`,
      es:
        'Porcentaje de hogares que reciben remesas del exterior. Guatemala: Censo 2018, dato DEPARTAMENTAL mostrado en cada uno de sus municipios. Honduras: encuesta de migración y remesas 2023, dato DEPARTAMENTAL mostrado en cada uno de sus municipios. ' +
        `El Salvador: Censo 2024, por municipio. ${COMPARE.es}`,
    },
    unit: { en: '% of households', es: '% de hogares' },
    parts: { GT: 'gt_dept_households_remittances_pct', HN: 'hn_dept_households_remittances_pct', SV: 'sv_households_remittances_pct' },
  },
];

/**
 * Replaces each assembly's parts by one entry and renames their rows. Throws when a part is
 * missing, measures another country than the one it stands for, or is not a migration entry of
 * the same direction and unit as the others.
 */
export function assembleByCountry(
  rows: readonly IndicatorRow[],
  catalog: readonly CatalogDraft[],
  assemblies: readonly Assembly[] = ASSEMBLIES,
): { rows: IndicatorRow[]; catalog: CatalogDraft[] } {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const rename = new Map<string, string>();
  const made = new Map<string, CatalogDraft>();
  for (const a of assemblies) {
    const countries = COUNTRY_ORDER.filter((c) => a.parts[c]);
    const parts = countries.map((c) => {
      const id = a.parts[c]!;
      const e = byId.get(id);
      if (!e) throw new Error(`${a.id}: part ${id} is not in the catalog`);
      if (e.countries.length !== 1 || e.countries[0] !== c) throw new Error(`${a.id}: part ${id} measures ${e.countries.join('/')}, not ${c}`);
      if (e.unit.en !== a.unit.en) throw new Error(`${a.id}: part ${id} is in "${e.unit.en}", not "${a.unit.en}"`);
      rename.set(id, a.id);
      return e;
    });
    const first = parts[0];
    for (const p of parts) {
      if (p.pillar !== first.pillar || p.direction !== first.direction) throw new Error(`${a.id}: parts differ in pillar or direction (${p.id})`);
    }
    const by_country: Partial<Record<CountryCode, CountryEvidence>> = {};
    countries.forEach((c, i) => {
      by_country[c] = { level: parts[i].level, year: parts[i].year, source_id: parts[i].source_id, source: parts[i].source };
    });
    made.set(a.id, {
      id: a.id,
      label: a.label,
      description: a.description,
      pillar: first.pillar,
      direction: first.direction,
      unit: a.unit,
      level: parts.some((p) => p.level === 'department') ? 'department' : 'municipio',
      year: countries.map((c, i) => `${c} ${parts[i].year}`).join('; '),
      countries: [...countries],
      source: countries.map((c, i) => `${c}: ${parts[i].source}`).join('; '),
      licence: [...new Set(parts.map((p) => p.licence))].join('; '),
      // The first country's source; `by_country` carries each country's.
      source_id: first.source_id,
      by_country,
    });
  }
  // The assembled entry takes the place of its first part, so the catalog order stays by pillar.
  const out: CatalogDraft[] = [];
  for (const e of catalog) {
    const to = rename.get(e.id);
    if (!to) out.push(e);
    else if (made.has(to)) {
      out.push(made.get(to)!);
      made.delete(to);
    }
  }
  return { rows: rows.map((r) => (rename.has(r.indicator_id) ? { ...r, indicator_id: rename.get(r.indicator_id)! } : r)), catalog: out };
}
