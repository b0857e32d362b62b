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

/**
 * {@link normName}, then without the words that say what kind of place it is:
 * `Municipio de San José` → `SAN JOSE`, `MUN. DE  COBÁN` → `COBAN`, `Depto. de Petén` → `PETEN`,
 * `Departamento Santa Rosa` → `SANTA ROSA`. `Distrito Central` (a municipio) keeps its name, and a
 * name made only of such words is kept as it is.
 */
export function normPlaceName(name: string): string {
  const n = normName(name);
  const stripped = n.replace(FILLER_BEFORE, '').replace(FILLER_AFTER, '').trim();
  return stripped || n;
}
