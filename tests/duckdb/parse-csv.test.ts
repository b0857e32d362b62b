/**
 * The browser's CSV path without a browser: parseBytes through a fake import worker that
 * structured-clones both ways AND honours transfers (a buffer used after it was handed over is
 * detached, as in the browser), on the real DuckDB-WASM engine. Every CSV fixture must come out
 * exactly as importFile reads it in Node (the path the fixture tests check by hand), refusals with
 * the same code and params; a few cases are checked by hand here too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { outcome, type Outcome } from './import-outcome.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { ImportProgress, RawTable } from '../../src/lib/data/import/import-types.ts';
import { transferringWorker as fakeWorker } from '../data/import/transferring-worker.ts';
import { parseBytes } from '../../src/lib/state/parse-file.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});

let requests: string[] = [];
/** The fake import worker (see transferring-worker.ts), recording every request's type. */
const transferringWorker = () => fakeWorker((type) => requests.push(type));

const dirs = ['import', 'bad'];
const csvFixtures = dirs.flatMap((d) =>
  readdirSync(new URL(`../fixtures/${d}/`, import.meta.url))
    .filter((f) => /\.(csv|tsv)$/.test(f))
    .map((f) => [`${d}/${f}`] as const),
);

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);


async function browserPath(name: string, bytes: Uint8Array): Promise<Outcome> {
  return outcome(() => parseBytes(name, bytes, db, { createWorker: transferringWorker }));
}

async function nodePath(name: string, bytes: Uint8Array): Promise<Outcome> {
  return outcome(() => importFile({ name, bytes }, { db }));
}

async function table(name: string, bytes: Uint8Array): Promise<RawTable> {
  const o = await browserPath(name, bytes);
  if (!('ok' in o)) throw new Error(`${name} refused: ${o.code}`);
  return o.ok.table;
}

describe('parseBytes: a CSV through the import worker and DuckDB', () => {
  it.each(csvFixtures)('%s comes out as importFile reads it', async (path) => {
    const name = path.split('/')[1];
    // Each path gets its own copy: the browser path hands its bytes over.
    const expected = await nodePath(name, read(path));
    expect(await browserPath(name, read(path))).toEqual(expected);
  });

  it('types columns by hand-computed expectations, with the file buffer handed over', async () => {
    requests = [];
    const bytes = utf8('\n  \ncodigo;nombre;monto;vacía\n0101;Antigua ; 1.234,5;\n1601;"Cobán; A.V.";-2,25;\n');
    const progress: ImportProgress[] = [];
    const parsed = await parseBytes('x.csv', bytes, db, { createWorker: transferringWorker, onProgress: (p) => progress.push(p) });
    expect(bytes.byteLength).toBe(0); // transferred, not copied
    expect(requests).toEqual(['csv-prepare', 'csv-table']);
    expect(progress.map((p) => p.stage)).toEqual(['decode', 'parse']);
    const t = parsed.table;
    expect(t.columns).toEqual(['codigo', 'nombre', 'monto', 'vacía']);
    expect(t.types).toEqual(['text', 'text', 'number', 'number']);
    expect(t.values).toEqual([['0101', '1601'], ['Antigua', 'Cobán; A.V.'], [1234.5, -2.25], [null, null]]);
    expect(t.read).toEqual({ format: 'csv', encoding: 'utf-8', bom: false, delimiter: ';', decimal: ',' });
  });

  it('types a comma file by hand-computed expectations (blank and repeated headers renamed)', async () => {
    const t = await table('k.csv', utf8('a,,a,d\n1,x, ,0101\n,2.5,3,7\n-0.5,"",1e3,8\n'));
    expect(t.columns).toEqual(['a', 'column_2', 'a_2', 'd']);
    expect(t.renamed).toEqual([{ from: '', to: 'column_2' }, { from: 'a', to: 'a_2' }]);
    expect(t.types).toEqual(['number', 'text', 'number', 'text']);
    expect(t.values).toEqual([[1, null, -0.5], ['x', '2.5', null], [null, 3, 1000], ['0101', '7', '8']]);
    expect(t.read.decimal).toBe('.');
  });

  it('reports a ragged row on its line in the file, leading blank lines counted', async () => {
    const o = await browserPath('r.csv', utf8('\n\na,b\n1,2\n3,4,5\n'));
    expect(o).toMatchObject({ code: 'csv-parse', params: { file: 'r.csv', line: 5, expected: 2, found: 3 } });
  });

  it('falls back to rows when a cell holds the separators used to join cells', async () => {
    const t = await table('c.csv', utf8('a,b\n"x\u001fy",1\n\u001e,2\n,3\n'));
    expect(t.values).toEqual([['x\u001fy', '\u001e', null], [1, 2, 3]]);
    expect(t.types).toEqual(['text', 'number']);
  });

  it('reads Windows-1252 and UTF-16 (re-encoded to UTF-8 for DuckDB)', async () => {
    const latin1 = Uint8Array.from([...'id,nombre\n1,Pet'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x6e, 0x0a]));
    const t1 = await table('l.csv', latin1);
    expect(t1.values[1]).toEqual(['Petén']);
    expect(t1.read.encoding).toBe('windows-1252');
    const text = 'id\tnombre\n2\tÑuñoa\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    const t2 = await table('u.txt', le);
    expect(t2.values).toEqual([[2], ['Ñuñoa']]);
    expect(t2.read).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
  });

  it('keeps the mixed-encoding refusal and its line', async () => {
    const bytes = Uint8Array.from([...utf8('id,n\n1,Cobán\n'), ...[...'2,Pet'].map((c) => c.charCodeAt(0)), 0xe9, 0x6e, 0x0a]);
    expect(await browserPath('m.csv', bytes)).toEqual({ code: 'mixed-encoding', params: { file: 'm.csv', line: 3 } });
  });
});
