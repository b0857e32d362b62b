/**
 * El Salvador indicators from sources keyed by the 262 pre-2024 municipios (today's distritos),
 * carried to the 44 municipios of 2024 through `slv_distritos_2024_crosswalk.csv` (the reform
 * merged whole municipios). Every row's DIGESTYC code is checked against its name
 * ({@link joinOnCode}).
 *
 * - World Bank small-area estimates of household moderate poverty, 2019 (Fay–Herriot, Annex 7
 *   Table A39 of *Poverty Mapping in El Salvador*): a municipio's value is the EQUAL-WEIGHT mean of
 *   its distritos' estimates, because no distrito population exists in these sources (the 2024
 *   census is tabulated by the 44 municipios; the report prints no population by municipality).
 *   Its standard error is √(Σ SEᵢ²) / k, assuming the distrito errors independent; SEᵢ is read
 *   from the CV (SEᵢ = CVᵢ × estimateᵢ, checked against the printed MSE). 53 source rows print
 *   MSE = CV = 0, which a small-area estimate cannot have: they add no variance, so a municipio's
 *   SE is a lower bound where such a distrito is in it. 11 rows carry a name found in several
 *   departments (the table gives no department): kept only where every candidate distrito lies
 *   in one 2024 municipio, else left out and logged; a municipio is then averaged over the
 *   distritos it has, and the log names it.
 * - Plan El Salvador Seguro (2015–2017): the number of a municipio's distritos among the 50 the
 *   government prioritised. The list is complete, so 0 is a true value. A targeting list, not a
 *   measure of need.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/data/schema.ts';
import { catalogEntry } from './catalog-entry.ts';
import { bestFit, codeKey, joinOnCode, type CodeTarget } from './code-name-check.ts';
import { col, numCol, readCsv } from './csv.ts';
import { RowSink, type IndicatorSet } from './indicator-set.ts';
import type { BuildContext } from './types.ts';

export const SV_POVERTY_ID = 'sv_poverty_moderate_2019_pct';
export const SV_POVERTY_SE_ID = 'sv_poverty_moderate_2019_se';
export const SV_PESS_ID = 'sv_pess_distritos';

/** The 262 distritos as code targets (id = DIGESTYC code), with the 2024 municipio of each. */
function distritos(ctx: BuildContext): { targets: CodeTarget[]; unitOf: Map<string, string> } {
  const rows = readCsv(join(ctx.rawDir, 'boundaries', 'slv_distritos_2024_crosswalk.csv'));
  const svUnits = new Set(ctx.units.filter((u) => u.country === 'SV').map((u) => u.unit_id));
  const targets: CodeTarget[] = [];
  const unitOf = new Map<string, string>();
  for (const r of rows) {
    const key = codeKey(col(r, 'pre2024_code'));
    const unit = col(r, 'pcode_2024');
    if (!svUnits.has(unit)) throw new Error(`SV distritos: ${key} belongs to unknown municipio ${unit}`);
    targets.push({ key, group: key.slice(0, 2), name: col(r, 'distrito_name'), id: key });
    unitOf.set(key, unit);
  }
  if (targets.length !== 262) throw new Error(`SV distritos: expected 262, found ${targets.length}`);
  return { targets, unitOf };
}

/** The `pcode_2024` a source writes beside a distrito must be the crosswalk's. */
function checkUnit(label: string, code: string, written: string, unitOf: Map<string, string>): void {
  if (written && written !== unitOf.get(code)) throw new Error(`${label}: distrito ${code} written in ${written}, crosswalk says ${unitOf.get(code)}`);
}

/** Tolerance between the printed MSE and the SE read from the CV (both printed to 2 decimals). */
const MSE_TOLERANCE = 0.0075;

