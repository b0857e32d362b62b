/**
 * A planner's list of units against the priority list (the index's top N): per country, how many
 * of the list are in the top N, and who is in one and not the other. Pure: masks in unit order in,
 * counts and unit indices out. Units without a country group (−1) are left out.
 */

export interface ListPriorityCountry {
  /** The country group (as in `countryOfUnit`). */
  country: number;
  /** Units of the country in the list. */
  listed: number;
  /** Units of the country in the top N. */
  top: number;
  /** Units in both. */
  both: number;
  /** Units in the list and not in the top N, in unit order. */
  onlyList: number[];
  /** Units in the top N and not in the list, in unit order. */
  onlyTop: number[];
}

/**
 * The comparison per country group, in group order (groups 0 … max), for `inList` and `inTopN`
 * (1 = in, unit order) and each unit's country group.
 * @throws {Error} when the three arrays differ in length
 */
export function compareListWithPriority(inList: ArrayLike<number>, inTopN: ArrayLike<number>, countryOfUnit: ArrayLike<number>): ListPriorityCountry[] {
  const n = countryOfUnit.length;
  if (inList.length !== n || inTopN.length !== n) throw new Error(`list (${inList.length}), top N (${inTopN.length}) and countries (${n}) differ in length`);
  let groups = 0;
  for (let u = 0; u < n; u++) if (countryOfUnit[u] + 1 > groups) groups = countryOfUnit[u] + 1;
  const out: ListPriorityCountry[] = Array.from({ length: groups }, (_, country) => ({ country, listed: 0, top: 0, both: 0, onlyList: [], onlyTop: [] }));
  for (let u = 0; u < n; u++) {
    const c = countryOfUnit[u];
    if (c < 0) continue;
    const row = out[c];
    const l = inList[u] === 1;
    const t = inTopN[u] === 1;
    if (l) row.listed++;
    if (t) row.top++;
    if (l && t) row.both++;
    else if (l) row.onlyList.push(u);
    else if (t) row.onlyTop.push(u);
  }
  return out;
}
