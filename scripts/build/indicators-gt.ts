/**
 * Guatemala indicators: A2SIT municipal indicators (UNHCR), the IFPRI migration potential (USAID
 * EDA), Censo 2018 population and return migration, the SEGEPLAN ranking, and the Censo 2018
 * department figures on households with emigrants.
 */
import { join } from 'node:path';
import type { Bilingual, Pillar } from '../../src/lib/data/schema.ts';
import { catalogEntry } from './catalog-entry.ts';
import { col, numCol, parseNumber, readCsv, type CsvRow } from './csv.ts';
import { joinGtRows } from './gt-code-join.ts';
import { RowSink, ratio, type IndicatorSet } from './indicator-set.ts';
import { resolveDepartment } from '../../src/lib/data/join/resolve-department.ts';
import type { SourceId } from './sources.ts';
import type { BuildContext } from './types.ts';

/** Population total the Censo 2018 table must add up to. */
export const GT_CENSUS_2018_TOTAL = 14_901_286;

/** A2SIT years: compiled about 2022–23 from national sources of various years. */
const A2SIT_YEAR = 'compiled 2022–2023';

interface A2sitSpec {
  id: string;
  column: string;
  pillar: Pillar;
  /** Multiply the raw value (shares 0–1 → %). */
  scale: number;
  /** Values outside this closed range (after scaling) are impossible and dropped. */
  valid?: [number, number];
  label: string;
  description: Bilingual;
  unit: Bilingual;
  year?: string;
}

const PER_100K: Bilingual = { en: 'per 100,000 residents', es: 'por 100.000 habitantes' };

