/**
 * `evenSplitCents(total, n)`: an amount split into `n` parts in whole cents that add up exactly (in
 * cents) to the total; the remainder cents go to the first parts. How a project's money repeated on
 * each of its locations is counted once (AidData's `even_split_commitments`). Pure.
 */
export function evenSplitCents(total: number, n: number): number[] {
  const cents = Math.round(total * 100);
  const base = Math.floor(cents / n);
  const rest = cents - base * n;
  return Array.from({ length: n }, (_, i) => (base + (i < rest ? 1 : 0)) / 100);
}
