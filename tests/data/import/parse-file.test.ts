/**
 * The browser path without a browser: parseFile reads a File with progress, refuses a file that
 * is too large before reading it, and sends non-CSV formats to the import worker — here a fake
 * worker that runs the real handler and structured-clones both ways, so an ImportError's code and
 * params must survive the boundary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/data/db.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import type { ImportProgress } from '../../../src/lib/data/import/import-types.ts';
import { handleImportRequest, type ImportRequest } from '../../../src/lib/workers/import.worker.ts';
import { EARLY_GEOMETRIES, parseBytes, parseFile, parseFileEarly, readFileBytes } from '../../../src/lib/state/parse-file.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import { investmentCsv, polygonGeoJson } from '../../../scripts/bench/import-bench.ts';
import { readCsvFast, unpackFastCsv, unpackFastCsvEarly } from '../../../src/lib/data/import/fast-csv-table.ts';
import { prepareCsv } from '../../../src/lib/data/import/read-csv-prepare.ts';
import type { WorkerLike } from '../../../src/lib/state/worker-runner.ts';
import { sampleRows } from '../../../src/lib/data/import/sample-rows.ts';
import { cellAt } from '../../../src/lib/data/import/sampled-cells.ts';
import { guessJoinKey } from '../../../src/lib/data/import/guess-join-key.ts';
import type { KeyMapping } from '../../../src/lib/data/import/import-mapping.ts';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { PUBLIC_DATA } from '../public-data.ts';

const noDb = {} as Db;

function fakeWorker(): WorkerLike & { terminated: boolean } {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    postMessage(message: unknown) {
      const req = structuredClone(message) as ImportRequest;
      void handleImportRequest(req, (reply) => {
        if (!w.terminated) w.onmessage?.({ data: structuredClone(reply) } as MessageEvent);
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

describe('parseFile / parseBytes', () => {
  it('parses a GeoJSON in the worker, reporting progress', async () => {
    const progress: ImportProgress[] = [];
    const parsed = await parseBytes('municipios.geojson', fixture('municipios.geojson'), noDb, { createWorker: fakeWorker, onProgress: (p) => progress.push(p) });
    expect(parsed.kind).toBe('layer');
    expect(parsed.table.rowCount).toBe(2);
    expect(progress.map((p) => p.stage)).toEqual(['decode', 'parse']);
  });

  it('rebuilds the ImportError (code and params) on this side of the worker', async () => {
    const err = await parseBytes('m.zip', fixture('municipios-web-mercator.zip'), noDb, { createWorker: fakeWorker }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('unknown-projection');
    expect((err as ImportError).params).toEqual({ file: 'm.zip', prj: 'WGS_1984_Web_Mercator_Auxiliary_Sphere' });
  });

  it('reads a file with read progress ending at 1', async () => {
    const progress: number[] = [];
    const bytes = await readFileBytes(new Blob([fixture('two-sheets.xlsx').buffer as ArrayBuffer]), (p) => progress.push(p.fraction));
    expect(bytes).toEqual(fixture('two-sheets.xlsx'));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses a file above 100 MB before reading a byte', async () => {
    const huge = { name: 'big.csv', size: 101 * 1024 * 1024, stream: () => { throw new Error('read'); } } as unknown as File;
    const err = await parseFile(huge, noDb).catch((e: unknown) => e);
    expect((err as ImportError).code).toBe('too-large');
    expect((err as ImportError).params).toEqual({ file: 'big.csv', sizeMb: 101, maxMb: 100 });
  });

  it('cancels: an aborted signal rejects and terminates the worker', async () => {
    const ctrl = new AbortController();
    let worker: ReturnType<typeof fakeWorker> | null = null;
    const run = parseBytes('municipios.geojson', fixture('municipios.geojson'), noDb, {
      signal: ctrl.signal,
      createWorker: () => (worker = { ...fakeWorker(), postMessage() {} } as ReturnType<typeof fakeWorker>),
    });
    ctrl.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker).not.toBeNull();
  });
});

describe('parseFileEarly', () => {
  it('hands a layer over with its first geometries; the whole layer follows, as parseFile and importFile read it', async () => {
    const text = polygonGeoJson(1_200_000, 11);
    const file = new File([text], 'polygons.geojson');
    const expected = await importFile({ name: file.name, bytes: new TextEncoder().encode(text) });
    expect(expected.table.rowCount).toBeGreaterThan(3 * EARLY_GEOMETRIES);
    const { first, whole } = await parseFileEarly(file, noDb, { createWorker: fakeWorker });
    if (first.kind !== 'layer' || expected.kind !== 'layer') throw new Error('not a layer');
    expect(first.table.geometries).toEqual(expected.table.geometries.slice(0, EARLY_GEOMETRIES));
    expect({ ...first.table, geometries: [] }).toEqual({ ...expected.table, geometries: [] });
    expect(await whole).toEqual(expected);
    expect(await parseFile(file, noDb, undefined, undefined, undefined, fakeWorker)).toEqual(expected);
  });

  it('hands a CSV over with its text columns built when read or after; the whole table follows, as parseFile reads it', async () => {
    const text = investmentCsv(3_000, 5);
    const file = (): File => new File([text], 'investments.csv');
    // The table as the fast path unpacked it before, all at once.
    const fast = readCsvFast(prepareCsv(new TextEncoder().encode(text), 'investments.csv'), 'investments.csv');
    if (!fast) throw new Error('not read by the fast path');
    const expected = { kind: 'table', table: await unpackFastCsv(fast.table, async () => undefined) };
    expect(expected.table.types).toContain('text');
    expect(expected.table.values[1][0]).toBe('Proyecto 0 — niñez y juventud');
    // A text column read before the rest is built gives its cells.
    const early = await parseFileEarly(file(), noDb, { createWorker: fakeWorker });
    expect(early.first.table.values[1]).toEqual(expected.table.values[1]);
    expect(await early.whole).toBe(early.first);
    expect(early.first).toEqual(expected);
    // Nothing read early: the whole table is the same.
    const late = await parseFileEarly(file(), noDb, { createWorker: fakeWorker });
    expect({ ...late.first.table, values: [] }).toEqual({ ...expected.table, values: [] });
    expect(await late.whole).toEqual(expected);
    expect(JSON.parse(JSON.stringify((await late.whole).table.values))).toEqual(expected.table.values);
    expect(await parseFile(file(), noDb, undefined, undefined, undefined, fakeWorker)).toEqual(expected);
  });

  it('builds the text columns after the dialog from text decoded in slices, a character split between two slices included', async () => {
    // Rows of 7 bytes ("ñ" is two) after a header of 10: byte 2^20 falls inside the "ñ" of an odd row.
    const rows = Array.from({ length: 160_000 }, (_, i) => (i % 2 ? 'ñab,1' : 'xyz,22'));
    const text = `name,nnnn\n${rows.join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes[2 ** 20] & 0xc0).toBe(0x80); // a continuation byte: the slice boundary splits a character
    const fast = readCsvFast(prepareCsv(bytes, 'split.csv'), 'split.csv');
    if (!fast) throw new Error('not read by the fast path');
    const expected = await unpackFastCsv(fast.table, async () => undefined);
    const early = unpackFastCsvEarly(fast.table, async () => undefined);
    expect(await early.done).toBe(early.table);
    expect(early.table.values[0]).toEqual(expected.values[0]);
    expect(early.table.values[0].slice(0, 2)).toEqual(['xyz', 'ñab']);
    expect(early.table).toEqual(expected);
  });

  it('gives the first guess its sampled rows of a long file without building the columns, the same cells and the same guess', async () => {
    const text = investmentCsv(12_000, 5);
    const fast = readCsvFast(prepareCsv(new TextEncoder().encode(text), 'investments.csv'), 'investments.csv');
    if (!fast) throw new Error('not read by the fast path');
    expect(fast.table.sample?.some((c) => c !== null)).toBe(true);
    const expected = await unpackFastCsv(fast.table, async () => undefined);
    const early = unpackFastCsvEarly(fast.table, () => new Promise(() => undefined));
    const built = (c: number) => !Object.getOwnPropertyDescriptor(early.table.values, c)?.get;
    const rows = sampleRows(expected.rowCount);
    const text0 = expected.types.findIndex((t) => t === 'text');
    for (let c = 0; c < expected.columns.length; c++) {
      if (expected.types[c] === 'text') expect(rows.map((r) => cellAt(early.table, c, r))).toEqual(rows.map((r) => expected.values[c][r]));
    }
    expect(built(text0)).toBe(false);
    const prior: KeyMapping = { by: 'name', column: expected.columns[0] };
    const targets = readDefaultJoinTargets(PUBLIC_DATA);
    expect(guessJoinKey(early.table, prior, targets)).toEqual(guessJoinKey(expected, prior, targets));
    expect(early.table.columns.every((_, c) => expected.types[c] !== 'text' || !built(c))).toBe(true);
    // A row outside the sample, or a column built meanwhile, is read from the column itself.
    expect(cellAt(early.table, text0, 1)).toBe(expected.values[text0][1]);
    expect(built(text0)).toBe(true);
    expect(rows.map((r) => cellAt(early.table, text0, r))).toEqual(rows.map((r) => expected.values[text0][r]));
  });

  it('hands a table over whole at once', async () => {
    const file = new File([fixture('two-sheets.xlsx').buffer as ArrayBuffer], 'two-sheets.xlsx');
    const { first, whole } = await parseFileEarly(file, noDb, { createWorker: fakeWorker });
    expect(first.kind).toBe('table');
    expect(await whole).toBe(first);
  });
});
