/**
 * A CSV read by the CLI as the app reads it: every row must have as many fields as the header
 * (the app's DuckDB reader runs in strict mode), else the app's own refusal, in its words
 * (`csv-parse`: "Line N of “file” has X fields where the header has Y…"). Blank lines are skipped.
 */
import { basename } from 'node:path';
import { dsvFormat, type DSVRowArray } from 'd3';
import { ImportError } from '../lib/data/import/import-error.ts';
import { importErrorsEn } from '../lib/i18n/import-errors-en.ts';

/** The rows of `text` (a BOM dropped) under `delimiter`; `path` names the file in the refusal. */
export function parseCsvStrict(text: string, path: string, delimiter = ','): DSVRowArray<string> {
  // Blank lines before the header are skipped, as the app does (and counted in line numbers).
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(LEADING_BLANK_LINES, '');
  const skipped = text.slice(0, text.length - body.length).match(/\r\n|\r|\n/g)?.length ?? 0;
  const format = dsvFormat(delimiter);
  const rows = format.parseRows(body);
  const expected = rows[0]?.length ?? 0;
  let line = 1 + skipped;
  for (const row of rows) {
    const blank = row.length === 1 && row[0].trim() === '';
    if (!blank && row.length !== expected) {
      const params = { file: basename(path), line, expected, found: row.length };
      throw new ImportError('csv-parse', importErrorsEn['csv-parse'](params), params);
    }
    // A quoted cell may hold line breaks: the next row starts that many lines further.
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return format.parse(body);
}

const LEADING_BLANK_LINES = /^(?:[ \t]*(?:\r\n|\r|\n))+/;
