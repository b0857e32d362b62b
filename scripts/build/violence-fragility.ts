/**
 * Violence and climate-fragility scores (0–1) for GT, HN and SV municipios from
 * `nca_violence_fragility_muni_names.csv`, a file keyed by NAMES only.
 *
 * What the file is: the outer merge of two name lists — one carrying the fragility score, one the
 * violence score — that did not always spell a municipio the same way. Where a name was in one
 * list only, the other score was filled with 0 (the `_merge` column wrongly says "both" for every
 * row). So "SANTA MARIA CAHABON" has violence and fragility 0 while "CAHABON" has fragility and
 * violence 0. Hence: each score is joined on its own, from the rows where it is non-zero; an exact
 * 0 is read as missing (a true minimum of a min–max score can be lost this way; three rows have
 * both scores 0 and lose both).
 *
 * Join, per country and within department (never across): department names resolved first
 * (e.g. HN "PARAISO" = El Paraíso); rows that are not municipios are set aside (Guatemala City
 * zones "ZONA n", lakes, reservoirs, "NA", "ADMINISTRATIVE UNIT NOT AVAILABLE"); then
 * {@link matchWithinDepartments}: alias table, exact, word containment, fuzzy. El Salvador rows
 * name the 262 pre-2024 municipios (now distritos): they are matched to the distritos of
 * `slv_distritos_2024_crosswalk.csv` and carried to the 44 municipios of 2024 as the UNWEIGHTED
 * mean of their distritos' scores (no pre-2024 population is available to weight by). A target
 * named by two rows with different values gets no value (ambiguous); Nicaragua is ignored.
 */
import { join } from 'node:path';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { catalogEntry } from './catalog-entry.ts';
import { col, numCol, readCsv, type CsvRow } from './csv.ts';
import { RowSink, type IndicatorSet } from './indicator-set.ts';
import { aliasKey, matchWithinDepartments, type MatchSource, type MatchTarget, type NameMatch } from '../../src/lib/data/join/name-match.ts';
import { normName } from '../../src/lib/data/join/norm-name.ts';
import { resolveDepartment } from '../../src/lib/data/join/resolve-department.ts';
import type { BuildContext } from './types.ts';

export const VIOLENCE_ID = 'violence_score';
export const FRAGILITY_ID = 'climate_fragility_score';

const COUNTRY_OF: Record<string, CountryCode> = { GUATEMALA: 'GT', HONDURAS: 'HN', 'EL SALVADOR': 'SV' };

/** Source rows that are not municipios (normalised names). */
const NOT_MUNICIPIO = [/^ZONA \d+$/, /^(LAGO|LAGUNA|EMBALSE|REPRESA) /, /^NA$/, /^ADMINISTRATIVE UNIT NOT AVAILABLE$/];

/**
 * Known spelling variants, department-qualified (department code | source name → target name).
 * GT 01 San Raymundo (official spelling; the boundary file writes "San Raimundo"); HN 10 San
 * Miguelito = San Miguel Guancapla (renamed); SV 05 Opico = San Juan Opico; SV 05 Nueva San
 * Salvador = Santa Tecla (the city's former name; now a distrito of La Libertad Sur).
 */
const ALIASES: Record<CountryCode, [string, string, string][]> = {
  GT: [['01', 'SAN RAYMUNDO', 'San Raimundo']],
  HN: [['10', 'SAN MIGUELITO', 'San Miguel Guancapla']],
  SV: [
    ['05', 'OPICO', 'San Juan Opico'],
    ['05', 'NUEVA SAN SALVADOR', 'Santa Tecla'],
  ],
};

const SCORES = [
  { id: VIOLENCE_ID, column: 'puntaje_minmax_Violence' },
  { id: FRAGILITY_ID, column: 'puntaje_minmax_Fragility' },
] as const;

/** One score's join result for one country. */
export interface ScoreJoin {
  country: CountryCode;
  indicator: string;
  /** Unit id → value (after the SV distrito → municipio mean). */
  values: Map<string, number>;
  /** Matched source rows: source name, department, target key (unit id or SV distrito code), method. */
  matches: (NameMatch & { name: string; dept: string })[];
  /** Source names (municipio rows with a value) left without a target. */
  unmatched: string[];
  /** Targets dropped because two rows with different values named them. */
  ambiguous: string[];
  /** Units of the country (denominator of the match rate). */
  units: number;
  /** SV only: distritos with a value, of 262. */
  distritos?: { withValue: number; total: number };
}

