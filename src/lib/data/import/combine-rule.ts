/**
 * How the values of several rows landing on one unit are combined: El Salvador's 262 pre-2024
 * municipios (now distritos) land on the 44 municipios of 2024. Counts and amounts add up
 * (`sum`); rates, shares, scores and indices do not (`mean`, unweighted). A population-weighted
 * mean is not offered: no population of the pre-2024 municipios is at hand (the 2024 census counts
 * the 44 municipios only; the join report says so).
 *
 * The first guess reads the column's name word by word (and its unit: `%` is a rate); a name
 * that says neither is averaged. Pure; the planner can change it in the join report.
 */
import { nameWords } from './indicator-words.ts';
import type { CombineRule } from '../join/joined-unit-values.ts';

export type { CombineRule };

export const COMBINE_RULES: readonly CombineRule[] = ['sum', 'mean'];

/** Words of a rate, share, average, score or index: never summed (checked first: `homicidios_por_100k`). */
const RATE = [
  'tasa', 'rate', 'pct', 'porc', 'percent', 'share', 'proporc', 'ratio', 'razon', 'indice', 'index', 'idh',
  'promedio', 'average', 'mean', 'media', 'mediana', 'median', '=per', '=por', 'densidad', 'density',
  'score', 'puntaje', 'puntuacion', 'cv', 'mse', 'pobreza', 'poverty', 'gini', 'prevalen', 'cobertura',
  'coverage', 'acceso', 'access', 'escolaridad', 'schooling', 'esperanza', 'expectancy', 'per100k', 'x100',
];
/** Words of a count or an amount: added up. */
const COUNT = [
  'poblacion', 'population', '=pop', '=pob', 'habitantes', 'inhabitants', 'personas', 'persons', 'people', 'hogares',
  'households', 'viviendas', 'dwellings', 'total', 'numero', '=num', '=n', '=no', 'count', 'cantidad', 'casos',
  'cases', 'emigrant', 'migrant', 'deportad', 'deportee', 'retornad', 'returnee', 'homicidios', 'homicides',
  'victimas', 'victims', 'monto', 'amount', '=amt', 'usd', 'importe', 'remesas', 'remittances', 'inversion',
  'investment', 'presupuesto', 'budget', 'gasto', 'spending', 'desembols', 'disburs', 'nacimientos', 'births',
  'defunciones', 'deaths', 'estudiantes', 'students', 'alumnos', 'empleos', 'jobs',
];

function has(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((w) => stems.some((s) => (s[0] === '=' ? w === s.slice(1) : w.startsWith(s))));
}

/** The first guess for a value column: `sum` for a count or an amount, else `mean`. */
export function guessCombineRule(column: string, unit = ''): CombineRule {
  const words = nameWords(column);
  if (/%/.test(unit) || /%/.test(column) || has(words, RATE) || has(nameWords(unit), RATE)) return 'mean';
  return has(words, COUNT) ? 'sum' : 'mean';
}
