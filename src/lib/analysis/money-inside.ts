/**
 * Money inside and outside a set of units (a planner's list, the high–high hotspot clusters), per
 * country: how many units, how many received money, how many have an unknown amount, and the money.
 * Pure: per-unit coverage in, sums out. Units of a country without investment data (`sourced` 0)
 * are counted apart (`notSourced`), never as units without money; an unknown amount (NaN) is
 * counted in `unknown` and adds nothing, never as zero.
 */

export interface MoneySide {
  units: number;
  /** Units with an amount above 0. */
  withMoney: number;
  /** Units whose amount is unknown (NaN). */
  unknown: number;
  /** Money (USD) of the units with a known amount. */
  money: number;
}

export interface MoneyInsideCountry {
  /** The country group (as `countryOfUnit`). */
  country: number;
  inside: MoneySide;
  outside: MoneySide;
  /** Units of the set in the country without investment data (not in `inside`). */
  notSourced: number;
  /** inside.money / (inside.money + outside.money); NaN when neither has money. */
  insideShare: number;
}

const side = (): MoneySide => ({ units: 0, withMoney: 0, unknown: 0, money: 0 });

/**
 * Per country group (0 … max, in order): the money of the units in `mask` (1 = in) and of the
 * others, from `amount` (USD per unit; NaN unknown) and `sourced` (1 where the country has
 * municipio-level investment data).
 * @throws {Error} when the arrays differ in length
 */
export function moneyInsideOutside(amount: ArrayLike<number>, sourced: ArrayLike<number>, countryOfUnit: ArrayLike<number>, mask: ArrayLike<number>): MoneyInsideCountry[] {
  const n = countryOfUnit.length;
  if (amount.length !== n || sourced.length !== n || mask.length !== n) throw new Error('amount, sourced, countries and mask differ in length');
  let groups = 0;
  for (let u = 0; u < n; u++) if (countryOfUnit[u] + 1 > groups) groups = countryOfUnit[u] + 1;
  const out: MoneyInsideCountry[] = Array.from({ length: groups }, (_, country) => ({ country, inside: side(), outside: side(), notSourced: 0, insideShare: NaN }));
  for (let u = 0; u < n; u++) {
    const c = countryOfUnit[u];
    if (c < 0) continue;
    const row = out[c];
    const inSet = mask[u] === 1;
    if (sourced[u] !== 1) {
      if (inSet) row.notSourced++;
      continue;
    }
    const s = inSet ? row.inside : row.outside;
    s.units++;
    const a = amount[u];
    if (Number.isNaN(a)) s.unknown++;
    else {
      s.money += a;
      if (a > 0) s.withMoney++;
    }
  }
  for (const row of out) {
    const total = row.inside.money + row.outside.money;
    row.insideShare = total > 0 ? row.inside.money / total : NaN;
  }
  return out;
}
