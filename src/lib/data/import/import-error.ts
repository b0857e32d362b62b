/**
 * A file the app refuses, with a reason the planner can act on. The message is chosen by `code`
 * in the UI language (src/lib/i18n: `importErrors`); `params` fill it in (file name, row, column,
 * value — always shown as text). `message` is the English text, for the CLI and logs.
 */
export type ImportErrorCode =
  | 'empty-file'
  | 'unsupported-format'
  | 'too-large'
  | 'invalid-json'
  | 'too-deep'
  | 'not-geojson'
  | 'no-features'
  | 'wrong-geometry'
  | 'projected-no-prj'
  | 'unknown-projection'
  | 'swapped-coordinates'
  | 'coordinates-out-of-range'
  | 'corrupt-zip'
  | 'zip-without-shp'
  | 'zip-no-usable-shp'
  | 'corrupt-xlsx'
  | 'no-header'
  | 'no-rows'
  | 'csv-parse'
  | 'mixed-encoding'
  | 'missing-column'
  | 'duplicate-keys'
  | 'not-a-number'
  | 'no-match'
  | 'no-values'
  | 'duplicate-id'
  | 'quota';

export type ImportErrorParams = Record<string, string | number>;

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: ImportErrorParams;
  constructor(code: ImportErrorCode, message: string, params: ImportErrorParams = {}) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }
}
