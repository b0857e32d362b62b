/**
 * Every import error code has a sentence in English and Spanish that fills in its params, and
 * other errors fall back to their own message.
 */
import { describe, expect, it } from 'vitest';
import { importErrorMessage } from '../../../src/lib/data/import/import-error-message.ts';
import { ImportError, type ImportErrorCode } from '../../../src/lib/data/import/import-error.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { es } from '../../../src/lib/i18n/es.ts';

const CODES = Object.keys(en.importErrors) as ImportErrorCode[];

describe('importErrorMessage', () => {
  it('gives the brief’s sentence for a cell that is not a number, in both languages', () => {
    const err = new ImportError('not-a-number', 'x', { file: 'datos.csv', column: 'tasa', row: 12, value: 'NaN' });
    expect(importErrorMessage(err, en)).toBe('Row 12 of column “tasa” holds “NaN”, which is not a number. Fix the cell or leave it empty.');
    expect(importErrorMessage(err, es)).toBe('La fila 12 de la columna «tasa» contiene «NaN», que no es un número. Corrija la celda o déjela vacía.');
  });

  it('names the line and the field counts of a ragged CSV row', () => {
    const err = new ImportError('csv-parse', 'x', { file: 'r.csv', line: 3, expected: 3, found: 2 });
    expect(importErrorMessage(err, en)).toBe('Line 3 of “r.csv” has 2 fields where the header has 3. Check that line for an extra or missing separator, or a quote that is not closed.');
    expect(importErrorMessage(err, es)).toContain('La línea 3 del archivo «r.csv» tiene 2 campos y el encabezado tiene 3.');
  });

  it('says why an import with no usable value is refused, in both languages', () => {
    const none = new ImportError('no-values', 'x', { file: 'lista.csv', column: 'municipio', reason: 'none' });
    expect(importErrorMessage(none, en)).toBe(
      '“lista.csv” has no value to map: no column of numbers besides the key (“municipio”), the department, codes, years and row numbers. Add a column of numbers, or import it as investments or boundaries if that is what it holds.',
    );
    expect(importErrorMessage(none, es)).toContain('El archivo «lista.csv» no tiene valores que mapear: ninguna columna de números aparte de la clave («municipio»)');
    const empty = new ImportError('no-values', 'x', { file: 'lista.csv', columns: '"tasa"', count: 1, reason: 'empty' });
    expect(importErrorMessage(empty, en)).toBe('“lista.csv” has no value to map: its value column "tasa" is empty in every row that matched a municipio. Fill in the values, or choose another column.');
    expect(importErrorMessage(empty, es)).toContain('su columna de valores "tasa" está vacía en todas las filas');
  });

  it('has a distinct, filled-in sentence for every code in both languages (never "undefined")', () => {
    expect(CODES.length).toBe(27);
    expect(Object.keys(es.importErrors).sort()).toEqual([...CODES].sort());
    const params = { file: 'mis datos.csv', line: 7, column: 'tasa', row: 4, value: '1,2,3', sizeMb: 300, maxMb: 250, prj: 'Foo_Bar', id: 'x' };
    for (const m of [en, es]) {
      const seen = new Set<string>();
      for (const code of CODES) {
        for (const p of [params, {}]) {
          const text = importErrorMessage(new ImportError(code, 'english', p), m);
          expect(text, code).not.toMatch(/undefined|NaN|\[object/);
          expect(text.length, code).toBeGreaterThan(30);
        }
        const full = importErrorMessage(new ImportError(code, 'english', params), m);
        if (!['quota', 'not-a-number', 'duplicate-id'].includes(code)) expect(full, code).toContain('mis datos.csv');
        seen.add(full);
      }
      expect(seen.size).toBe(CODES.length);
    }
  });

  it('picks the variant of unsupported-format by what was found', () => {
    const html = new ImportError('unsupported-format', 'x', { file: 'a.csv', found: 'html' });
    expect(importErrorMessage(html, en)).toContain('web page (HTML)');
    expect(importErrorMessage(html, es)).toContain('página web (HTML)');
  });

  it('reads an ImportError that lost its class, and falls back to the message of other errors', () => {
    const cloned = structuredClone({ name: 'ImportError', code: 'no-rows', params: { file: 'h.csv' }, message: 'x' });
    expect(importErrorMessage(cloned, en)).toBe('“h.csv” has a header but no rows of data. Check that you saved the file with its data.');
    expect(importErrorMessage(new Error('disk on fire'), es)).toBe('disk on fire');
    expect(importErrorMessage('plain', en)).toBe('plain');
  });
});
