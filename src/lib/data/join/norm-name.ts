/**
 * Place-name normalisation for joining sources that carry names only.
 * Normalised form: accents stripped, upper case, punctuation turned into spaces, spaces collapsed.
 */
import { foldAccents } from '../../i18n/fold-accents.ts';

/** `San José  Pinula.` → `SAN JOSE PINULA`; `Palacagüina` → `PALACAGUINA`; `Ñ` → `N`. */
export function normName(name: string): string {
  return foldAccents(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** Words planners put around a place name: `Municipio de`, `Mun.`, `Depto.`, `Departamento de` … */
const FILLER_BEFORE =
  /^(?:(?:(?:MUNICIPIO|MUNICIPALIDAD|MUNIC|MPIO|MUN|DEPARTAMENTO|DEPTO|DPTO|DEPT|MUNICIPALITY|DEPARTMENT)(?: (?:DE|DEL|OF))?|DISTRITO (?:DE|DEL)) )+/;
const FILLER_AFTER = / (?:MUNICIPIO|MUNICIPALIDAD|MUNICIPALITY|DEPARTAMENTO|DEPARTMENT|DEPTO|DPTO)$/;

/** Abbreviations of name words, as tax and registry lists write them (`STA. ROSA DE COPAN`). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  S: 'SAN', SN: 'SAN', STA: 'SANTA', STO: 'SANTO', STGO: 'SANTIAGO', PTO: 'PUERTO', NVA: 'NUEVA', NVO: 'NUEVO', GRAL: 'GENERAL', FCO: 'FRANCISCO',
};
/** An abbreviation with its dot, as a word of its own (`S. PEDRO SULA`, `VILLA DE S. ANTONIO`, `S. FCO.`). */
const ABBREVIATED = /(^|[^\p{L}\p{N}])(S|SN|STA|STO|STGO|PTO|NVA|NVO|GRAL|FCO)\.(?=\s|$|[^\p{L}\p{N}])/giu;

/** `S. Pedro Sula` → `SAN Pedro Sula`, `Sta. Rosa de Copán` → `SANTA Rosa de Copán`; only dotted whole words. */
export function expandAbbreviations(name: string): string {
  return name.replace(ABBREVIATED, (_, before: string, word: string) => `${before}${ABBREVIATIONS[word.toUpperCase()]} `);
}

/**
 * {@link normName} of the name with its abbreviations written out ({@link expandAbbreviations}), then without the words that say what kind of place it is:
 * `Municipio de San José` → `SAN JOSE`, `MUN. DE  COBÁN` → `COBAN`, `Depto. de Petén` → `PETEN`,
 * `Departamento Santa Rosa` → `SANTA ROSA`. `Distrito Central` (a municipio) keeps its name, and a
 * name made only of such words is kept as it is.
 */
export function normPlaceName(name: string): string {
  const n = normName(expandAbbreviations(name));
  const stripped = n.replace(FILLER_BEFORE, '').replace(FILLER_AFTER, '').trim();
  return stripped || n;
}