/** The A2SIT columns used, in catalog order. Spanish labels come from the A2SIT dictionary. */
const A2SIT: A2sitSpec[] = [
  {
    id: 'gt_deportees_rate',
    column: 'Deportadas',
    pillar: 'migration',
    scale: 1,
    label: 'Deported and returned persons (rate)',
    description: {
      en: 'Persons deported or returned to Guatemala, by municipio of origin, per 100,000 residents (A2SIT "Deportadas"; the dictionary gives no denominator, the values match a rate per 100,000).',
      es: 'Personas deportadas o retornadas a Guatemala, por municipio de origen, por 100.000 habitantes (A2SIT "Deportadas"; el diccionario no indica el denominador, los valores corresponden a una tasa por 100.000).',
    },
    unit: PER_100K,
  },
  {
    id: 'gt_poverty_pct',
    column: 'Pobreza',
    pillar: 'I',
    scale: 100,
    valid: [0, 100],
    label: 'Poverty rate',
    description: {
      en: 'Share of the population living in poverty (A2SIT "Pobreza", published as a share 0–1, shown here in %).',
      es: 'Porcentaje de la población en situación de pobreza (A2SIT "Pobreza", publicado como proporción 0–1, aquí en %).',
    },
    unit: { en: '% of population', es: '% de la población' },
  },
  {
    id: 'gt_gdp_per_capita',
    column: 'PIB',
    pillar: 'I',
    scale: 1,
    valid: [0, Infinity],
    label: 'GDP per capita',
    description: {
      en: 'Municipal GDP per person in 2021, US dollars per year (A2SIT "PIB"); higher means less need.',
      es: 'PIB municipal por habitante en 2021, dólares por año (A2SIT "PIB"); un valor más alto indica menos necesidad.',
    },
    unit: { en: 'US$ per person per year', es: 'US$ por habitante al año' },
    year: '2021',
  },
  {
    id: 'gt_food_insecurity_index',
    column: 'InsegAlim',
    pillar: 'I',
    scale: 1,
    valid: [0, 10],
    label: 'Food and nutrition insecurity vulnerability',
    description: {
      en: 'Index of vulnerability to food and nutrition insecurity, 0 (least) to 10 (most vulnerable) (A2SIT "InsegAlim").',
      es: 'Índice de vulnerabilidad a la inseguridad alimentaria y nutricional, de 0 (menor) a 10 (mayor) (A2SIT "InsegAlim").',
    },
    unit: { en: 'index 0–10', es: 'índice 0–10' },
  },
  {
    id: 'gt_unemployment_pct',
    column: 'Desemp',
    pillar: 'I',
    scale: 100,
    valid: [0, 100],
    label: 'Adults without employment',
    description: {
      en: 'Share of people aged 18+ recorded as without employment (A2SIT "Desemp", share 0–1 shown in %). Its level (26–85%) shows it counts everyone without work, including the economically inactive: it is not the ILO unemployment rate.',
      es: 'Porcentaje de personas de 18 años o más registradas sin empleo (A2SIT "Desemp", proporción 0–1 aquí en %). Su nivel (26–85 %) indica que incluye a toda persona sin trabajo, también la población inactiva: no es la tasa de desempleo de la OIT.',
    },
    unit: { en: '% of people aged 18+', es: '% de personas de 18 años o más' },
  },
  {
    id: 'gt_gini',
    column: 'Gini',
    pillar: 'I',
    scale: 1,
    valid: [0, 1],
    label: 'Gini coefficient',
    description: {
      en: 'Gini coefficient of inequality, 0 (equal) to 1 (A2SIT "Gini"). The source has five values above 1 (Quetzaltenango coast), which are impossible for a Gini and are left out.',
      es: 'Coeficiente de Gini de desigualdad, de 0 (igualdad) a 1 (A2SIT "Gini"). La fuente trae cinco valores mayores que 1 (costa de Quetzaltenango), imposibles para un Gini, que se omiten.',
    },
    unit: { en: 'coefficient 0–1', es: 'coeficiente 0–1' },
  },
  {
    id: 'gt_mgmt_admin_index',
    column: 'GestAdmin',
    pillar: 'II',
    scale: 1,
    valid: [0, 1],
    label: 'Municipal administrative management',
    description: {
      en: 'SEGEPLAN index of the municipality\'s administrative management, 0–1; higher means better management, so less need (A2SIT "GestAdmin").',
      es: 'Índice de SEGEPLAN de gestión administrativa municipal, 0–1; un valor más alto indica mejor gestión y menos necesidad (A2SIT "GestAdmin").',
    },
    unit: { en: 'index 0–1', es: 'índice 0–1' },
  },
  {
    id: 'gt_mgmt_strategic_index',
    column: 'GestEstr',
    pillar: 'II',
    scale: 1,
    valid: [0, 1],
    label: 'Municipal strategic management',
    description: {
      en: 'SEGEPLAN index of the municipality\'s strategic management (planning), 0–1; higher means better management, so less need (A2SIT "GestEstr").',
      es: 'Índice de SEGEPLAN de gestión estratégica municipal (planificación), 0–1; un valor más alto indica mejor gestión y menos necesidad (A2SIT "GestEstr").',
    },
    unit: { en: 'index 0–1', es: 'índice 0–1' },
  },
  {
    id: 'gt_mgmt_financial_index',
    column: 'GestFin',
    pillar: 'II',
    scale: 1,
    valid: [0, 1],
    label: 'Municipal financial management',
    description: {
      en: 'SEGEPLAN index of the municipality\'s financial management, 0–1; higher means better management, so less need (A2SIT "GestFin").',
      es: 'Índice de SEGEPLAN de gestión financiera municipal, 0–1; un valor más alto indica mejor gestión y menos necesidad (A2SIT "GestFin").',
    },
    unit: { en: 'index 0–1', es: 'índice 0–1' },
  },
  {
    id: 'gt_public_services_index',
    column: 'ServPub',
    pillar: 'II',
    scale: 1,
    valid: [0, 1],
    label: 'Municipal public services management',
    description: {
      en: 'SEGEPLAN index of the municipality\'s management of public services, 0–1; higher means better services, so less need (A2SIT "ServPub").',
      es: 'Índice de SEGEPLAN de gestión de los servicios públicos municipales, 0–1; un valor más alto indica mejores servicios y menos necesidad (A2SIT "ServPub").',
    },
    unit: { en: 'index 0–1', es: 'índice 0–1' },
  },
  {
    id: 'gt_child_labour_pct',
    column: 'Trabinfant',
    pillar: 'III',
    scale: 100,
    valid: [0, 100],
    label: 'Child labour',
    description: {
      en: 'Share of children and adolescents who work (A2SIT "Trabinfant", share 0–1 shown in %).',
      es: 'Porcentaje de niñas, niños y adolescentes que realizan trabajo infantil (A2SIT "Trabinfant", proporción 0–1 aquí en %).',
    },
    unit: { en: '% of children and adolescents', es: '% de niñas, niños y adolescentes' },
  },
  {
    id: 'gt_crime_rate',
    column: 'Delitos',
    pillar: 'IV',
    scale: 1,
    valid: [0, Infinity],
    label: 'Crime rate',
    description: {
      en: 'Reported crimes in the municipio per 100,000 residents (A2SIT "Delitos").',
      es: 'Delitos registrados en el municipio por 100.000 habitantes (A2SIT "Delitos").',
    },
    unit: PER_100K,
  },
  {
    id: 'gt_violence_women_rate',
    column: 'ViolenciaMujer',
    pillar: 'V',
    scale: 1,
    valid: [0, Infinity],
    label: 'Violence against women',
    description: {
      en: 'Reported cases of violence against women per 100,000 residents (A2SIT "ViolenciaMujer").',
      es: 'Casos registrados de violencia contra las mujeres por 100.000 habitantes (A2SIT "ViolenciaMujer").',
    },
    unit: PER_100K,
  },
  {
    id: 'gt_domestic_violence_rate',
    column: 'IntraFamViolencia',
    pillar: 'V',
    scale: 1,
    valid: [0, Infinity],
    label: 'Domestic violence',
    description: {
      en: 'Reported cases of domestic (intra-family) violence per 100,000 residents (A2SIT "IntraFamViolencia").',
      es: 'Casos registrados de violencia intrafamiliar por 100.000 habitantes (A2SIT "IntraFamViolencia").',
    },
    unit: PER_100K,
  },
];

