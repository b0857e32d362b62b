/**
 * Texts of the join report's choice of how El Salvador's pre-2024 municipios (distritos) are
 * combined into their 2024 municipio (CombineChoice), and of the legend's note on it.
 */
export interface CombineMessages {
  title: string;
  /** `262 rows are pre-2024 municipios (distritos) of El Salvador; they land on 44 municipios of 2024.` */
  intro: (rows: number, units: number) => string;
  /** The select's label for one value column (its name as text). */
  column: (name: string) => string;
  sum: string;
  mean: string;
  /** Why no population-weighted mean is offered. */
  noWeights: string;
  /** What the first guess was based on. */
  guessed: string;
  /** For a stored import opened again: what changing its rule does. */
  storedChange: string;
  /** A rule changed after the import: the rule before (`sum`/`mean`) and the day (ISO date, as text). */
  changedAfterImport: (from: 'sum' | 'mean', day: string) => string;
  /** The legend's note: `El Salvador: 262 pre-2024 municipios combined into 44 by their sum.` */
  legend: (rule: 'sum' | 'mean', rows: number, units: number) => string;
  /** A count or amount column with values below zero: `“poblacion”: 3 negative values (rows 5, 9, 12) …` */
  negative: (column: string, n: number, rows: string) => string;
}
