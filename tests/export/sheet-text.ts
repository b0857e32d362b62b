/** Test helper: the words of the Excel sheets in a language, as the app hands them to the exports. */
import { strings } from '../../src/lib/i18n/strings.ts';
import type { Lang } from '../../src/lib/i18n/index.ts';
import type { SheetText } from '../../src/lib/export/method-sheet.ts';

export function sheetText(lang: Lang): SheetText {
  const t = strings[lang];
  return { lang, sheets: t.sheets, evidence: t.evidence, pillars: t.pillars, countries: t.countries };
}
