import type { Lang, Messages } from './messages.ts';
import { en } from './en.ts';
import { es } from './es.ts';

/** Interface text by language. */
export const strings: Record<Lang, Messages> = { en, es };
