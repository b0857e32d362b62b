/**
 * Text folded for matching: canonical decomposition (NFD), combining marks removed, lower case.
 * "Petén" and "PETEN" both fold to "peten"; "Peña" folds to "pena". For search, never for display.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
