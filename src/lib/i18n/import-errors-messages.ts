/**
 * Why a file was refused, one sentence per import error code (src/lib/data/import/import-error.ts;
 * the list is repeated here because i18n imports nothing — import-error-message.ts checks at
 * compile time that both lists agree). Each sentence says what is wrong and what to do; params
 * (file name, row, column, value…) are plain text from the file, never HTML.
 */
export type ImportErrorText = (p: Readonly<Record<string, string | number | undefined>>) => string;

export interface ImportErrorsMessages {
  'empty-file': ImportErrorText;
  'unsupported-format': ImportErrorText;
  'too-large': ImportErrorText;
  'invalid-json': ImportErrorText;
  'too-deep': ImportErrorText;
  'not-geojson': ImportErrorText;
  'no-features': ImportErrorText;
  'wrong-geometry': ImportErrorText;
  'projected-no-prj': ImportErrorText;
  'unknown-projection': ImportErrorText;
  'swapped-coordinates': ImportErrorText;
  'coordinates-out-of-range': ImportErrorText;
  'corrupt-zip': ImportErrorText;
  'zip-without-shp': ImportErrorText;
  'zip-no-usable-shp': ImportErrorText;
  'corrupt-xlsx': ImportErrorText;
  'no-header': ImportErrorText;
  'no-rows': ImportErrorText;
  'csv-parse': ImportErrorText;
  'mixed-encoding': ImportErrorText;
  'missing-column': ImportErrorText;
  'duplicate-keys': ImportErrorText;
  'not-a-number': ImportErrorText;
  'no-match': ImportErrorText;
  /** `reason`: `none` (no value column; `column` = the key) or `empty` (`columns`, `count`: empty in every matched row). */
  'no-values': ImportErrorText;
  'duplicate-id': ImportErrorText;
  quota: ImportErrorText;
}
