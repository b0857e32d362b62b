import { strings, type Lang, type Messages } from '../i18n/index.ts';

/** The interface language; catalog labels follow it too. */
export class Locale {
  lang = $state<Lang>('en');
  readonly t: Messages = $derived(strings[this.lang]);

  constructor(initial: Lang) {
    this.lang = initial;
  }

  toggle(): void {
    this.lang = this.lang === 'en' ? 'es' : 'en';
  }
}

/** English unless the browser prefers Spanish. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