/**
 * Reads the A2SIT dictionary: code → Spanish name and direction (+1 worse when higher, −1 better
 * when higher). The file's last two columns are shifted: the ±1 direction sits under `group`
 * (PIB, GestAdmin, … are −1 there) while `direction` is 1 on every row. The build reads `group`
 * and checks that `direction` is constant, so a corrected file stops the build for a look.
 */
function readA2sitDictionary(rawDir: string): Map<string, { name: string; direction: 1 | -1 }> {
  const rows = readCsv(join(rawDir, 'indicators', 'gtm_a2sit_indicator_dictionary.csv'));
  const out = new Map<string, { name: string; direction: 1 | -1 }>();
  for (const r of rows) {
    const d = parseNumber(col(r, 'group'));
    if (d !== 1 && d !== -1) throw new Error(`A2SIT dictionary: bad direction (group column) for ${col(r, 'code')}`);
    if (parseNumber(col(r, 'direction')) !== 1) throw new Error('A2SIT dictionary: the direction column is no longer constant; re-check which column holds the direction');
    out.set(col(r, 'code'), { name: col(r, 'name_es'), direction: d });
  }
  return out;
}

/** Strips the A2SIT dictionary name of a trailing unit ("por 100.000 habitantes", "(% …)"). */
function spanishLabel(name: string): string {
  return name
    .replace(/\s+por 100\.000 habitantes$/i, '')
    .replace(/\s*\((% Población|US\$ al año|en quetzales)\)$/i, '')
    .replace(/\s+2021\b/, '')
    .trim();
}

function a2sit(ctx: BuildContext, sink: RowSink): IndicatorSet['catalog'] {
  const dict = readA2sitDictionary(ctx.rawDir);
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'gtm_a2sit_municipal_indicators.csv'));
  const ids = joinGtRows(
    'a2sit_gtm',
    rows.map((r) => ({ code: col(r, 'ine_muni_code'), name: col(r, 'Name') })),
    ctx.units,
    ctx.log,
  );
  // A2SIT's `admin2Pcode` is "GT" + its INE code, not OCHA's P-code (it says GT0206 beside
  // Sansare's values): checked as such, never used to join.
  rows.forEach((r) => {
    const p = col(r, 'admin2Pcode');
    if (p && p !== `GT${col(r, 'ine_muni_code').padStart(4, '0')}`) throw new Error(`A2SIT: admin2Pcode ${p} disagrees with code ${col(r, 'ine_muni_code')}`);
  });
  const catalog = [];
  for (const spec of A2SIT) {
    const d = dict.get(spec.column);
    if (!d) throw new Error(`A2SIT dictionary lacks ${spec.column}`);
    let dropped = 0;
    rows.forEach((r, i) => {
      const id = ids[i];
      const raw = numCol(r, spec.column);
      if (!id || raw === null) return;
      const v = raw * spec.scale;
      if (spec.valid && (v < spec.valid[0] || v > spec.valid[1])) {
        dropped++;
        return;
      }
      sink.add(id, spec.id, v);
    });
    if (dropped) ctx.log(`A2SIT ${spec.column}: ${dropped} value(s) outside [${spec.valid}] dropped as impossible`);
    catalog.push(
      catalogEntry({
        id: spec.id,
        label: { en: spec.label, es: spanishLabel(d.name) },
        description: spec.description,
        pillar: spec.pillar,
        direction: d.direction,
        unit: spec.unit,
        level: 'municipio',
        year: spec.year ?? A2SIT_YEAR,
        countries: ['GT'],
        source_id: 'a2sit_gtm',
      }),
    );
  }
  return catalog;
}

