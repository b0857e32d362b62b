/**
 * El Salvador indicators from the 2024 census by the 44 municipios of the 2024 reform.
 *
 * The summary file's `depto_name`/`munic_name` are WRONG from department 06 on (and its census
 * `munic` codes are alphabetical within the department, not Hacienda codes), so rows are joined
 * on `depto_name_inferred` + `munic_name_inferred` to the 2024 unit names: exact after accent and
 * case normalisation, all 44 required. Row depto 15 is population the census could not place
 * (107,055): not a unit, kept out of the rows, but part of the national total.
 */
import { join } from 'node:path';
import type { Bilingual, Pillar } from '../../src/lib/data/schema.ts';
import { catalogEntry } from './catalog-entry.ts';
import { col, numCol, readCsv, type CsvRow } from './csv.ts';
import { RowSink, ratio, type IndicatorSet } from './indicator-set.ts';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import type { SourceId } from './sources.ts';
import type { BuildContext } from './types.ts';

/** National population of the 2024 census (including the unplaced). */
export const SV_CENSUS_2024_TOTAL = 6_029_976;
/** Population the census could not place in a municipio (summary row depto 15). */
export const SV_CENSUS_2024_UNPLACED = 107_055;
/** The census department code of the unplaced population. */
const UNPLACED_DEPTO = '15';

/**
 * Years of departure shown by year: 2014–2023. The census was taken in 2024, so 2024's departures
 * are only those before the count (12,529 against 34,168 in 2023): a part-year, left out of the
 * series rather than shown as a fall.
 */
const DEPARTURE_YEARS = { first: 2014, last: 2023 } as const;

/** Census cause code of emigrants who left because of insecurity or violence. */
const CAUSE_VIOLENCE = 'insecurity_violence';

/** Maps each summary/detail row to a 2024 unit id through the inferred names. */
function svUnitKey(ctx: BuildContext): (row: CsvRow) => string | null {
  const byName = new Map<string, string>();
  for (const u of ctx.units) if (u.country === 'SV') byName.set(`${normName(u.dept_name)}|${normName(u.name)}`, u.unit_id);
  return (row) => byName.get(`${normName(col(row, 'depto_name_inferred'))}|${normName(col(row, 'munic_name_inferred'))}`) ?? null;
}

interface Spec {
  id: string;
  pillar: Pillar;
  direction: 1 | -1 | 0;
  label: Bilingual;
  description: Bilingual;
  unit: Bilingual;
  year: string;
  source_id: SourceId;
  part_of?: string;
}

