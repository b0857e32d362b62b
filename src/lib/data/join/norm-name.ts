/**
 * Place-name normalisation for joining sources that carry names only.
 * Normalised form: accents stripped, upper case, punctuation turned into spaces, spaces collapsed.
 */

/** `San José  Pinula.` → `SAN JOSE PINULA`; `Palacagüina` → `PALACAGUINA`; `Ñ` → `N`. */
export function normName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
