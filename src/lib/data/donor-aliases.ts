/**
 * Donor aliases: one donor spelled differently by different sources. The default data name USAID
 * "USAID" in the Guatemala activities and "United States Agency for International Development
 * (USAID)" in the Honduras AidData projects; choosing "USAID" must select both. Names are compared
 * case-insensitively with spaces collapsed (as coverage-by-unit.ts compares them).
 */

/** Display name → every spelling that means that donor (the display name included). */
export const DONOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USAID: ['USAID', 'United States Agency for International Development (USAID)', 'United States Agency for International Development'],
};

/** One entry of the donor filter: the name shown and the data's spellings it selects. */
export interface DonorChoice {
  label: string;
  /** The data labels (as in `PreparedCoverage.donors`) this choice selects. */
  members: string[];
}

const fold = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The donor filter's choices for the data's donor labels: each alias group present in the data
 * becomes one choice named by its display name (listing the spellings found), every other label a
 * choice of its own; sorted by label (case-insensitive).
 */
export function donorChoices(labels: readonly string[], aliases: Readonly<Record<string, readonly string[]>> = DONOR_ALIASES): DonorChoice[] {
  const aliasOf = new Map<string, string>();
  for (const [name, spellings] of Object.entries(aliases)) for (const s of [name, ...spellings]) aliasOf.set(fold(s), name);
  const groups = new Map<string, string[]>();
  for (const label of labels) {
    const key = aliasOf.get(fold(label)) ?? label;
    const g = groups.get(key);
    if (g) g.push(label);
    else groups.set(key, [label]);
  }
  return [...groups]
    .map(([label, members]) => ({ label, members }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
}