const SPECS: Spec[] = [
  {
    id: 'sv_emigrants_per_1000',
    pillar: 'migration',
    direction: 1,
    label: { en: 'Emigrants 2014–2024', es: 'Emigrantes 2014–2024' },
    description: {
      en: 'Household members who emigrated abroad between 2014 and 2024 and had not returned, per 1,000 residents, as reported by households in the 2024 census.',
      es: 'Miembros del hogar que emigraron al extranjero entre 2014 y 2024 y no han regresado, por 1.000 habitantes, según los hogares en el Censo 2024.',
    },
    unit: { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
    year: '2014–2024',
    source_id: 'digestyc_slv_census2024',
  },
  {
    id: 'sv_emigrants_departed_per_1000',
    pillar: 'migration',
    direction: 1,
    label: { en: 'Emigrants by year of departure', es: 'Emigrantes por año de salida' },
    description: {
      en: 'Household members who emigrated abroad in the year and had not returned, per 1,000 residents counted in 2024, as reported by households in the 2024 census; by year 2014–2023 (2024, a part-year before the census, is left out). Earlier years are under-counted: the longer ago someone left, the less likely a household still reports them.',
      es: 'Miembros del hogar que emigraron al extranjero en el año y no han regresado, por 1.000 habitantes censados en 2024, según los hogares en el Censo 2024; por año 2014–2023 (2024, un año parcial antes del censo, queda fuera). Los primeros años están subestimados: cuanto más tiempo hace que alguien salió, menos probable es que un hogar aún lo declare.',
    },
    unit: { en: 'per 1,000 residents (2024)', es: 'por 1.000 habitantes (2024)' },
    year: '2023',
    source_id: 'digestyc_slv_census2024_emigrants',
    part_of: 'emigrants_per_1000',
  },
  {
    id: 'sv_households_emigrants_pct',
    pillar: 'migration',
    direction: 1,
    label: { en: 'Households with emigrants', es: 'Hogares con emigrantes' },
    description: {
      en: 'Share of households with at least one member who emigrated abroad between 2014 and 2024 (Censo 2024).',
      es: 'Porcentaje de hogares con al menos un miembro que emigró al extranjero entre 2014 y 2024 (Censo 2024).',
    },
    unit: { en: '% of households', es: '% de hogares' },
    year: '2014–2024',
    source_id: 'digestyc_slv_census2024',
  },
  {
    id: 'sv_households_remittances_pct',
    pillar: 'migration',
    direction: 1,
    label: { en: 'Households receiving remittances', es: 'Hogares que reciben remesas' },
    description: {
      en: 'Share of households that receive remittances from abroad (Censo 2024).',
      es: 'Porcentaje de hogares que reciben remesas del exterior (Censo 2024).',
    },
    unit: { en: '% of households', es: '% de hogares' },
    year: '2024',
    source_id: 'digestyc_slv_census2024',
  },
  {
    id: 'sv_emigrants_violence_pct',
    pillar: 'IV',
    direction: 1,
    label: { en: 'Emigrants who left because of violence', es: 'Emigrantes que salieron por violencia' },
    description: {
      en: 'Share of the 2014–2024 emigrants whose household gave insecurity or violence as the main cause of departure (Censo 2024). Filed under pillar IV: it measures violence as a driver of migration, next to the direct violence score.',
      es: 'Porcentaje de los emigrantes 2014–2024 cuyo hogar declaró la inseguridad o la violencia como causa principal de la salida (Censo 2024). En el pilar IV: mide la violencia como motor de la migración, junto al puntaje directo de violencia.',
    },
    unit: { en: '% of emigrants 2014–2024', es: '% de los emigrantes 2014–2024' },
    year: '2014–2024',
    source_id: 'digestyc_slv_census2024_emigrants',
  },
  {
    id: 'sv_population',
    pillar: 'context',
    direction: 0,
    label: { en: 'Population (Censo 2024)', es: 'Población (Censo 2024)' },
    description: {
      en: 'Resident population counted by the 2024 census in each of the 44 municipios. The national total, 6,029,976, also includes 107,055 people the census could not place in a municipio, which no municipio shows.',
      es: 'Población residente según el Censo 2024 en cada uno de los 44 municipios. El total nacional, 6.029.976, incluye además 107.055 personas que el censo no pudo ubicar en un municipio y que ningún municipio muestra.',
    },
    unit: { en: 'persons', es: 'personas' },
    year: '2024',
    source_id: 'digestyc_slv_census2024',
  },
];

/** All El Salvador census indicators. */
export function elSalvadorIndicators(ctx: BuildContext): IndicatorSet {
  const sink = new RowSink();
  const key = svUnitKey(ctx);
  const svUnits = ctx.units.filter((u) => u.country === 'SV');

  // Summary: one row per 2024 municipio plus the unplaced row.
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'slv_census2024_municipio44_summary.csv'));
  let national = 0;
  let unplaced = 0;
  const seen = new Set<string>();
  const emigrants = new Map<string, number | null>();
  const population = new Map<string, number | null>();
  for (const r of rows) {
    const pop = numCol(r, 'poblacion_total');
    national += pop ?? 0;
    if (col(r, 'depto') === UNPLACED_DEPTO) {
      unplaced += pop ?? 0;
      continue;
    }
    const id = key(r);
    if (!id) throw new Error(`SV census: "${col(r, 'depto_name_inferred')} / ${col(r, 'munic_name_inferred')}" matches no 2024 municipio`);
    if (seen.has(id)) throw new Error(`SV census: two rows for ${id}`);
    seen.add(id);
    sink.add(id, 'sv_population', pop);
    population.set(id, pop);
    emigrants.set(id, numCol(r, 'total_emigrants_household'));
    sink.add(id, 'sv_emigrants_per_1000', ratio(numCol(r, 'total_emigrants_household'), pop, 1000));
    sink.add(id, 'sv_households_emigrants_pct', numCol(r, 'pct_households_with_emigrants'));
    sink.add(id, 'sv_households_remittances_pct', numCol(r, 'pct_households_receiving_remittances'));
  }
  if (seen.size !== svUnits.length) {
    const missing = svUnits.filter((u) => !seen.has(u.unit_id)).map((u) => u.unit_id);
    throw new Error(`SV census: ${seen.size} of ${svUnits.length} municipios matched; missing ${missing.join(', ')}`);
  }
  if (national !== SV_CENSUS_2024_TOTAL) throw new Error(`SV census: population sums to ${national}, expected ${SV_CENSUS_2024_TOTAL}`);
  if (unplaced !== SV_CENSUS_2024_UNPLACED) throw new Error(`SV census: unplaced population ${unplaced}, expected ${SV_CENSUS_2024_UNPLACED}`);
  ctx.log(
    `notes: SV Censo 2024 national population ${national} = ${national - unplaced} in the 44 municipios + ${unplaced} not placed in any municipio (row depto ${UNPLACED_DEPTO}, kept out of the map, counted in the national total)`,
  );

  // Detail: emigrants by cause → share who left because of insecurity/violence.
  const detail = readCsv(join(ctx.rawDir, 'indicators', 'slv_census2024_emigrants_detail.csv'));
  const all = new Map<string, number>();
  const violence = new Map<string, number>();
  const byYear = new Map<string, number>(); // `${id}|${year}` → emigrants
  for (const r of detail) {
    const id = key(r);
    if (!id) throw new Error(`SV emigrants detail: "${col(r, 'munic_name_inferred')}" matches no 2024 municipio`);
    const n = numCol(r, 'emigrants');
    if (n === null) continue;
    all.set(id, (all.get(id) ?? 0) + n);
    if (col(r, 'cause') === CAUSE_VIOLENCE) violence.set(id, (violence.get(id) ?? 0) + n);
    const year = Number(col(r, 'year_departure'));
    if (year >= DEPARTURE_YEARS.first && year <= DEPARTURE_YEARS.last) byYear.set(`${id}|${year}`, (byYear.get(`${id}|${year}`) ?? 0) + n);
  }
  // Every municipio gets every year: a year without a reported departure is 0 emigrants, a count
  // the census made, not a missing value.
  for (const u of svUnits) {
    for (let year: number = DEPARTURE_YEARS.first; year <= DEPARTURE_YEARS.last; year++) {
      const rate = ratio(byYear.get(`${u.unit_id}|${year}`) ?? 0, population.get(u.unit_id) ?? null, 1000);
      sink.addYear(u.unit_id, 'sv_emigrants_departed_per_1000', year, rate);
      if (year === DEPARTURE_YEARS.last) sink.add(u.unit_id, 'sv_emigrants_departed_per_1000', rate);
    }
  }
  for (const [id, n] of [...all].sort()) {
    if (emigrants.get(id) !== n) ctx.log(`SV emigrants detail: ${id} detail total ${n} ≠ summary ${emigrants.get(id)}`);
    sink.add(id, 'sv_emigrants_violence_pct', ratio(violence.get(id) ?? 0, n, 100));
  }

  const catalog = SPECS.map((s) => catalogEntry({ ...s, level: 'municipio', countries: ['SV'] }));
  return { rows: sink.rows, yearRows: sink.yearRows, catalog };
}
