/**
 * Honduras indicators: the 2023 migration and remittances survey (INE Honduras, survey-weighted),
 * and INE's municipal population projection (the denominator of per-capita figures).
 * The survey is representative by DEPARTMENT only: each figure is a department value, written on
 * every municipio of the department and marked `level: 'department'` in the catalog. No
 * municipal value is invented.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/data/schema.ts';
import { catalogEntry, type CatalogDraft } from './catalog-entry.ts';
import { joinOnCode } from './code-name-check.ts';
import { col, numCol, readCsv } from './csv.ts';
import { RowSink, ratio, type IndicatorSet } from './indicator-set.ts';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import type { BuildContext } from './types.ts';

const DEPT_NOTE: Bilingual = {
  en: 'A DEPARTMENT figure from a survey representative by department, shown on each of its municipios; not a municipal measurement.',
  es: 'Dato DEPARTAMENTAL de una encuesta representativa por departamento, mostrado en cada uno de sus municipios; no es una medición municipal.',
};

const entry = (id: string, label: Bilingual, what: Bilingual, unit: Bilingual) =>
  catalogEntry({
    id,
    label,
    description: { en: `${what.en} ${DEPT_NOTE.en}`, es: `${what.es} ${DEPT_NOTE.es}` },
    pillar: 'migration',
    direction: 1,
    unit,
    level: 'department',
    year: '2023',
    countries: ['HN'],
    source_id: 'ine_hnd_migration_survey2023',
  });

/** All Honduras indicators. */
export function hondurasIndicators(ctx: BuildContext): IndicatorSet {
  const sink = new RowSink();
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'hnd_migration_survey2023_dept.csv'));
  const depts = new Map<string, string>();
  for (const u of ctx.units) if (u.country === 'HN') depts.set(u.dept_code, u.dept_name);
  const seen = new Set<string>();
  for (const r of rows) {
    const dept = col(r, 'depto').padStart(2, '0');
    const name = depts.get(dept);
    if (!name) throw new Error(`HN survey: unknown department ${dept}`);
    if (normName(name) !== normName(col(r, 'depto_name'))) throw new Error(`HN survey: department ${dept} is "${col(r, 'depto_name')}", units say "${name}"`);
    if (col(r, 'munic') !== '00') throw new Error(`HN survey: expected department rows (munic 00), found ${col(r, 'munic')}`);
    if (seen.has(dept)) throw new Error(`HN survey: two rows for department ${dept}`);
    seen.add(dept);
    const pop = numCol(r, 'poblacion_total');
    sink.addDepartment(ctx.units, 'HN', dept, 'hn_dept_emigrants_per_1000', ratio(numCol(r, 'total_emigrants_household'), pop, 1000));
    sink.addDepartment(ctx.units, 'HN', dept, 'hn_dept_households_emigrants_pct', numCol(r, 'pct_households_with_emigrants'));
    sink.addDepartment(ctx.units, 'HN', dept, 'hn_dept_households_remittances_pct', numCol(r, 'pct_households_receiving_remittances'));
  }
  if (seen.size !== depts.size) throw new Error(`HN survey: ${seen.size} of ${depts.size} departments`);
  const population = hondurasPopulation(ctx, sink);

  const catalog = [
    entry(
      'hn_dept_emigrants_per_1000',
      { en: 'Emigrants (department, survey 2023)', es: 'Emigrantes (departamento, encuesta 2023)' },
      {
        en: 'Household members living abroad as emigrants, per 1,000 residents, estimated by the 2023 migration and remittances survey.',
        es: 'Miembros del hogar que viven en el extranjero como emigrantes, por 1.000 habitantes, estimados por la encuesta de migración y remesas 2023.',
      },
      { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
    ),
    entry(
      'hn_dept_households_emigrants_pct',
      { en: 'Households with emigrants (department, survey 2023)', es: 'Hogares con emigrantes (departamento, encuesta 2023)' },
      {
        en: 'Share of households with at least one member who emigrated abroad (2023 survey).',
        es: 'Porcentaje de hogares con al menos un miembro que emigró al extranjero (encuesta 2023).',
      },
      { en: '% of households', es: '% de hogares' },
    ),
    entry(
      'hn_dept_households_remittances_pct',
      { en: 'Households receiving remittances (department, survey 2023)', es: 'Hogares que reciben remesas (departamento, encuesta 2023)' },
      {
        en: 'Share of households that receive remittances from abroad (2023 survey).',
        es: 'Porcentaje de hogares que reciben remesas del exterior (encuesta 2023).',
      },
      { en: '% of households', es: '% de hogares' },
    ),
    population,
  ];
  return { rows: sink.rows, catalog };
}

/** Year of the INE projection used as Honduras' population (the file has 2020–2025). */
export const HN_POPULATION_YEAR = '2024';
/** National total of the 2023 column, against INE's published 9,745,149 (the file's notes). */
export const HN_POPULATION_2023_TOTAL = 9_745_140;

