/**
 * The unit an amount column's name gives: millions (`USD millions`, `monto (millones)`,
 * `monto_mm`, `amount_musd`, `MUSD`, `mdd`) or, by default, units. The factor that turns a cell into
 * US dollars. Pure; a first guess the planner can change in the mapping.
 */
import { nameWords } from './indicator-words.ts';

const MILLIONS = new Set(['millions', 'million', 'millones', 'millon', 'mill', 'mm', 'musd', 'usdm', 'mdd', 'mln', 'mio', 'm']);

export function amountScaleOfName(name: string): 1 | 1_000_000 {
  const words = nameWords(name);
  // A lone `m` only next to a currency (`USD m`, `m_usd`), never as the first word of a name.
  return words.some((w, i) => MILLIONS.has(w) && (w !== 'm' || (i > 0 && /^(usd|us|dolares|dollars)$/.test(words[i - 1])) || /^(usd|us)$/.test(words[i + 1] ?? '')))
    ? 1_000_000
    : 1;
}
