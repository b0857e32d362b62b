/**
 * One sentence, in English and Spanish, saying how a long file was made one row per municipio
 * (its {@link ReshapeSpec}): written into the description of every indicator imported from it, so
 * the reshape travels with the values into the app and its exports.
 */
import type { ReshapeAggregate, ReshapeSpec } from './reshape-spec.ts';

const HOW: Record<ReshapeAggregate, { en: string; es: string }> = {
  sum: { en: 'summed', es: 'sumadas' },
  mean: { en: 'averaged (unweighted mean)', es: 'promediadas (media sin ponderar)' },
  max: { en: 'combined by their maximum', es: 'combinadas por su máximo' },
  latest: { en: 'combined by the latest year with a value (its year in the column "… year")', es: 'combinadas por el último año con valor (su año en la columna "… year")' },
};

export function reshapeNote(spec: ReshapeSpec): { en: string; es: string } {
  const q = (s: string) => `"${s}"`;
  const filters = spec.filters.map((f) => ({ en: `${q(f.column)} is ${f.values.map(q).join(' or ')}`, es: `${q(f.column)} es ${f.values.map(q).join(' o ')}` }));
  if (spec.year !== undefined && spec.yearColumn) filters.push({ en: `${q(spec.yearColumn)} is ${spec.year}`, es: `${q(spec.yearColumn)} es ${spec.year}` });
  const kept = filters.length ? { en: `rows where ${filters.map((f) => f.en).join(' and ')}`, es: `filas en que ${filters.map((f) => f.es).join(' y ')}` } : { en: 'every row', es: 'todas las filas' };
  const pivot = spec.pivot ? { en: `, one column per value of ${q(spec.pivot)}`, es: `, una columna por valor de ${q(spec.pivot)}` } : { en: '', es: '' };
  if (spec.byYear && spec.yearColumn) {
    pivot.en += `, each year of ${q(spec.yearColumn)} apart (a value by year)`;
    pivot.es += `, cada año de ${q(spec.yearColumn)} aparte (un valor por año)`;
  }
  const keys = spec.keys.map(q).join(', ');
  return {
    en: `Reshaped from a file with several rows per municipio: ${kept.en}, ${HOW[spec.aggregate].en} per municipio (${keys})${pivot.en}.`,
    es: `Reorganizado de un archivo con varias filas por municipio: ${kept.es}, ${HOW[spec.aggregate].es} por municipio (${keys})${pivot.es}.`,
  };
}
