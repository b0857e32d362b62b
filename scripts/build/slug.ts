/** Stable, readable ids from titles. */

/** `Justice and Transparecny Project / Proyecto de Justicia…` → `justice-and-transparecny-project-proyecto-de-justicia…`. */
export function slugify(text: string, maxLength = 64): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return dash > maxLength / 2 ? cut.slice(0, dash) : cut;
}
