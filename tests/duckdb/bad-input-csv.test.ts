/**
 * The bad-input corpus's CSV files (tests/fixtures/bad/README.md), read by DuckDB-WASM's CSV reader
 * as in the app: each is refused with a known ImportError and a message in English and Spanish,
 * or imported with its text intact; the workspace the planner had is never changed.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { BAD_CASES } from '../data/bad-corpus.ts';
import { checkCase } from '../data/bad-input-check.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(async () => {
  await db.close();
});

describe('bad-input corpus: CSV through DuckDB', () => {
  it.each(BAD_CASES.filter((c) => c.db).map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    await checkCase(c, db);
  });
});
