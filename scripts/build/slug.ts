/** Stable, readable ids from titles. */
import { foldAccents } from '../../src/lib/i18n/fold-accents.ts';

/** `Justice and Transparecny Project / Proyecto de Justicia…` → `justice-and-transparecny-project-proyecto-de-justicia…`. */
export function slugify(text: string, maxLength = 64): string {
  const s = foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= maxLength) return s;
  const cut = s.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return dash > maxLength / 2 ? cut.slice(0, dash) : cut;
}
