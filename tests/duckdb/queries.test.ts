import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { indicatorValues, unitProfile } from '../../src/lib/data/queries.ts';
import { loadDataset } from '../../src/lib/data/tables.ts';
import { FIXTURE_DIR, readDatasetFiles } from './fixtures.ts';
import { openNodeDb } from './node-db.ts';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await loadDataset(db, readDatasetFiles(FIXTURE_DIR));
});
afterAll(async () => {
  await db.close();
});

describe('indicatorValues', () => {
  it('returns the non-missing values of one indicator by unit_id', async () => {
    expect(await indicatorValues(db, 'ind_a')).toEqual([
      { unit_id: 'GT0101', value: 9 },
      { unit_id: 'GT0102', value: 7 },
      { unit_id: 'GT0301', value: 7 },
      { unit_id: 'GT0302', value: 5 },
      { unit_id: 'SV01001', value: 1 },
      { unit_id: 'SV01002', value: 2 },
    ]);
  });

  it('returns [] for an unknown id, including one with a quote', async () => {
    expect(await indicatorValues(db, 'nope')).toEqual([]);
    expect(await indicatorValues(db, "ind_a' OR '1'='1")).toEqual([]);
  });
});

// Hand-computed from tests/fixtures/data (GT units: GT0101, GT0102, GT0301, GT0302, GT0303).
// ind_b (department): 3, 3, 8, 8, 8 → descending positions 1–3 for 8 (average 2), 4–5 for 3 (4.5).
// ind_a: GT0303 missing; 9, 7, 7, 5 → 1, 2.5, 2.5, 4, n = 4.
// ind_c: SV only; ind_d: no values; both absent from GT profiles.
// ind_e: three GT units all equal to 1 → positions 1–3, average 2; GT0302 and GT0303 have none.
describe('unitProfile', () => {
  it('ranks within the country, ties share the average rank, in catalog order', async () => {
    expect(await unitProfile(db, 'GT0102')).toEqual([
      { indicator_id: 'ind_b', value: 3, rank: 4.5, n: 5, level: 'department' },
      { indicator_id: 'ind_a', value: 7, rank: 2.5, n: 4, level: 'municipio' },
      { indicator_id: 'ind_e', value: 1, rank: 2, n: 3, level: 'municipio' },
    ]);
  });

  it('gives a unit without a value null value and rank, with the country n', async () => {
    expect(await unitProfile(db, 'GT0303')).toEqual([
      { indicator_id: 'ind_b', value: 8, rank: 2, n: 5, level: 'department' },
      { indicator_id: 'ind_a', value: null, rank: null, n: 4, level: 'municipio' },
      { indicator_id: 'ind_e', value: null, rank: null, n: 3, level: 'municipio' },
    ]);
  });

  it('ranks the highest value 1 and ranks only against its own country', async () => {
    expect(await unitProfile(db, 'GT0101')).toEqual([
      { indicator_id: 'ind_b', value: 3, rank: 4.5, n: 5, level: 'department' },
      { indicator_id: 'ind_a', value: 9, rank: 1, n: 4, level: 'municipio' },
      { indicator_id: 'ind_e', value: 1, rank: 2, n: 3, level: 'municipio' },
    ]);
    expect(await unitProfile(db, 'SV01002')).toEqual([
      { indicator_id: 'ind_a', value: 2, rank: 1, n: 2, level: 'municipio' },
      { indicator_id: 'ind_c', value: -0.0015, rank: 2, n: 2, level: 'municipio' },
    ]);
  });

  it('finds the unit named O\'Brien through bound parameters', async () => {
    const [{ unit_id }] = await db.query<{ unit_id: string }>(`SELECT unit_id FROM units WHERE name = ?`, ["O'Brien"]);
    expect(unit_id).toBe('GT0302');
    expect(await unitProfile(db, unit_id)).toEqual([
      { indicator_id: 'ind_b', value: 8, rank: 2, n: 5, level: 'department' },
      { indicator_id: 'ind_a', value: 5, rank: 4, n: 4, level: 'municipio' },
      { indicator_id: 'ind_e', value: null, rank: null, n: 3, level: 'municipio' },
    ]);
  });

  it('returns [] for an unknown unit', async () => {
    expect(await unitProfile(db, 'XX0000')).toEqual([]);
    expect(await unitProfile(db, "GT0101' --")).toEqual([]);
  });
});
