/**
 * The words the Excel sheets are written in, for an interface language: the app's (its current
 * language) and the command line's (English) exports take them from the same messages.
 */
import type { Lang } from '../i18n/messages.ts';
import { strings } from '../i18n/strings.ts';
import type { SheetText } from './method-sheet.ts';

/** The sheets' words in `lang`. */
export function sheetTextIn(lang: Lang): SheetText {
  const t = strings[lang];
  return { lang, sheets: t.sheets, evidence: t.evidence, pillars: t.pillars, countries: t.countries };
}
