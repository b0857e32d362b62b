import type { CombineMessages } from './combine-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);

export const combineEn: CombineMessages = {
  title: 'Several rows for one municipio: how to combine them',
  intro: (rows, units) => `${int(rows)} ${rows === 1 ? 'row is a pre-2024 municipio' : 'rows are pre-2024 municipios'} (distritos) of El Salvador; they land on ${int(units)} ${units === 1 ? 'municipio' : 'municipios'} of 2024.`,
  column: (name) => `“${name}”: combine by`,
  sum: 'sum (counts, amounts)',
  mean: 'mean, unweighted (rates, shares, scores)',
  noWeights: 'A population-weighted mean is not offered: focal has no population for the 262 pre-2024 municipios (the 2024 census counts only the 44 municipios).',
  guessed: 'First guess from the column’s name and unit. A sum is given only to municipios whose distritos are all in the file.',
  storedChange: 'Changing a rule here and applying recomputes this import’s values; the change is recorded in the indicator’s description, its legend, its exports and the project file.',
  changedAfterImport: (from, day) => `Changed after the import on ${day} (it was the ${from === 'sum' ? 'sum' : 'unweighted mean'}).`,
  legend: (rule, rows, units) => `El Salvador: ${int(rows)} pre-2024 municipios combined into ${int(units)} by their ${rule === 'sum' ? 'sum' : 'unweighted mean'}.`,
  negative: (column, n, rows) =>
    `“${column}” holds a count or an amount, but ${int(n)} ${n === 1 ? 'value is' : 'values are'} below zero (${n === 1 ? 'row' : 'rows'} ${rows}). A count or an amount cannot be negative: check these cells (they are kept as they are).`,
};
