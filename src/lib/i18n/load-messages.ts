import type { Lang, Messages } from './messages.ts';
import { en } from './en.ts';

/**
 * The interface text of the languages loaded so far: English comes with the first download (it is
 * also the fallback of every bilingual text), Spanish is fetched the first time it is asked for
 * (a browser that prefers it: before the app is mounted; the language button, a link: before the
 * switch), so that the first map's download carries one language, not two.
 */
const loaded: Partial<Record<Lang, Messages>> = { en };

/** Loads the text of `lang` (at once when it is in). */
export async function loadMessages(lang: Lang): Promise<Messages> {
  loaded[lang] ??= lang === 'es' ? (await import('./es.ts')).es : en;
  return loaded[lang];
}

/**
 * The text of `lang`, loaded before by {@link loadMessages} (the app's language only changes once
 * its text is in); English when it is not.
 */
export function loadedMessages(lang: Lang): Messages {
  return loaded[lang] ?? en;
}

/** Whether the text of `lang` is loaded (a switch to it can be made at once). */
export function hasMessages(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}
