import { strings, type Lang, type Messages } from '../i18n/index.ts';

/**
 * The interface language; catalog labels follow it too. It starts as the browser's; `chosen`
 * says the planner (or a link they opened) picked it explicitly — only then does a link carry it.
 */
export class Locale {
  lang = $state<Lang>('en');
  chosen = $state(false);
  readonly t: Messages = $derived(strings[this.lang]);

  constructor(initial: Lang) {
    this.lang = initial;
  }

  choose(lang: Lang): void {
    this.lang = lang;
    this.chosen = true;
  }

  toggle(): void {
    this.choose(this.lang === 'en' ? 'es' : 'en');
  }
}

/** English unless the browser prefers Spanish. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
