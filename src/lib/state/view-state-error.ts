/**
 * A view state the app refuses (a link someone edited or cut short, a project file's view): the
 * UI words it by `code` in the interface language (i18n `links.errors`), `params` fill it in
 * (always shown as text). `message` is the English text, for logs and tests.
 */
import type { Issue } from '../data/validate.ts';

export type ViewStateErrorCode =
  /** The link or file was written by another version of focal (`v` is not 1). */
  | 'version'
  /** Not a view state: cut short, not base64url/DEFLATE/JSON, a field missing or of the wrong type. */
  | 'damaged'
  /** The index spec fails validation (`issues`). */
  | 'spec'
  /** An indicator id the catalog does not hold (`id`). */
  | 'unknown-indicator'
  /** A unit id the boundaries do not hold (`id`). */
  | 'unknown-unit'
  /** A setting outside its allowed values (`field`, `value`). */
  | 'out-of-range';

export class ViewStateError extends Error {
  readonly code: ViewStateErrorCode;
  readonly params: Record<string, string>;
  /** The validation issue behind a `damaged` or `out-of-range` error, when a field was at fault. */
  readonly issue: Issue | null;
  constructor(code: ViewStateErrorCode, message: string, params: Record<string, string> = {}, issue: Issue | null = null) {
    super(message);
    this.issue = issue;
    this.name = 'ViewStateError';
    this.code = code;
    this.params = params;
  }
}