/** Joins both scores for the three countries. Deterministic; logs nothing (see {@link violenceFragilityIndicators}). */
export function joinViolenceFragility(ctx: BuildContext): { joins: ScoreJoin[]; notMunicipio: string[] } {
  const rows = readCsv(join(ctx.rawDir, 'indicators', 'nca_violence_fragility_muni_names.csv'));
  const distritos = readCsv(join(ctx.rawDir, 'boundaries', 'slv_distritos_2024_crosswalk.csv'));
  const joins: ScoreJoin[] = [];
  const notMunicipio: string[] = [];

  for (const country of ['GT', 'HN', 'SV'] as const) {
    const units = ctx.units.filter((u) => u.country === country);
    const depts = [...new Map(units.map((u) => [u.dept_code, { code: u.dept_code, name: u.dept_name }])).values()];
    const countryRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => COUNTRY_OF[col(r, 'pais')] === country);

    const deptOf = new Map<number, string>();
    for (const { r, i } of countryRows) {
      const name = normName(col(r, 'municipio'));
      if (NOT_MUNICIPIO.some((re) => re.test(name))) {
        notMunicipio.push(`${country} ${col(r, 'departamento')} / ${col(r, 'municipio')}`);
        continue;
      }
      const d = resolveDepartment(col(r, 'departamento'), depts);
      if (d === null) throw new Error(`violence/fragility: ${country} department "${col(r, 'departamento')}" not recognised`);
      deptOf.set(i, d);
    }

    const targets: MatchTarget[] =
      country === 'SV'
        ? distritos.map((r) => ({
            key: col(r, 'pre2024_code').padStart(4, '0'),
            dept: col(r, 'pre2024_code').padStart(4, '0').slice(0, 2),
            names: [col(r, 'distrito_name'), col(r, 'pre2024_name_in_boundaries')],
          }))
        : units.map((u) => ({ key: u.unit_id, dept: u.dept_code, names: [u.name] }));
    const to2024 = new Map(distritos.map((r) => [col(r, 'pre2024_code').padStart(4, '0'), col(r, 'pcode_2024')]));
    const aliases = new Map(ALIASES[country].map(([d, from, to]) => [aliasKey(d, from), to]));

    for (const score of SCORES) {
      const value = (r: CsvRow) => {
        const v = numCol(r, score.column);
        return v !== null && v > 0 && v <= 1 ? v : null; // 0 = the merge's fill value: missing
      };
      const sources: MatchSource[] = countryRows
        .filter(({ r, i }) => deptOf.has(i) && value(r) !== null)
        .map(({ r, i }) => ({ id: i, dept: deptOf.get(i)!, name: col(r, 'municipio') }));
      const res = matchWithinDepartments(sources, targets, { aliases });

      // Values per target; a target named twice with different values is ambiguous.
      const perTarget = new Map<string, number[]>();
      for (const m of res.matches) perTarget.set(m.target, [value(rows[m.source])!]);
      for (const d of res.duplicates) perTarget.get(d.target)!.push(value(rows[d.source.id])!);
      const ambiguous: string[] = [];
      const targetValue = new Map<string, number>();
      for (const [t, vs] of perTarget) {
        if (vs.every((v) => v === vs[0])) targetValue.set(t, vs[0]);
        else ambiguous.push(t);
      }

      const values = new Map<string, number>();
      let distritoInfo: ScoreJoin['distritos'];
      if (country === 'SV') {
        const groups = new Map<string, number[]>();
        for (const [code, v] of targetValue) {
          const unit = to2024.get(code)!;
          groups.set(unit, [...(groups.get(unit) ?? []), v]);
        }
        for (const [unit, vs] of groups) values.set(unit, vs.reduce((a, b) => a + b, 0) / vs.length);
        distritoInfo = { withValue: targetValue.size, total: targets.length };
      } else {
        for (const [t, v] of targetValue) values.set(t, v);
      }

      joins.push({
        country,
        indicator: score.id,
        values,
        matches: res.matches.map((m) => ({ ...m, name: col(rows[m.source], 'municipio'), dept: col(rows[m.source], 'departamento') })),
        unmatched: res.unmatched.map((s) => `${col(rows[s.id], 'departamento')} / ${s.name}`),
        ambiguous,
        units: units.length,
        distritos: distritoInfo,
      });
    }
  }
  return { joins, notMunicipio };
}

