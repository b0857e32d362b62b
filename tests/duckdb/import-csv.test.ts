/**
 * CSV import through the real DuckDB-WASM engine (Node blocking build), on the committed
 * fixtures in tests/fixtures/import/ and on small texts written here. Expected values are read off
 * the fixture files by hand.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { RawTable } from '../../src/lib/data/import/import-types.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function table(name: string, bytes: Uint8Array): Promise<RawTable> {
  const parsed = await importFile({ name, bytes }, { db });
  expect(parsed.kind).toBe('table');
  return parsed.table;
}

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importFile({ name, bytes }, { db });
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error(`${name} was accepted`);
}

const col = (t: RawTable, name: string) => t.values[t.columns.indexOf(name)];

describe('importFile: CSV through DuckDB', () => {
  it('reads a Spanish Excel export: ";", decimal comma with thousands points, Windows-1252 accents, CRLF', async () => {
    const t = await table('indicadores-latin1-semicolon.csv', fixture('indicadores-latin1-semicolon.csv'));
    expect(t.read).toEqual({ format: 'csv', encoding: 'windows-1252', bom: false, delimiter: ';', decimal: ',' });
    expect(t.columns).toEqual(['codigo', 'municipio', 'departamento', 'pobreza', 'remesas_usd']);
    expect(t.types).toEqual(['text', 'text', 'text', 'number', 'number']);
    expect(t.rowCount).toBe(8);
    expect(col(t, 'codigo')).toEqual(['0101', '0102', '1301', '1601', '1709', '0301', '1506', '0612']);
    expect(col(t, 'municipio')[3]).toBe('Cobán');
    expect(col(t, 'municipio')[7]).toBe('PUEBLO NUEVO VIÑAS');
    expect(col(t, 'departamento')[5]).toBe('Sacatepéquez');
    expect(col(t, 'pobreza')).toEqual([12.5, 8.25, 61.3, null, 70, -1.5, 33, 40.2]);
    expect(col(t, 'remesas_usd')).toEqual([1234.5, 987, 12345678.9, 45.1, 3, 0.75, 100, 2.5]);
    expect(t.renamed).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark and keeps quoted commas', async () => {
    const t = await table('bom-utf8.csv', fixture('bom-utf8.csv'));
    expect(t.read).toEqual({ format: 'csv', encoding: 'utf-8', bom: true, delimiter: ',', decimal: '.' });
    expect(t.columns).toEqual(['id', 'name', 'value']);
    expect(col(t, 'name')).toEqual(['Distrito Central', 'San Pedro Sula', 'Yoro, Yoro']);
    expect(col(t, 'value')).toEqual([3.5, null, 7]);
    expect(t.types).toEqual(['text', 'text', 'number']);
  });

  it('reads a tab-separated file with accents', async () => {
    const t = await table('investments-tab.tsv', fixture('investments-tab.tsv'));
    expect(t.read.delimiter).toBe('\t');
    expect(t.read.decimal).toBe('.');
    expect(t.columns).toEqual(['pcode', 'municipio', 'year', 'amount']);
    expect(col(t, 'municipio')).toEqual(['Ahuachapán Norte', 'La Unión Sur', 'San Salvador Centro']);
    expect(col(t, 'year')).toEqual([2023, 2022, 2023]);
    expect(col(t, 'amount')).toEqual([1500.5, 250, 1000]);
  });

  it('reads "|"-separated text and a one-column file', async () => {
    const pipe = await table('p.csv', utf8('a|b\n1|x\n2|y\n'));
    expect(pipe.read.delimiter).toBe('|');
    expect(pipe.values).toEqual([[1, 2], ['x', 'y']]);
    const one = await table('codes.csv', utf8('codigo\n0101\n0102\n'));
    expect(one.columns).toEqual(['codigo']);
    expect(one.values).toEqual([['0101', '0102']]);
  });

  it('keeps codes with a leading zero, NaN, Infinity and mixed cells as text', async () => {
    const t = await table('t.csv', utf8('code,rate,big,mix,ok\n0101,NaN,Infinity,1,0.5\n1301,2,3,n/a,-0.25\n'));
    expect(t.types).toEqual(['text', 'text', 'text', 'text', 'number']);
    expect(col(t, 'rate')).toEqual(['NaN', '2']);
    expect(col(t, 'ok')).toEqual([0.5, -0.25]);
  });

  it('trims headers and renames blank and repeated ones', async () => {
    const t = await table('h.csv', utf8(' id ,,id,name\n1,2,3,4\n'));
    expect(t.columns).toEqual(['id', 'column_2', 'id_2', 'name']);
    expect(t.renamed).toEqual([
      { from: '', to: 'column_2' },
      { from: 'id', to: 'id_2' },
    ]);
  });

  it('keeps a quoted field holding a newline and a doubled quote', async () => {
    const t = await table('q.csv', utf8('a,b\n"x ""y"", z",2\n"multi\nline",3\n'));
    expect(col(t, 'a')).toEqual(['x "y", z', 'multi\nline']);
  });

  it('reads cells holding the control characters the fast path splits on', async () => {
    const t = await table('c.csv', utf8('a,b\nx\u001fy,\u001e\n,2\n'));
    expect(t.values).toEqual([['x\u001fy', null], ['\u001e', '2']]);
  });

  it('refuses ragged rows with the line number', async () => {
    const err = await refusal('r.csv', utf8('a,b,c\n1,2,3\n4,5\n6,7,8\n'));
    expect(err.code).toBe('csv-parse');
    expect(err.params).toMatchObject({ file: 'r.csv', line: 3, expected: 3, found: 2 });
    const long = await refusal('r.csv', utf8('a,b,c\n1,2,3\n4,5,6\n6,7,8,9\n'));
    expect(long.params).toMatchObject({ line: 4, expected: 3, found: 4 });
  });

  it('counts leading blank lines in the line number', async () => {
    const err = await refusal('r.csv', utf8('\n\na,b\n1,2\n3\n'));
    expect(err.params.line).toBe(5);
  });

  it('refuses an empty file, white space only, a header without rows, and a headerless table', async () => {
    expect((await refusal('e.csv', new Uint8Array())).code).toBe('empty-file');
    expect((await refusal('e.csv', utf8(' \r\n\n'))).code).toBe('empty-file');
    expect((await refusal('e.csv', utf8('\ufeff'))).code).toBe('empty-file');
    expect((await refusal('h.csv', utf8('codigo;tasa\r\n'))).code).toBe('no-rows');
    expect((await refusal('n.csv', utf8('1,2\n3,4\n'))).code).toBe('no-header');
  });

  it('refuses HTML given as CSV', async () => {
    const err = await refusal('data.csv', utf8('<!doctype html><html><body>Not found</body></html>'));
    expect(err.code).toBe('unsupported-format');
    expect(err.params).toEqual({ file: 'data.csv', found: 'html' });
  });

  it('refuses a file that mixes UTF-8 and Latin-1, naming the first bad line', async () => {
    const bytes = new Uint8Array([...utf8('name,v\nCobán,1\n'), ...[0x50, 0x65, 0x74, 0xe9, 0x6e], ...utf8(',2\n')]);
    const err = await refusal('mixed.csv', bytes);
    expect(err.code).toBe('mixed-encoding');
    expect(err.params).toEqual({ file: 'mixed.csv', line: 3 });
  });

  it('reads UTF-16 LE text with a byte-order mark (Excel "Unicode text")', async () => {
    const text = 'municipio\tvalor\r\nCobán\t1,5\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const t = await table('unicode.txt', bytes);
    expect(t.read).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', decimal: ',' });
    expect(t.values).toEqual([['Cobán'], [1.5]]);
  });
});
