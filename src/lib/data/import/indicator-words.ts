/**
 * What an indicator's column name says about it, read word by word (never by substring:
 * `tasa_analfabetismo` is illiteracy, more need, although it contains `alfabetismo`): the pillar
 * it belongs to and whether a higher value means more need (1) or less (-1). Spanish and English.
 * A negating word (`sin`, `without`, `falta`, `deficit` …) turns an access word around:
 * `hogares_sin_agua` is more need, `acceso_agua` less. Pure; a first guess the planner can change.
 */
import type { Pillar } from '../schema.ts';
import { foldAccents } from '../../i18n/fold-accents.ts';

/** `TasaAnalfabetismo`, `tasa de analfabetismo (%)` → `['tasa', 'analfabetismo']`. */
export function nameWords(name: string): string[] {
  return foldAccents(name.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A word matches a stem when it starts with it (`pobreza` ← `pobre`); `=word` matches only that
 * word; `~part` anywhere in a word (names glued together: `Promediosegeplan`).
 */
function hasStem(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((w) => stems.some((s) => (s[0] === '=' ? w === s.slice(1) : s[0] === '~' ? w.includes(s.slice(1)) : w.startsWith(s))));
}

/** Words of a condition that is itself need: more of it is more need. */
const MORE_NEED = [
  'pobre', 'poverty', 'poor', 'homicid', 'murder', 'desemp', 'unemploy', 'analfabet', 'illitera',
  'desnutri', 'malnutri', 'stunting', 'wasting', 'retardo', 'deficit', 'hacinamiento', 'overcrowd',
  'violen', 'delit', 'crim', 'extors', 'robo', 'asesin', 'femicid', 'feminicid',
  'inseg', 'insecur', 'mortalidad', 'mortality', 'desercion', 'dropout', 'informal', 'subemple',
  'underemploy', 'vulnerab', 'riesgo', 'risk', 'desastre', 'disaster', 'sequia', 'drought', 'nbi',
  'carencia', 'privacion', 'deprivation', 'embarazo', 'pregnan', 'deport', 'despl', 'displace',
  'pandill', 'gang', 'conflict', 'corrup', 'gini', 'inequal', 'desigualdad', 'trabinfant',
];
/** Words of something good to have: more of it is less need. */
const LESS_NEED = [
  'alfabet', '=literacy', '=literate', 'agua', 'water', 'potable', 'electric', 'energia', 'saneamiento',
  'sanitation', 'alcantarill', 'sewer', 'drenaje', 'letrina', 'cobertura', 'coverage', 'acceso', 'access',
  'pib', 'gdp', 'ingreso', 'income', 'salario', 'wage', 'escolar', 'schooling', 'matricula', 'enrol',
  'asistencia', 'attendance', 'idh', 'hdi', 'desarrollo', 'development', 'gestion', 'management',
  '=empleo', 'employment', 'empleoform', 'transparen', 'internet', 'telefon', 'vacuna', 'vaccin',
  'esperanza', 'expectancy', 'consumo', 'consumption', '~segeplan',
];
/** Words that negate an access word (`sin agua`, `lack of water`, `déficit de electricidad`). */
const NEGATION = ['=sin', '=without', '=no', '=lack', '=falta', 'deficit', 'carencia', 'privacion', 'deprivation', '=unmet', 'insatisf'];

/** `trabajo infantil`, `child labour` as one word (`infantil` alone may be infant mortality). */
function childLabour(words: string[]): string[] {
  const j = words.join('_');
  return /trabajo_infantil|child_labou?r/.test(j) ? [...words, 'trabinfant'] : words;
}

/** 1: a higher value is more need; -1: less need. Unknown words default to 1. */
export function directionOfName(name: string): 1 | -1 {
  const words = childLabour(nameWords(name));
  if (hasStem(words, LESS_NEED) && hasStem(words, NEGATION)) return 1;
  if (hasStem(words, MORE_NEED)) return 1;
  if (hasStem(words, LESS_NEED)) return -1;
  return 1;
}

/** Which pillar a column name suggests (migration words first; violence against women before violence); `context` when nothing fits. */
const PILLAR_WORDS: [readonly string[], Pillar][] = [
  [['migra', 'remesa', 'remit', 'deport', 'retorn', 'return', 'emigr', 'despl', 'displac', 'refugi'], 'migration'],
  [['mujer', 'women', 'woman', 'genero', 'gender', 'sexual', 'intrafam', '=intra', 'domest', 'femicid', 'feminicid', 'embarazo', 'pregnan'], 'V'],
  [['homicid', 'murder', 'violen', 'delit', 'crim', 'extors', 'pandill', 'gang', 'robo', 'asesin', 'conflict'], 'IV'],
  [['corrup', 'gobern', 'govern', 'gestion', 'management', 'transparen', 'justicia', 'justice', '~segeplan'], 'II'],
  [['derecho', 'rights', 'prensa', 'press', 'trabinfant', 'laboral', 'labour', 'labor'], 'III'],
  [
    [
      'pobre', 'poverty', 'poor', 'empleo', 'employ', 'desemp', 'unemploy', 'subemple', 'inseg', 'alim', 'habitacion',
      'desarrollo', 'development', 'ingreso', 'income', 'pib', 'gdp',
      'gini', 'alimen', 'food', 'salario', 'wage', 'educa', 'escolar', 'school', 'alfabet', 'analfabet', 'illitera', '=literacy',
      'desnutri', 'malnutri', 'stunting', 'agua', 'water', 'potable', 'electric', 'energia', 'saneamiento', 'sanitation',
      'alcantarill', 'sewer', 'vivienda', 'housing', 'hacinamiento', 'salud', 'health', 'nbi', 'matricula', 'desercion',
      'informal', 'idh', 'hdi', 'consumo', 'consumption',
    ],
    'I',
  ],
];

export function pillarOfName(name: string): Pillar {
  const w = childLabour(nameWords(name));
  for (const [stems, p] of PILLAR_WORDS) if (hasStem(w, stems)) return p;
  return 'context';
}