function ifpri(ctx: BuildContext, sink: RowSink): IndicatorSet['catalog'] {
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'gtm_ifpri_mpi_risk_2018.csv'));
  const depts = gtDepartments(ctx);
  const ids = joinGtRows(
    'usaid_gtm_eda_mpi',
    rows.map((r) => ({ code: col(r, 'ine_muni_code'), dept: resolveDepartment(col(r, 'dept'), depts) ?? undefined, name: col(r, 'muni') })),
    ctx.units,
    ctx.log,
  );
  const values = rows.map((r) => numCol(r, 'mpi_risk_pct'));
  // PROVENANCE.md calls this a share 0–1; the file holds percentages (0–93.3). Check, don't assume.
  const max = Math.max(...values.filter((v): v is number => v !== null));
  if (!(max > 1 && max <= 100)) throw new Error(`IFPRI mpi_risk_pct: expected percentages, max is ${max}`);
  rows.forEach((_, i) => {
    if (ids[i]) sink.add(ids[i], 'gt_migration_potential_pct', values[i]);
  });
  return [
    catalogEntry({
      id: 'gt_migration_potential_pct',
      label: { en: 'Migration potential (IFPRI MPI)', es: 'Potencial migratorio (IPM de IFPRI)' },
      description: {
        en: 'Share of households scoring medium or high on IFPRI\'s Migration Potential Index, 2018 ("MPI risk" in USAID/Guatemala\'s analysis; published in %, although PROVENANCE.md calls it a share).',
        es: 'Porcentaje de hogares con potencial migratorio medio o alto según el Índice de Potencial Migratorio de IFPRI, 2018 ("MPI risk" del análisis de USAID/Guatemala; publicado en %).',
      },
      pillar: 'migration',
      direction: 1,
      unit: { en: '% of households', es: '% de hogares' },
      level: 'municipio',
      year: '2018',
      countries: ['GT'],
      source_id: 'usaid_gtm_eda_mpi',
    }),
  ];
}

/** GT department code/name pairs from the units. */
function gtDepartments(ctx: BuildContext): { code: string; name: string }[] {
  const m = new Map<string, string>();
  for (const u of ctx.units) if (u.country === 'GT') m.set(u.dept_code, u.dept_name);
  return [...m].map(([code, name]) => ({ code, name }));
}

/** A census count cell: INE prints `-` for zero; accepted as 0 only when the row's parts add up. */
function censusCount(raw: string): number | null {
  return raw.trim() === '-' ? 0 : parseNumber(raw);
}

