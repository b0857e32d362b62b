/**
 * The quick CSV reader (fast-csv-table.ts) against DuckDB's strict reader, the reference: on every
 * CSV fixture and on 600 generated files (quotes, doubled quotes, delimiters inside quotes, spaces,
 * non-breaking spaces, decimal commas, codes with leading zeros, CRLF, ragged rows, empty lines,
 * stray quotes), whenever the quick reader takes a file its table is exactly the one DuckDB's path
 * gives (importFile), and DuckDB does not refuse it; what it declines goes to DuckDB. Then the
 * browser's whole path (parseFile, the import worker reading the File) on the same fixtures gives
 * importFile's outcome, refusals included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { outcome, type Outcome } from './import-outcome.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { ParsedImport } from '../../src/lib/data/import/import-types.ts';
import { readCsvFast, unpackFastCsv } from '../../src/lib/data/import/fast-csv-table.ts';
import { prepareCsv } from '../../src/lib/data/import/read-csv-prepare.ts';
import { sniffFormat } from '../../src/lib/data/import/sniff-format.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { handleImportRequest, type ImportRequest } from '../../src/lib/workers/import.worker.ts';
import { parseFile } from '../../src/lib/state/parse-file.ts';
import type { WorkerLike } from '../../src/lib/state/worker-runner.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});


const pause = async (): Promise<void> => {};

/** The quick reader's table (after a transferring clone), null when it declines, or the refusal it throws. */
async function fast(name: string, bytes: Uint8Array): Promise<Outcome | null> {
  let csv;
  try {
    // As in the worker: only what is sniffed as CSV (and not refused by the sniff) gets here.
    if (sniffFormat(bytes, name).format !== 'csv') return null;
    csv = prepareCsv(bytes.slice(), name);
  } catch {
    return null;
  }
  try {
    const r = readCsvFast(csv, name);
    if (!r) return null;
    const moved = structuredClone(r.table, { transfer: r.transfer });
    return { ok: { kind: 'table', table: await unpackFastCsv(moved, pause) } };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { code: err.code, params: { ...err.params } };
  }
}

const fixtures = ['import', 'bad'].flatMap((d) =>
  readdirSync(new URL(`../fixtures/${d}/`, import.meta.url))
    .filter((f) => /\.(csv|tsv|txt)$/.test(f))
    .map((f) => `${d}/${f}`),
);
const read = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

describe('readCsvFast against DuckDB', () => {
  it('takes most fixtures, each exactly as DuckDB reads it', async () => {
    let taken = 0;
    for (const path of fixtures) {
      const name = path.split('/')[1];
      const quick = await fast(name, read(path));
      if (!quick) continue;
      taken++;
      expect(quick, path).toEqual(await outcome(() => importFile({ name, bytes: read(path) }, { db })));
    }
    expect(taken).toBeGreaterThanOrEqual(8);
  });

  it('agrees with DuckDB on 600 generated files, or declines them', async () => {
    const rng = seededRng(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.random() * xs.length)];
    const cells = ['', ' ', '1', '-2.5', '0101', '12,5', '1.234,5', '1,234.5', 'a b', ' x ', 'Peñas', '\u00a0z\u00a0', '"q"', '"a""b"', '" y "', '""', '"1;2"', '"3,4"', 'x"y', '1e3', '+4', '.5', 'NaN', '—', '" "'];
    let taken = 0;
    let declined = 0;
    for (let k = 0; k < 600; k++) {
      const delim = pick([',', ';', '\t']);
      const eol = pick(['\n', '\r\n']);
      const width = 1 + Math.floor(rng.random() * 4);
      const rows = 1 + Math.floor(rng.random() * 6);
      const numeric = rng.random() < 0.5;
      const lines = [Array.from({ length: width }, (_, c) => `h${c}`).join(delim)];
      for (let r = 0; r < rows; r++) {
        const w = rng.random() < 0.05 ? width + 1 : width;
        lines.push(Array.from({ length: w }, () => (numeric && rng.random() < 0.7 ? pick(['1', '-2.5', '', '3,5', '7']) : pick(cells))).join(delim));
        if (rng.random() < 0.03) lines.push('');
      }
      const text = lines.join(eol) + (rng.random() < 0.7 ? eol : '');
      const bytes = new TextEncoder().encode(text);
      const quick = await fast('g.csv', bytes);
      if (!quick) {
        declined++;
        continue;
      }
      taken++;
      expect(quick, JSON.stringify(text)).toEqual(await outcome(() => importFile({ name: 'g.csv', bytes: bytes.slice() }, { db })));
    }
    expect(taken).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(20);
  }, 120_000);
});

/** A worker that runs the real handler on the request as given (a File is not cloned in Node) and clones replies with their transfers. */
function worker(): WorkerLike {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(message: unknown) {
      void handleImportRequest(message as ImportRequest, (reply, back = []) => w.onmessage?.({ data: structuredClone(reply, { transfer: back }) } as MessageEvent));
    },
    terminate() {},
  };
  return w;
}

describe('parseFile: the worker reads the File', () => {
  it.each(fixtures)('%s comes out as importFile reads it', async (path) => {
    const name = path.split('/')[1];
    const expected = await outcome(() => importFile({ name, bytes: read(path) }, { db }));
    // parseFile's own worker is the real one; the test's runs the same handler in this thread.
    const got = await outcome(() => parseFileWith(new File([read(path)], name)));
    expect(got).toEqual(expected);
  });
});

async function parseFileWith(file: File): Promise<ParsedImport> {
  return parseFile(file, async () => db, undefined, undefined, undefined, worker);
}
