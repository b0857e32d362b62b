/**
 * A project file the app refuses: the UI words it by `code` in the interface language (i18n
 * `links.projectErrors`), `params` fill it in (as text). `message` is the English text.
 */
export type ProjectFileErrorCode =
  /** The file is not JSON. */
  | 'not-json'
  /** JSON, but not a focal project (no `focal_project`). */
  | 'not-project'
  /** A project of another format or workspace version (`version`). */
  | 'version'
  /** A focal project with a missing or malformed part (`detail`). */
  | 'damaged';

export class ProjectFileError extends Error {
  readonly code: ProjectFileErrorCode;
  readonly params: Record<string, string>;
  constructor(code: ProjectFileErrorCode, message: string, params: Record<string, string>) {
    super(message);
    this.name = 'ProjectFileError';
    this.code = code;
    this.params = params;
  }
}
