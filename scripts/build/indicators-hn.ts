/**
 * Honduras indicators: the 2023 migration and remittances survey (INE Honduras, survey-weighted).
 * The survey is representative by DEPARTMENT only: each figure is a department value, written on
 * every municipio of the department and marked `level: 'department'` in the catalog. No
 * municipal value is invented.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/data/schema.ts';
import { catalogEntry } from './catalog-entry.ts';
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
  ];
  return { rows: sink.rows, catalog };
}