/**
 * INE Honduras population projections for the 298 municipios (Censo 2013 based), year
 * {@link HN_POPULATION_YEAR}: the denominator of per-capita figures in Honduras. Joined on the INE
 * code with the source's own name checked ({@link joinOnCode}); all 298 required.
 *
 * The source's 0205 Sabá (5,265 in 2024) and 0207 Santa Rosa de Aguán (48,604) look swapped
 * (Santa Rosa de Aguán is a small coastal municipio, and the source's own size category is A for
 * Sabá, C for Santa Rosa de Aguán). Checked against another INE figure, the sum of the EPHPM 2018
 * expansion factors by municipio: 11,083 for code 0205 and 46,045 for 0207, which agrees with the
 * projections as keyed. The evidence conflicts, so the values are kept as published and the doubt
 * is logged and stated in the description.
 */
function hondurasPopulation(ctx: BuildContext, sink: RowSink): CatalogDraft {
  const rows = readCsv(join(ctx.rawDir, 'additions', 'hnd_ine_population_projection_2020_2025_298.csv'));
  const targets = ctx.units.filter((u) => u.country === 'HN').map((u) => ({ key: u.ine_code, group: u.dept_code, name: u.name, id: u.unit_id }));
  const ids = joinOnCode(
    'ine_hnd_population_projection',
    rows.map((r) => ({ code: col(r, 'muni_code_ine'), group: col(r, 'depto_code'), name: col(r, 'municipio_in_source') })),
    targets,
    ctx.log,
  );
  if (rows.length !== targets.length) throw new Error(`HN population: ${rows.length} rows for ${targets.length} municipios`);
  let total2023 = 0;
  rows.forEach((r, i) => {
    total2023 += numCol(r, 'pob_2023') ?? NaN;
    sink.add(ids[i]!, 'hn_population', numCol(r, `pob_${HN_POPULATION_YEAR}`));
  });
  if (total2023 !== HN_POPULATION_2023_TOTAL) throw new Error(`HN population: 2023 sums to ${total2023}, expected ${HN_POPULATION_2023_TOTAL}`);
  const ephpm = new Map(
    readCsv(join(ctx.rawDir, 'additions', 'hnd_ephpm2018_municipal_direct_estimates_SMALL_SAMPLE.csv')).map((r) => [col(r, 'muni_code_ine'), numCol(r, 'pop_weighted_sum')]),
  );
  const flagged = rows.filter((r) => col(r, 'flag') !== '');
  for (const r of flagged) {
    const code = col(r, 'muni_code_ine');
    ctx.log(
      `HN population: ${code} ${col(r, 'municipio_ine')} flagged in the source (${col(r, 'flag')}): projection ${HN_POPULATION_YEAR} ${col(r, `pob_${HN_POPULATION_YEAR}`)}, EPHPM 2018 expansion factors ${ephpm.get(code) ?? 'n/a'}; kept as published`,
    );
  }
  if (flagged.map((r) => col(r, 'muni_code_ine')).join() !== '0205,0207') throw new Error('HN population: the flagged rows changed; review the Sabá / Santa Rosa de Aguán note');
  return catalogEntry({
    id: 'hn_population',
    label: { en: `Population (INE projection ${HN_POPULATION_YEAR})`, es: `Población (proyección INE ${HN_POPULATION_YEAR})` },
    description: {
      en:
        `Population projected by INE Honduras for ${HN_POPULATION_YEAR} (projections 2020–2025 based on the 2013 census), all 298 municipios; national total 9,892,623. ` +
        'Caution, unresolved: the figures of Sabá (5,265) and Santa Rosa de Aguán (48,604), both in Colón, may be swapped: the source\'s own size category (Sabá A, Santa Rosa de Aguán C) points that way, while the sum of INE\'s EPHPM 2018 expansion factors by municipio (11,083 and 46,045) agrees with them as published. Kept as published.',
      es:
        `Población proyectada por el INE de Honduras para ${HN_POPULATION_YEAR} (proyecciones 2020–2025 basadas en el censo de 2013), los 298 municipios; total nacional 9.892.623. ` +
        'Precaución, sin resolver: las cifras de Sabá (5.265) y Santa Rosa de Aguán (48.604), ambos en Colón, podrían estar intercambiadas: la categoría de tamaño de la propia fuente (Sabá A, Santa Rosa de Aguán C) lo sugiere, mientras que la suma de los factores de expansión de la EPHPM 2018 del INE por municipio (11.083 y 46.045) concuerda con ellas tal como se publican. Se mantienen como se publican.',
    },
    pillar: 'context',
    direction: 0,
    unit: { en: 'persons', es: 'personas' },
    level: 'municipio',
    year: HN_POPULATION_YEAR,
    countries: ['HN'],
    source_id: 'ine_hnd_population_projection',
  });
}
