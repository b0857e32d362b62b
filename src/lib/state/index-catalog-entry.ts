/**
 * The targeting index dressed as a catalog entry, so the map, legend and tooltip show it like any
 * indicator: its label, what its numbers are (by the spec's normalisation and aggregation) and
 * where it comes from.
 */
import type { Aggregation, NormMethod, NormScope } from '../analysis/composite-types.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import type { Bilingual, CatalogEntry } from '../data/schema.ts';

const SOURCE: Bilingual = {
  en: 'focal, computed from the sources listed under “About the data”',
  es: 'focal, calculado a partir de las fuentes de «Acerca de los datos»',
};

/** Id of the index on the map; no catalog indicator uses it. */
export const INDEX_ENTRY_ID = '__targeting_index';

/** The words of each normalisation scope (a new scope fails to compile until it has them). */
const WITHIN: Record<NormScope, Bilingual> = {
  country: { en: 'within each country', es: 'dentro de cada país' },
  region: { en: 'across the region', es: 'en toda la región' },
};

/** The words of each aggregation. */
const MEAN: Record<Aggregation, Bilingual> = {
  arithmetic: { en: 'weighted mean', es: 'media ponderada' },
  geometric: { en: 'geometric mean', es: 'media geométrica' },
};

function scoreUnit(spec: IndexSpec): Bilingual {
  const { method, range, scope } = spec.normalisation;
  const within = WITHIN[scope];
  const mean = MEAN[spec.aggregation];
  const scales: Record<NormMethod, Bilingual> = {
    minmax: { en: `score ${range[0]}–${range[1]}`, es: `puntaje ${range[0]}–${range[1]}` },
    zscore: { en: 'score in standard deviations', es: 'puntaje en desviaciones estándar' },
    rank: { en: 'percentile score 0–100', es: 'puntaje percentil 0–100' },
  };
  const scale = scales[method];
  return { en: `${scale.en}, ${mean.en}, ${within.en}`, es: `${scale.es}, ${mean.es}, ${within.es}` };
}

/**
 * A catalog entry for the index of `spec`: every country, municipio level, higher = more need; its
 * `source` (a plain string in the catalog) in `lang`.
 */
export function indexCatalogEntry(spec: IndexSpec, lang: 'en' | 'es' = 'en'): CatalogEntry {
  return {
    id: INDEX_ENTRY_ID,
    label: { en: 'Targeting index', es: 'Índice de focalización' },
    description: {
      en: 'Weighted combination of migration pressure and the five root-cause pillars; higher means more need.',
      es: 'Combinación ponderada de la presión migratoria y los cinco pilares de causas; más alto significa más necesidad.',
    },
    pillar: 'context',
    direction: 1,
    unit: scoreUnit(spec),
    level: 'municipio',
    // No reference year of its own: the legend and tooltip show none.
    year: '',
    countries: ['GT', 'HN', 'SV'],
    source: SOURCE[lang],
    licence: '',
    source_id: '',
    // A composite of many indicators: it informs no one line of effort of its own.
    loe: [],
  };
}