function poverty(ctx: BuildContext, sink: RowSink, targets: CodeTarget[], unitOf: Map<string, string>): IndicatorSet['catalog'] {
  const label = 'wb_slv_poverty_map_2019';
  const rows = readCsv(join(ctx.rawDir, 'additions', 'slv_wb_fay_herriot_moderate_poverty_2019_262.csv'));
  if (rows.length !== 262) throw new Error(`SV poverty: expected 262 rows, found ${rows.length}`);
  const plain = rows.filter((r) => !col(r, 'code_pre2024_digestyc').includes('|'));
  const ambiguous = rows.filter((r) => col(r, 'code_pre2024_digestyc').includes('|'));
  const ids = joinOnCode(
    label,
    plain.map((r) => ({ code: col(r, 'code_pre2024_digestyc'), name: col(r, 'name_in_source') })),
    targets,
    ctx.log,
  );
  const values = new Map<string, { est: number; se: number; zero: boolean }>();
  const read = (r: (typeof rows)[number]) => {
    const est = numCol(r, 'moderate_poverty_fh_pct');
    const mse = numCol(r, 'mse_x100');
    const cv = numCol(r, 'cv_x100');
    if (est === null || mse === null || cv === null || est < 0 || est > 100) throw new Error(`SV poverty: bad row ${col(r, 'name_in_source')}`);
    // CV is printed ×100 of a percentage, so SE (points) = CV/10⁴ × estimate; MSE = (SE/10)².
    const se = (cv * est) / 1e4;
    if (Math.abs((se / 10) ** 2 - mse) > MSE_TOLERANCE) throw new Error(`SV poverty: ${col(r, 'name_in_source')} MSE ${mse} disagrees with CV ${cv}`);
    return { est, se, zero: cv === 0 };
  };
  plain.forEach((r, i) => {
    const code = ids[i]!;
    checkUnit(label, code, col(r, 'pcode_2024'), unitOf);
    values.set(code, read(r));
  });
  // Ambiguous names: every candidate must bear the name; kept only if all share a 2024 municipio.
  const left: string[] = [];
  const candidateCodes = new Set<string>();
  for (const r of ambiguous) {
    const codes = col(r, 'code_pre2024_digestyc').split('|').map(codeKey);
    const name = col(r, 'name_in_source');
    for (const c of codes) {
      candidateCodes.add(c);
      const t = targets.find((x) => x.key === c);
      if (!t || bestFit(name, targets.filter((x) => x.group === t.group)) !== t) throw new Error(`${label}: candidate ${c} of "${name}" is not a distrito of that name`);
    }
    const units = new Set(codes.map((c) => unitOf.get(c)));
    if (units.size === 1) throw new Error(`${label}: "${name}" candidates share one municipio; aggregate them explicitly before use`);
    left.push(`"${name}" ${col(r, 'moderate_poverty_fh_pct')}% (${codes.map((c) => `${c}→${unitOf.get(c)}`).join(', ')})`);
  }
  ctx.log(`SV poverty 2019: ${ambiguous.length} rows with a name in several departments left out (candidates in different 2024 municipios): ${left.join('; ')}`);
  const unplaced = [...candidateCodes].filter((c) => !values.has(c));
  if (values.size + unplaced.length !== 262) throw new Error(`SV poverty: ${values.size} identified + ${unplaced.length} ambiguous distritos ≠ 262`);

  // Equal-weight mean over each municipio's identified distritos; SE assuming independence.
  const byUnit = new Map<string, { n: number; codes: string[] }>();
  for (const [code, unit] of unitOf) {
    const b = byUnit.get(unit) ?? { n: 0, codes: [] };
    b.n++;
    if (values.has(code)) b.codes.push(code);
    byUnit.set(unit, b);
  }
  const partial: string[] = [];
  let withZero = 0;
  for (const [unit, b] of [...byUnit].sort()) {
    const k = b.codes.length;
    if (k === 0) {
      partial.push(`${unit} none of ${b.n}`);
      continue;
    }
    const vs = b.codes.map((c) => values.get(c)!);
    sink.add(unit, SV_POVERTY_ID, vs.reduce((a, v) => a + v.est, 0) / k);
    sink.add(unit, SV_POVERTY_SE_ID, Math.sqrt(vs.reduce((a, v) => a + v.se ** 2, 0)) / k);
    if (vs.some((v) => v.zero)) withZero++;
    if (k < b.n) partial.push(`${unit} ${k} of ${b.n}`);
  }
  ctx.log(`SV poverty 2019: municipios averaged over only the distritos with an identified value: ${partial.join('; ') || 'none'}`);
  ctx.log(`SV poverty 2019: ${withZero} municipios include a distrito printed with MSE = CV = 0 (their SE is a lower bound)`);

  const year = '2019';
  const partialNote: Bilingual = {
    en: `${partial.length} municipios lack one or more distritos whose name the table does not place (El Rosario, San Lorenzo, San Fernando, San Isidro, El Carmen exist in several departments) and are averaged over the rest.`,
    es: `${partial.length} municipios carecen de uno o más distritos cuyo nombre la tabla no ubica (El Rosario, San Lorenzo, San Fernando, San Isidro y El Carmen existen en varios departamentos) y se promedian sobre los demás.`,
  };
  return [
    catalogEntry({
      id: SV_POVERTY_ID,
      label: { en: 'Household moderate poverty 2019 (World Bank small-area estimate)', es: 'Pobreza moderada de los hogares 2019 (estimación de área pequeña del Banco Mundial)' },
      description: {
        en:
          "Share of households in moderate poverty in 2019, World Bank Fay–Herriot small-area estimates (EHPM 2019 with Censo 2007) for the 262 former municipios, now distritos, averaged with EQUAL weights over each 2024 municipio's distritos (no distrito population is available to weight by). " +
          `${partialNote.en} Its standard error is a companion indicator.`,
        es:
          'Porcentaje de hogares en pobreza moderada en 2019, estimaciones de área pequeña Fay–Herriot del Banco Mundial (EHPM 2019 con el Censo 2007) para los 262 antiguos municipios, hoy distritos, promediadas con pesos IGUALES sobre los distritos de cada municipio de 2024 (no hay población por distrito con la que ponderar). ' +
          `${partialNote.es} Su error estándar es un indicador acompañante.`,
      },
      pillar: 'I',
      direction: 1,
      unit: { en: '% of households', es: '% de hogares' },
      level: 'municipio',
      year,
      countries: ['SV'],
      source_id: 'wb_slv_poverty_map_2019',
    }),
    catalogEntry({
      id: SV_POVERTY_SE_ID,
      label: { en: 'Standard error of household moderate poverty 2019', es: 'Error estándar de la pobreza moderada de los hogares 2019' },
      description: {
        en:
          'Standard error, in percentage points, of the municipio mean of the World Bank 2019 moderate-poverty estimates: √(Σ SE²)/k over its k distritos, each SE read from the published CV, assuming independent errors. ' +
          '53 of the 262 source rows print MSE = CV = 0, which no small-area estimate has; they add no variance, so the value is a lower bound where such a distrito is included. A measure of uncertainty, not of need.',
        es:
          'Error estándar, en puntos porcentuales, de la media municipal de las estimaciones de pobreza moderada 2019 del Banco Mundial: √(Σ EE²)/k sobre sus k distritos, cada EE a partir del CV publicado, suponiendo errores independientes. ' +
          '53 de las 262 filas de la fuente publican ECM = CV = 0, lo que ninguna estimación de área pequeña tiene; no suman varianza, por lo que el valor es una cota inferior donde se incluye tal distrito. Una medida de incertidumbre, no de necesidad.',
      },
      pillar: 'context',
      direction: 0,
      unit: { en: 'percentage points', es: 'puntos porcentuales' },
      level: 'municipio',
      year,
      countries: ['SV'],
      source_id: 'wb_slv_poverty_map_2019',
    }),
  ];
}

