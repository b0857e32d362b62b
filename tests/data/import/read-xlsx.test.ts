/**
 * XLSX import on tests/fixtures/import/two-sheets.xlsx (written by make-xlsx.ts with
 * write-excel-file; the expected cells are the ones that script writes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/import/two-sheets.xlsx', import.meta.url)));

async function read(sheet?: string, name = 'two-sheets.xlsx', b = bytes): Promise<RawTable> {
  const parsed = await importFile({ name, bytes: b }, { sheet });
  expect(parsed.kind).toBe('table');
  return parsed.table;
}

describe('importFile: XLSX', () => {
  it('reads the first sheet: codes stay text, numbers numbers, dates ISO, repeated header renamed', async () => {
    const t = await read();
    expect(t.read).toEqual({ format: 'xlsx', sheets: ['Indicadores', 'Inversiones'], sheet: 'Indicadores' });
    expect(t.columns).toEqual(['codigo', 'Municipio', 'pobreza', 'fecha', 'pobreza_2']);
    expect(t.renamed).toEqual([{ from: 'pobreza', to: 'pobreza_2' }]);
    expect(t.types).toEqual(['text', 'text', 'number', 'text', 'number']);
    expect(t.rowCount).toBe(3);
    expect(t.values[0]).toEqual(['0101', '1601', '0612']);
    expect(t.values[1]).toEqual(['Guatemala', 'Cobán', 'PUEBLO NUEVO VIÑAS']);
    expect(t.values[2]).toEqual([12.5, null, 40.25]);
    expect(t.values[3]).toEqual(['2023-06-30', '2018-01-01', null]);
  });

  it('reads the sheet asked for', async () => {
    const t = await read('Inversiones');
    expect(t.read.sheet).toBe('Inversiones');
    expect(t.columns).toEqual(['donante', 'monto_usd', 'lat', 'lon']);
    expect(t.values).toEqual([
      ['USAID', 'BID'],
      [150000, 2500000.75],
      [14.6349, 15.5],
      [-90.5069, -88.03],
    ]);
  });

  it('refuses a truncated workbook and a non-zip .xlsx as corrupt-xlsx', async () => {
    for (const b of [bytes.subarray(0, 1200), new TextEncoder().encode('codigo,valor\n1,2\n')]) {
      const err = await importFile({ name: 'broken.xlsx', bytes: b }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).code).toBe('corrupt-xlsx');
      expect((err as ImportError).params.file).toBe('broken.xlsx');
    }
  });
});
