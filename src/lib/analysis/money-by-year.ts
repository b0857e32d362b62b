/**
 * Investment money by year under a stated rule (docs/METHODS.md §5, "Money over time"). A row of
 * the investment data states a period (start and end year, either may be missing) and one amount
 * for the whole period; which year that money "is" is a choice, so it is always named:
 * - `start`: all of it in the start year (when the commitment was made);
 * - `end`: all of it in the end year (when the project closed);
 * - `spread`: evenly over the active years start…end inclusive (a 2004–2007 row of 400 puts 100
 *   in each of 2004, 2005, 2006, 2007), the usual reading of a disbursement schedule one does
 *   not have.
 * A row lacking the year its rule needs (`spread` needs both) is never put in some year: it is
 * counted apart with its money, as is a row whose period is malformed (end before start, or a
 * year that is not a whole number). A row without an amount adds no money (counted). Nothing is
 * invented: `allocated + noYear.money + badPeriod.money` is the money of the rows given.
 */

export const YEAR_RULES = ['start', 'end', 'spread'] as const;
export type YearRule = (typeof YEAR_RULES)[number];

/** The rows' periods and amounts (NaN: not stated). */
export interface MoneyYearsInput {
  amount: ArrayLike<number>;
  startYear: ArrayLike<number>;
  endYear: ArrayLike<number>;
}

/** Rows and their money (USD) in one bucket. */
export interface RowsMoney {
  rows: number;
  money: number;
}

export interface MoneyByYear {
  rule: YearRule;
  /** Every year from the first to the last that received money, ascending (empty: none). */
  years: number[];
  nGroups: number;
  /** USD per group and year: `money[g * years.length + k]` (0: a year without money, within the range). */
  money: Float64Array;
  /** Rows with an amount that put money in group g and year k, same layout. */
  rows: Int32Array;
  /** Per group: money put in some year (USD). */
  allocated: Float64Array;
  /** Per group: rows (with or without amount) and money lacking the year(s) the rule needs. */
  noYear: RowsMoney[];
  /** Per group: rows and money whose period is malformed (end before start, or not a whole year). */
  badPeriod: RowsMoney[];
  /** Per group: rows with a usable period but no amount (no money to place). */
  noAmount: Int32Array;
  /** Per group: rows given. */
  total: Int32Array;
}

/** The share of a row's money in each year under `rule`: [year, share] pairs, or why there are none. */
export function yearShares(start: number, end: number, rule: YearRule): [number, number][] | 'noYear' | 'badPeriod' {
  const s = start;
  const e = end;
  const whole = (y: number) => Number.isInteger(y);
  if (rule === 'start') {
    if (Number.isNaN(s)) return 'noYear';
    if (!whole(s) || (whole(e) && e < s) || (!Number.isNaN(e) && !whole(e))) return 'badPeriod';
    return [[s, 1]];
  }
  if (rule === 'end') {
    if (Number.isNaN(e)) return 'noYear';
    if (!whole(e) || (whole(s) && e < s) || (!Number.isNaN(s) && !whole(s))) return 'badPeriod';
    return [[e, 1]];
  }
  if (Number.isNaN(s) || Number.isNaN(e)) return 'noYear';
  if (!whole(s) || !whole(e) || e < s) return 'badPeriod';
  const n = e - s + 1;
  const out: [number, number][] = [];
  for (let y = s; y <= e; y++) out.push([y, 1 / n]);
  return out;
}

/**
 * Money by year for groups of rows: `group[r]` is row r's group (0…nGroups−1) or −1 to leave it
 * out (another unit, dropped by a filter, not placed in a municipio). All groups share one year
 * axis, so their series line up.
 */
export function moneyByYear(x: MoneyYearsInput, group: ArrayLike<number>, nGroups: number, rule: YearRule): MoneyByYear {
  const nRows = group.length;
  if (x.amount.length !== nRows || x.startYear.length !== nRows || x.endYear.length !== nRows) {
    throw new Error(`moneyByYear: ${nRows} groups for ${x.amount.length} amounts, ${x.startYear.length} start and ${x.endYear.length} end years`);
  }
  const noYear = Array.from({ length: nGroups }, () => ({ rows: 0, money: 0 }));
  const badPeriod = Array.from({ length: nGroups }, () => ({ rows: 0, money: 0 }));
  const noAmount = new Int32Array(nGroups);
  const total = new Int32Array(nGroups);
  const shares: { r: number; g: number; s: [number, number][] }[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < nRows; r++) {
    const g = group[r];
    if (!(g >= 0 && g < nGroups)) continue;
    total[g]++;
    const a = x.amount[r];
    const money = Number.isFinite(a) ? a : 0;
    const s = yearShares(x.startYear[r], x.endYear[r], rule);
    if (s === 'noYear' || s === 'badPeriod') {
      const bucket = s === 'noYear' ? noYear[g] : badPeriod[g];
      bucket.rows++;
      bucket.money += money;
      continue;
    }
    if (!Number.isFinite(a)) {
      noAmount[g]++;
      continue;
    }
    shares.push({ r, g, s });
    first = Math.min(first, s[0][0]);
    last = Math.max(last, s[s.length - 1][0]);
  }
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const ny = years.length;
  const money = new Float64Array(nGroups * ny);
  const rows = new Int32Array(nGroups * ny);
  const allocated = new Float64Array(nGroups);
  for (const { r, g, s } of shares) {
    const a = x.amount[r];
    for (const [y, share] of s) {
      money[g * ny + y - first] += a * share;
      rows[g * ny + y - first]++;
    }
    allocated[g] += a;
  }
  return { rule, years, nGroups, money, rows, allocated, noYear, badPeriod, noAmount, total };
}

/** A group's money before `year` (years < year) and from `year` on (years ≥ year), under the series' rule. */
export function moneyBeforeAfter(m: MoneyByYear, g: number, year: number): { before: number; after: number } {
  const ny = m.years.length;
  let before = 0;
  let after = 0;
  for (let k = 0; k < ny; k++) {
    if (m.years[k] < year) before += m.money[g * ny + k];
    else after += m.money[g * ny + k];
  }
  return { before, after };
}
