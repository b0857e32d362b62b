/**
 * The message for a failed import step in the interface language: an ImportError by its code
 * (the `importErrors` texts), anything else by its own message.
 */
import type { Messages } from '../i18n/messages.ts';

export function importErrorText(err: unknown, t: Messages): string {
  // TODO(importErrorMessage): the IMPORT engineer's importErrorMessage(err, t) once it lands.
  void t;
  return err instanceof Error ? err.message : String(err);
}
