/**
 * Text folded for matching: canonical decomposition (NFD, Unicode Standard Annex #15), every
 * combining mark (general category M) removed, lower case. "Petén" and "PETEN" both fold to
 * "peten"; "Peña" folds to "pena"; precomposed and decomposed spellings fold alike. For matching
 * (search, name joins, column guesses, slugs), never for display. Callers that want upper case,
 * or only letters and digits, apply that themselves after folding.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
