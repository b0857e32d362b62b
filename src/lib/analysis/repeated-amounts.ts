/**
 * A project-location table that repeats the PROJECT's amount on each of its locations (AidData's
 * `total_commitments` on every location row) would count that money once per location. The rule:
 * the rows of one project id (two or more rows, every one with the same amount) carry one amount,
 * split evenly over the project's locations in whole cents ({@link evenSplitCents}), so the
 * project's rows add up to its amount exactly. A project whose rows give different amounts keeps
 * them (they are the locations' own amounts); a row without a project id is a project of its own;
 * a missing amount stays missing. Pure.
 */
import { evenSplitCents } from './even-split-cents.ts';

export interface RepeatedAmounts {
  /** Projects with two or more rows all stating the same amount (split when asked). */
  repeated: number;
  /** Their rows. */
  repeatedRows: number;
  /** Projects with two or more rows stating different amounts (kept as they are). */
  differing: number;
}

/** Row indexes of each project id with two or more rows, in order of first appearance. */
function groups(ids: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  ids.forEach((raw, r) => {
    const id = raw.trim();
    if (!id) return;
    const g = at.get(id);
    if (g) g.push(r);
    else at.set(id, [r]);
  });
  return [...at.values()].filter((g) => g.length > 1);
}

const sameAmount = (g: readonly number[], amounts: readonly (number | null)[]): boolean => {
  const first = amounts[g[0]];
  return first !== null && g.every((r) => amounts[r] === first);
};

/** How many projects repeat one amount on their rows, and how many give different amounts. */
export function repeatedAmounts(ids: readonly string[], amounts: readonly (number | null)[]): RepeatedAmounts {
  const out: RepeatedAmounts = { repeated: 0, repeatedRows: 0, differing: 0 };
  for (const g of groups(ids)) {
    if (sameAmount(g, amounts)) {
      out.repeated++;
      out.repeatedRows += g.length;
    } else if (g.some((r) => amounts[r] !== null)) out.differing++;
  }
  return out;
}

/** The amounts with every repeated project amount split over its rows (a new array). */
export function splitRepeatedAmounts(ids: readonly string[], amounts: readonly (number | null)[]): (number | null)[] {
  const out = amounts.slice();
  for (const g of groups(ids)) {
    if (!sameAmount(g, amounts)) continue;
    const parts = evenSplitCents(amounts[g[0]]!, g.length);
    g.forEach((r, i) => (out[r] = parts[i]));
  }
  return out;
}