function census(ctx: BuildContext, sink: RowSink): IndicatorSet['catalog'] {
  const pop = readCsv(join(ctx.rawDir, 'indicators', 'gtm_census2018_population.csv'));
  const popIds = joinGtRows(
    'ine_gtm_census2018_population',
    pop.map((r) => ({ code: col(r, 'id_municipal'), dept: col(r, 'cod departamento'), name: col(r, 'municipio') })),
    ctx.units,
    ctx.log,
  );
  let total = 0;
  pop.forEach((r, i) => {
    const v = numCol(r, 'Poblacion total');
    if (v !== null) total += v;
    if (popIds[i]) sink.add(popIds[i], 'gt_population', v);
  });
  if (total !== GT_CENSUS_2018_TOTAL) throw new Error(`Censo 2018 population sums to ${total}, expected ${GT_CENSUS_2018_TOTAL}`);
  if (popIds.some((id) => !id)) throw new Error('Censo 2018 population: some rows have no unit');

  const res = readCsv(join(ctx.rawDir, 'indicators', 'gtm_census2018_residence_2013.csv'));
  const resIds = joinGtRows(
    'ine_gtm_census2018_residence2013',
    res.map((r) => ({ code: col(r, 'id_municipal'), dept: col(r, 'Cod. Departamento2'), name: colLoose(r, 'Municipio') })),
    ctx.units,
    ctx.log,
  );
  const parts = [
    'Residencia antes 2013 no habia nacido',
    'Residencia antes 2013 en el mismo municipio',
    'Residencia antes 2013 en otro municipio',
    'Residencia antes 2013 en otro pais',
    'Residencia antes 2013 no declarado7',
  ];
  let dashes = 0;
  res.forEach((r, i) => {
    const totalRow = numCol(r, 'Poblacion total');
    const cells = parts.map((p) => censusCount(colLoose(r, p)));
    if (cells.some((c) => c === null) || totalRow === null) return;
    const sum = (cells as number[]).reduce((a, b) => a + b, 0);
    if (sum !== totalRow) {
      ctx.log(`Censo 2018 residence 2013: row ${col(r, 'id_municipal')} parts ${sum} ≠ total ${totalRow}; no value`);
      return;
    }
    if (colLoose(r, parts[3]) === '-') dashes++;
    if (resIds[i]) sink.add(resIds[i], 'gt_return_migrants_per_1000', ratio(cells[3], totalRow, 1000));
  });
  if (dashes) ctx.log(`Censo 2018 residence 2013: ${dashes} municipio(s) print "-" (zero) for residence abroad; read as 0 because the row's parts add up to its total`);

  return [
    catalogEntry({
      id: 'gt_return_migrants_per_1000',
      label: { en: 'Return migrants (lived abroad in 2013)', es: 'Migrantes retornados (residían en otro país en 2013)' },
      description: {
        en: 'Residents counted in the 2018 census who lived in another country in April 2013, per 1,000 residents: a measure of recent return migration.',
        es: 'Residentes censados en 2018 que vivían en otro país en abril de 2013, por 1.000 habitantes: una medida de la migración de retorno reciente.',
      },
      pillar: 'migration',
      direction: 1,
      unit: { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
      level: 'municipio',
      year: '2013–2018',
      countries: ['GT'],
      source_id: 'ine_gtm_census2018_residence2013',
    }),
    catalogEntry({
      id: 'gt_population',
      label: { en: 'Population (Censo 2018)', es: 'Población (Censo 2018)' },
      description: {
        en: 'Resident population counted by the 2018 census (national total 14,901,286).',
        es: 'Población residente según el Censo 2018 (total nacional 14.901.286).',
      },
      pillar: 'context',
      direction: 0,
      unit: { en: 'persons', es: 'personas' },
      level: 'municipio',
      year: '2018',
      countries: ['GT'],
      source_id: 'ine_gtm_census2018_population',
    }),
  ];
}

/** Like {@link col} but tolerant of stray spaces in the header ("Municipio ", " Lugar …"). */
function colLoose(row: CsvRow, name: string): string {
  const key = Object.keys(row).find((k) => k.trim() === name.trim());
  if (key === undefined) throw new Error(`CSV column "${name}" not found`);
  return row[key].trim();
}

/** The years of SEGEPLAN's ranking in the source file (columns `segeplan<year>`). */
const SEGEPLAN_YEARS = [2013, 2016, 2018] as const;

/**
 * SEGEPLAN's ranking: 2018 is the reference value; 2013 and 2016 make it a yearly series. The id
 * keeps its "2018" for the specs and workspaces that already name it.
 */
function segeplan(ctx: BuildContext, sink: RowSink): IndicatorSet['catalog'] {
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'gtm_segeplan_municipal_ranking.csv'));
  const ids = joinGtRows(
    'segeplan_gtm_ranking',
    rows.map((r) => ({ code: col(r, 'id_municipal'), dept: col(r, 'id_dep'), name: col(r, 'municipio') })),
    ctx.units,
    ctx.log,
  );
  rows.forEach((r, i) => {
    const id = ids[i];
    if (!id) return;
    for (const year of SEGEPLAN_YEARS) {
      const v = numCol(r, `segeplan${year}`);
      if (v === null || v < 0 || v > 1) continue;
      sink.addYear(id, 'gt_segeplan_ranking_2018', year, v);
      if (year === 2018) sink.add(id, 'gt_segeplan_ranking_2018', v);
    }
  });
  return [
    catalogEntry({
      id: 'gt_segeplan_ranking_2018',
      label: { en: 'Municipal management ranking (SEGEPLAN 2018)', es: 'Ranking de la gestión municipal (SEGEPLAN 2018)' },
      description: {
        en: 'SEGEPLAN\'s overall score of municipal management in 2018, 0–1; higher means better governance, so less need. Also published for 2013 and 2016 (the same method), shown by year.',
        es: 'Puntaje general de SEGEPLAN de la gestión municipal en 2018, 0–1; un valor más alto indica mejor gestión y menos necesidad. Publicado también para 2013 y 2016 (el mismo método), visible por año.',
      },
      pillar: 'II',
      direction: -1,
      unit: { en: 'index 0–1', es: 'índice 0–1' },
      level: 'municipio',
      year: '2018',
      countries: ['GT'],
      source_id: 'segeplan_gtm_ranking',
    }),
  ];
}

