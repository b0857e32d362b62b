/**
 * The message for a failed import step in the interface language: an ImportError by its code
 * (the `importErrors` texts, through importErrorMessage), anything else by its own message.
 */
import type { Messages } from '../i18n/messages.ts';
import { importErrorMessage } from '../data/import/import-error-message.ts';

export function importErrorText(err: unknown, t: Messages): string {
  return importErrorMessage(err, t);
}