function pess(ctx: BuildContext, sink: RowSink, targets: CodeTarget[], unitOf: Map<string, string>): IndicatorSet['catalog'] {
  const label = 'slv_pess_priority_list';
  const rows = readCsv(join(ctx.rawDir, 'additions', 'slv_plan_el_salvador_seguro_50_municipios.csv'));
  if (rows.length !== 50) throw new Error(`PESS: expected 50 rows, found ${rows.length}`);
  const ids = joinOnCode(
    label,
    rows.map((r) => ({ code: col(r, 'code_pre2024_digestyc'), name: col(r, 'municipio') })),
    targets,
    ctx.log,
  );
  const count = new Map<string, number>();
  for (const u of ctx.units) if (u.country === 'SV') count.set(u.unit_id, 0);
  rows.forEach((r, i) => {
    const code = ids[i]!;
    checkUnit(label, code, col(r, 'pcode_2024'), unitOf);
    const phase = col(r, 'pess_phase');
    if (!['1', '2', '3'].includes(phase)) throw new Error(`PESS: ${code} has phase "${phase}"`);
    const unit = unitOf.get(code)!;
    count.set(unit, count.get(unit)! + 1);
  });
  for (const [unit, n] of [...count].sort()) sink.add(unit, SV_PESS_ID, n);
  ctx.log(`PESS: 50 distritos in ${[...count.values()].filter((n) => n > 0).length} of 44 municipios`);
  return [
    catalogEntry({
      id: SV_PESS_ID,
      label: { en: 'Plan El Salvador Seguro: prioritised distritos', es: 'Plan El Salvador Seguro: distritos priorizados' },
      description: {
        en:
          'A targeting list, not a measure of need: the number of the municipio\'s distritos (former municipios) among the 50 that Plan El Salvador Seguro prioritised for violence prevention in three phases (2015, 2016, 2017). The list is complete, so 0 means none was prioritised. For comparison with the index, not for ranking.',
        es:
          'Una lista de focalización, no una medida de necesidad: el número de distritos (antiguos municipios) del municipio entre los 50 que el Plan El Salvador Seguro priorizó para la prevención de la violencia en tres fases (2015, 2016, 2017). La lista está completa: 0 significa que ninguno fue priorizado. Para comparar con el índice, no para ordenar.',
      },
      pillar: 'context',
      direction: 0,
      unit: { en: 'distritos', es: 'distritos' },
      level: 'municipio',
      year: '2015–2017',
      countries: ['SV'],
      source_id: 'slv_pess_priority_list',
    }),
  ];
}

/** All El Salvador indicators keyed by distrito. */
export function elSalvadorAdditions(ctx: BuildContext): IndicatorSet {
  const sink = new RowSink();
  const { targets, unitOf } = distritos(ctx);
  const catalog = [...poverty(ctx, sink, targets, unitOf), ...pess(ctx, sink, targets, unitOf)];
  return { rows: sink.rows, catalog };
}
