/**
 * Okabe–Ito, the colour-blind safe qualitative palette (Okabe & Ito, "Color Universal Design",
 * 2008), ordered so that the first colours are the most distinct on white: blue, orange, bluish
 * green, reddish purple, vermillion, sky blue, yellow, black. Used for the groups of the index
 * (the contribution bars of the ranking table).
 */
const OKABE_ITO = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442', '#000000'] as const;

/** The colour of category `i` (0-based); past eight the colours repeat. */
export function categoricalColour(i: number): string {
  const n = OKABE_ITO.length;
  return OKABE_ITO[((Math.trunc(i) % n) + n) % n];
}
