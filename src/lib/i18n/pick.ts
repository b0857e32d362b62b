import type { Lang } from './messages.ts';

/** The text of a bilingual catalog field in `lang`, falling back to English. */
export function pick(text: { en: string; es: string } | undefined, lang: Lang): string {
  return (text?.[lang] || text?.en) ?? '';
}
