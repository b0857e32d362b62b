/**
 * The sentence shown for an import failure, in the UI language: an {@link ImportError}'s code
 * picks the text of `importErrors`, its params fill it in; any other error falls back to its own
 * message.
 */
import type { ImportErrorsMessages } from '../../i18n/import-errors-messages.ts';
import type { Messages } from '../../i18n/messages.ts';
import { ImportError, type ImportErrorCode } from './import-error.ts';

// Compile-time check that the i18n keys and the error codes are the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CODES_MATCH: Same<keyof ImportErrorsMessages, ImportErrorCode> = true;
void CODES_MATCH;

export function importErrorMessage(err: unknown, m: Pick<Messages, 'importErrors'>): string {
  if (err instanceof ImportError || isImportErrorLike(err)) {
    const text = m.importErrors[err.code as ImportErrorCode];
    if (text) return text(err.params ?? {});
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

/** An ImportError that lost its class on the way (e.g. structured-cloned): a name, code and params. */
function isImportErrorLike(err: unknown): err is { code: string; params: Record<string, string | number> } {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'ImportError' && typeof (err as { code?: unknown }).code === 'string';
}
