/** A column name for matching by words: lower case, no accents, separators as `_` (`Año de salida` → `ano_de_salida`). */
import { foldAccents } from '../../i18n/fold-accents.ts';

export function columnWords(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
