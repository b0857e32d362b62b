import { en, hasMessages, loadMessages, loadedMessages, type Lang, type Messages } from '../i18n/index.ts';

/**
 * The interface language; catalog labels follow it too. It starts as the browser's; `chosen`
 * says the planner (or a link they opened) picked it explicitly — only then does a link carry it.
 * A language's text is loaded before the switch to it (Spanish is not in the first download):
 * `lang` and `t` change together, never to a language whose text is missing.
 */
export class Locale {
  lang = $state<Lang>('en');
  chosen = $state(false);
  #t = $state.raw<Messages>(en);
  /** Resolves once the text of the initial language is in (the app is mounted after it: no other language flashes). */
  readonly ready: Promise<void>;
  /** The language asked for last (a later choice wins over an earlier one still loading). */
  #asked: Lang;

  constructor(initial: Lang) {
    this.#asked = initial;
    this.ready = this.#show(initial, false);
  }

  /** The interface text in `lang`. */
  get t(): Messages {
    return this.#t;
  }

  /** Switches to `lang` once its text is loaded (resolved then). */
  choose(lang: Lang): Promise<void> {
    return this.#show(lang, true);
  }

  toggle(): Promise<void> {
    return this.choose(this.#asked === 'en' ? 'es' : 'en');
  }

  /** Loads the text of the language the planner does not see now (after the first map: the language button then switches at once). */
  preloadOther(): void {
    void loadMessages(this.lang === 'en' ? 'es' : 'en');
  }

  /** Switches to `lang`: at once when its text is loaded, else once it is. */
  async #show(lang: Lang, chosen: boolean): Promise<void> {
    this.#asked = lang;
    if (!hasMessages(lang)) await loadMessages(lang);
    if (this.#asked !== lang) return;
    this.lang = lang;
    this.#t = loadedMessages(lang);
    if (chosen) this.chosen = true;
  }
}

/** English unless the browser prefers Spanish. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
