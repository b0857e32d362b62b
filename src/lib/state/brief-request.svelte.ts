/**
 * Which municipio briefs the planner asked to print: one (from the profile) or a booklet (the top N
 * of each country, from the ranking), and on which paper. The preview reads it; closing clears it.
 */
export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Letter where it is the usual office paper (the Americas and the Philippines), else A4. */
export function defaultPaper(languages: readonly string[]): Paper {
  return /-(US|CA|MX|GT|HN|SV|NI|CR|PA|CO|VE|CL|PH|PR|DO)$/i.test(languages[0] ?? '') ? 'Letter' : 'A4';
}

export class BriefRequest {
  /** Unit indices (the map's order) of the briefs asked for, in page order; null: none open. */
  units = $state.raw<readonly number[] | null>(null);
  paper = $state<Paper>(defaultPaper(typeof navigator === 'undefined' ? [] : navigator.languages));

  open(units: readonly number[]): void {
    this.units = units.length ? units : null;
  }

  close(): void {
    this.units = null;
  }
}