function departmentEmigration(ctx: BuildContext, sink: RowSink): IndicatorSet['catalog'] {
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'gtm_census2018_emigration_dept.csv'));
  const depts = new Set(gtDepartments(ctx).map((d) => d.code));
  const source_id: SourceId = 'ine_gtm_census2018_emigration_dept';
  let popTotal = 0;
  for (const r of rows) {
    const dept = col(r, 'depto').padStart(2, '0');
    if (!depts.has(dept)) throw new Error(`GT emigration: unknown department ${dept}`);
    const pop = numCol(r, 'poblacion_total');
    popTotal += pop ?? 0;
    sink.addDepartment(ctx.units, 'GT', dept, 'gt_dept_emigrants_per_1000', ratio(numCol(r, 'total_emigrants_household'), pop, 1000));
    sink.addDepartment(ctx.units, 'GT', dept, 'gt_dept_households_emigrants_pct', numCol(r, 'pct_households_with_emigrants'));
    sink.addDepartment(ctx.units, 'GT', dept, 'gt_dept_households_remittances_pct', numCol(r, 'pct_households_receiving_remittances'));
  }
  if (rows.length !== 22) throw new Error(`GT emigration: expected 22 departments, found ${rows.length}`);
  if (popTotal !== GT_CENSUS_2018_TOTAL) ctx.log(`GT emigration by department: population sums to ${popTotal} (census ${GT_CENSUS_2018_TOTAL})`);
  const dept = (id: string, label: Bilingual, description: Bilingual, unit: Bilingual, year = '2002–2018') =>
    catalogEntry({ id, label, description, pillar: 'migration', direction: 1, unit, level: 'department', year, countries: ['GT'], source_id });
  return [
    dept(
      'gt_dept_emigrants_per_1000',
      { en: 'Emigrants 2002–2018 (department)', es: 'Emigrantes 2002–2018 (departamento)' },
      {
        en: 'Household members who emigrated abroad between 2002 and 2018 and had not returned, per 1,000 residents, reported by households in the 2018 census. A DEPARTMENT figure, shown on each of its municipios.',
        es: 'Miembros del hogar que emigraron al extranjero entre 2002 y 2018 y no han regresado, por 1.000 habitantes, según los hogares en el Censo 2018. Dato DEPARTAMENTAL, mostrado en cada uno de sus municipios.',
      },
      { en: 'per 1,000 residents', es: 'por 1.000 habitantes' },
    ),
    dept(
      'gt_dept_households_emigrants_pct',
      { en: 'Households with emigrants (department)', es: 'Hogares con emigrantes (departamento)' },
      {
        en: 'Share of households with at least one member who emigrated abroad since 2002 (Censo 2018). A DEPARTMENT figure, shown on each of its municipios.',
        es: 'Porcentaje de hogares con al menos un miembro que emigró al extranjero desde 2002 (Censo 2018). Dato DEPARTAMENTAL, mostrado en cada uno de sus municipios.',
      },
      { en: '% of households', es: '% de hogares' },
    ),
    dept(
      'gt_dept_households_remittances_pct',
      { en: 'Households receiving remittances (department)', es: 'Hogares que reciben remesas (departamento)' },
      {
        en: 'Share of households that receive remittances from abroad (Censo 2018). A DEPARTMENT figure, shown on each of its municipios.',
        es: 'Porcentaje de hogares que reciben remesas del exterior (Censo 2018). Dato DEPARTAMENTAL, mostrado en cada uno de sus municipios.',
      },
      { en: '% of households', es: '% de hogares' },
      '2018',
    ),
  ];
}

/** All Guatemala indicators. */
export function guatemalaIndicators(ctx: BuildContext): IndicatorSet {
  const sink = new RowSink();
  const catalog = [...a2sit(ctx, sink), ...ifpri(ctx, sink), ...census(ctx, sink), ...segeplan(ctx, sink), ...departmentEmigration(ctx, sink)];
  return { rows: sink.rows, yearRows: sink.yearRows, catalog };
}
