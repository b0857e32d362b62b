/**
 * One sentence, in English and Spanish, saying how El Salvador's pre-2024 municipios (distritos)
 * were combined into their 2024 municipio (combine-rule.ts): written into the description of the
 * indicator, so the choice travels with the values into the legend, the app and its exports.
 */
import type { CombineRule } from './combine-rule.ts';
import type { CombineChange } from './import-mapping.ts';

export interface CombinedCount {
  rule: CombineRule;
  /** Rows of the file that are pre-2024 municipios with a value. */
  rows: number;
  /** 2024 municipios given a value from them. */
  units: number;
  /** 2024 municipios left without a value (a sum whose distritos are not all given). */
  incomplete: number;
  /** The rule before the planner changed it on the stored import, and when (ISO time). */
  changed?: CombineChange;
}

export function combineNote(c: CombinedCount): { en: string; es: string } {
  const how =
    c.rule === 'sum'
      ? { en: 'by their sum', es: 'por su suma' }
      : { en: 'by their unweighted mean (no population of the pre-2024 municipios is at hand to weight by)', es: 'por su media sin ponderar (no hay población de los municipios anteriores a 2024 para ponderar)' };
  const left = c.incomplete
    ? { en: ` ${c.incomplete} municipios whose distritos are not all in the file have no value (a partial sum would understate).`, es: ` ${c.incomplete} municipios cuyos distritos no están todos en el archivo quedan sin valor (una suma parcial subestimaría).` }
    : { en: '', es: '' };
  const changed = c.changed ? changedNote(c.changed) : { en: '', es: '' };
  return {
    en: `El Salvador: ${c.rows} pre-2024 municipios (distritos) combined into ${c.units} municipios of 2024 ${how.en}.${left.en}${changed.en}`,
    es: `El Salvador: ${c.rows} municipios anteriores a 2024 (distritos) combinados en ${c.units} municipios de 2024 ${how.es}.${left.es}${changed.es}`,
  };
}

/** The sentence recording a rule changed after the import: the rule before and the day (as text). */
function changedNote(c: CombineChange): { en: string; es: string } {
  const day = c.at.slice(0, 10);
  const from = c.from === 'sum' ? { en: 'their sum', es: 'su suma' } : { en: 'their unweighted mean', es: 'su media sin ponderar' };
  return {
    en: ` The planner changed this after the import${day ? ` on ${day}` : ''} (it was ${from.en}).`,
    es: ` La persona planificadora lo cambió después de importar${day ? ` el ${day}` : ''} (antes: ${from.es}).`,
  };
}