/** The two score indicators, with the match report written to the log. */
export function violenceFragilityIndicators(ctx: BuildContext): IndicatorSet {
  const { joins, notMunicipio } = joinViolenceFragility(ctx);
  const sink = new RowSink();
  ctx.log(`violence/fragility: ${notMunicipio.length} source rows are not municipios (GT city zones, lakes, reservoirs, "NA") and were set aside`);
  for (const j of joins) {
    for (const [unit, v] of [...j.values].sort()) sink.add(unit, j.indicator, v);
    const methods = new Map<string, number>();
    for (const m of j.matches) methods.set(m.method, (methods.get(m.method) ?? 0) + 1);
    const how = [...methods].map(([k, n]) => `${k} ${n}`).join(', ');
    const pct = ((100 * j.values.size) / j.units).toFixed(1);
    const sv = j.distritos ? `; distritos with a value ${j.distritos.withValue}/${j.distritos.total}` : '';
    ctx.log(`${j.indicator} ${j.country}: ${j.values.size}/${j.units} units (${pct}%) [${how}]${sv}`);
    if (j.unmatched.length) ctx.log(`${j.indicator} ${j.country}: unmatched source names: ${j.unmatched.join('; ')}`);
    if (j.ambiguous.length) ctx.log(`${j.indicator} ${j.country}: named twice with different values, left empty: ${j.ambiguous.join(', ')}`);
    const missing = ctx.units.filter((u) => u.country === j.country && !j.values.has(u.unit_id)).map((u) => `${u.unit_id} ${u.name}`);
    if (missing.length) ctx.log(`${j.indicator} ${j.country}: units without a value: ${missing.join('; ')}`);
  }

  const join = {
    en: 'Joined by name within department (spelling variants resolved by an alias table, word containment and fuzzy matching). Exact zeros in the source are the fill value of a name merge and are treated as missing. For El Salvador the source scores the 262 pre-2024 municipios (now distritos): each 2024 municipio shows the unweighted mean of its distritos\' scores, as no pre-2024 population is available to weight by.',
    es: 'Unido por nombre dentro de cada departamento (variantes ortográficas resueltas con una tabla de alias, inclusión de palabras y coincidencia aproximada). Los ceros exactos de la fuente son el relleno de una fusión por nombre y se tratan como faltantes. Para El Salvador la fuente puntúa los 262 municipios anteriores a 2024 (hoy distritos): cada municipio de 2024 muestra la media simple de sus distritos, pues no hay población anterior a 2024 para ponderar.',
  };
  const catalog = [
    catalogEntry({
      id: VIOLENCE_ID,
      label: { en: 'Violence score', es: 'Puntaje de violencia' },
      description: {
        en: `Violence score from conflict-event data, min–max scaled to 0–1 (1 = most violent). ${join.en}`,
        es: `Puntaje de violencia a partir de datos de eventos de conflicto, escalado mín–máx a 0–1 (1 = más violento). ${join.es}`,
      },
      pillar: 'IV',
      direction: 1,
      unit: { en: 'score 0–1', es: 'puntaje 0–1' },
      level: 'municipio',
      year: 'study data, 2024 release',
      countries: ['GT', 'HN', 'SV'],
      source_id: 'wb_nca_violence_fragility',
    }),
    catalogEntry({
      id: FRAGILITY_ID,
      label: { en: 'Climate fragility score', es: 'Puntaje de fragilidad climática' },
      description: {
        en: `Climate-fragility score, min–max scaled to 0–1 (1 = most fragile); context for the index, higher means more need. ${join.en}`,
        es: `Puntaje de fragilidad climática, escalado mín–máx a 0–1 (1 = más frágil); contexto para el índice, un valor más alto indica más necesidad. ${join.es}`,
      },
      pillar: 'context',
      direction: 1,
      unit: { en: 'score 0–1', es: 'puntaje 0–1' },
      level: 'municipio',
      year: 'study data, 2024 release',
      countries: ['GT', 'HN', 'SV'],
      source_id: 'wb_nca_violence_fragility',
    }),
  ];
  return { rows: sink.rows, catalog };
}
