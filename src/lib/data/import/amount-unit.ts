/**
 * The unit an amount column is in, and the factor that turns a cell into US dollars: millions
 * (`USD millions`, `monto (millones)`, `monto_mm`, `amount_musd`, `MUSD`, `mdd`), thousands
 * (`USD thousands`, `miles de USD`, `monto_k`, `USD 000`) or, by default, units. When the name says
 * nothing, the values may: project amounts that are all below 10,000 and mostly fractional
 * (`51.088033`, `2.92`) are millions. Pure; a first guess the planner sees and can change in the
 * mapping dialog.
 */
import { nameWords } from './indicator-words.ts';

export type AmountScale = 1 | 1_000 | 1_000_000;
export const AMOUNT_SCALES: readonly AmountScale[] = [1, 1_000, 1_000_000];

const MILLIONS = new Set(['millions', 'million', 'millones', 'millon', 'mill', 'mm', 'musd', 'usdm', 'mdd', 'mln', 'mio', 'm']);
const THOUSANDS = new Set(['thousands', 'thousand', 'miles', 'mil', 'k', 'kusd', 'usdk', '000', '000s']);
const CURRENCY = /^(usd|us|dolares|dollars)$/;

/** Whether a lone letter (`m`, `k`) sits next to a currency word (`USD m`, `k_usd`), never first alone. */
const nextToCurrency = (words: readonly string[], i: number) => (i > 0 && CURRENCY.test(words[i - 1])) || /^(usd|us)$/.test(words[i + 1] ?? '');

export function amountScaleOfName(name: string): AmountScale {
  const words = nameWords(name);
  if (words.some((w, i) => MILLIONS.has(w) && (w !== 'm' || nextToCurrency(words, i)))) return 1_000_000;
  if (words.some((w, i) => THOUSANDS.has(w) && ((w !== 'k' && w !== 'mil') || nextToCurrency(words, i)))) return 1_000;
  return 1;
}

/** Millions told by the values alone: at least 3 amounts, all below 10,000, most of them not whole. */
export function amountScaleOfValues(values: readonly (number | null)[]): AmountScale {
  let n = 0;
  let fractional = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || v === 0) continue;
    if (Math.abs(v) >= 10_000) return 1;
    n++;
    if (!Number.isInteger(v)) fractional++;
  }
  return n >= 3 && fractional * 2 > n ? 1_000_000 : 1;
}

/** The guess: the name's unit when it states one, else the values'. */
export function guessAmountScale(name: string, values: readonly (number | null)[]): AmountScale {
  const byName = amountScaleOfName(name);
  return byName !== 1 ? byName : amountScaleOfValues(values);
}
