/** loadDataset and the queries on the generated dataset in public/data (skipped until it exists). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { fetchDefaultFiles } from '../../src/lib/data/load-default.ts';
import { indicatorValues, unitProfile } from '../../src/lib/data/queries.ts';
import { loadDataset, type DatasetInfo } from '../../src/lib/data/tables.ts';
import { hasPublicData, PUBLIC_DATA_DIR } from './fixtures.ts';
import { openNodeDb, type NodeDbTimings } from './node-db.ts';

/** A fetch over public/data, so the app's own loader is the one under test. */
const fileFetch: typeof fetch = async (input) => {
  const name = String(input).replace(/^\.\/data\//, '');
  try {
    return new Response(readFileSync(PUBLIC_DATA_DIR + name));
  } catch {
    return new Response('not found', { status: 404, statusText: 'Not Found' });
  }
};

describe.skipIf(!hasPublicData)('the default dataset in public/data', () => {
  let db: Db;
  let info: DatasetInfo;
  const timings: NodeDbTimings = { instantiateMs: 0, openMs: 0 };
  let loadMs = 0;

  beforeAll(async () => {
    db = await openNodeDb(timings);
    const files = await fetchDefaultFiles('./data/', fileFetch);
    const t0 = performance.now();
    info = await loadDataset(db, files);
    loadMs = performance.now() - t0;
    console.info(
      `duckdb-wasm (node): instantiate ${timings.instantiateMs.toFixed(0)} ms, open ${timings.openMs.toFixed(0)} ms; ` +
        `loadDataset ${loadMs.toFixed(0)} ms (${info.units} units, ${info.indicators} indicator rows, ` +
        `${info.catalog} catalog entries, ${info.investments} investment rows)`,
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads 682 units and the other tables with their file row counts', () => {
    const lines = (f: string): number => readFileSync(PUBLIC_DATA_DIR + f, 'utf8').trimEnd().split('\n').length - 1;
    const catalog = JSON.parse(readFileSync(PUBLIC_DATA_DIR + 'catalog.json', 'utf8')) as unknown[];
    expect(info.units).toBe(682);
    expect(info.indicators).toBe(lines('indicators.csv'));
    expect(info.catalog).toBe(catalog.length);
    // investments.csv may hold quoted multi-line fields: compare with at most its line count.
    expect(info.investments).toBeGreaterThan(0);
    expect(info.investments).toBeLessThanOrEqual(lines('investments.csv'));
  });

  it('has no orphans: every indicator row and placed investment joins a unit', async () => {
    expect(info.orphanIndicatorRows).toBe(0);
    const [row] = await db.query<{ ind: number; inv: number }>(`
      SELECT
        (SELECT count(*) FROM indicators i ANTI JOIN units u ON u.unit_id = i.unit_id)::INTEGER AS ind,
        (SELECT count(*) FROM investments v ANTI JOIN units u ON u.unit_id = v.unit_id
          WHERE v.unit_id <> '')::INTEGER AS inv`);
    expect(row).toEqual({ ind: 0, inv: 0 });
    expect(info.uncataloguedIndicators).toEqual([]);
  });

  it('has unique unit ids and one value per unit and indicator', async () => {
    const [row] = await db.query<{ dup_units: number; dup_values: number }>(`
      SELECT
        (SELECT count(*) - count(DISTINCT unit_id) FROM units)::INTEGER AS dup_units,
        (SELECT count(*) FROM (SELECT unit_id, indicator_id FROM indicators GROUP BY ALL HAVING count(*) > 1))::INTEGER
          AS dup_values`);
    expect(row).toEqual({ dup_units: 0, dup_values: 0 });
  });

  it('counts units per country', async () => {
    const rows = await db.query(`SELECT country, count(*)::INTEGER AS n FROM units GROUP BY country ORDER BY country`);
    expect(rows).toEqual([
      { country: 'GT', n: 340 },
      { country: 'HN', n: 298 },
      { country: 'SV', n: 44 },
    ]);
  });

  it('keeps accents in names', async () => {
    const names = await db.query<{ name: string; dept_name: string }>(
      `SELECT name, dept_name FROM units WHERE unit_id IN ('GT0301', 'GT0103') ORDER BY unit_id`,
    );
    expect(names).toEqual([
      { name: 'San José Pinula', dept_name: 'Guatemala' },
      { name: 'Antigua Guatemala', dept_name: 'Sacatepéquez' },
    ]);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM units WHERE name LIKE ? OR dept_name = ?`,
      ['Ahuachapán%', 'Ahuachapán'],
    );
    expect(n).toBeGreaterThan(0);
    // No replacement characters or mojibake anywhere.
    const [{ bad }] = await db.query<{ bad: number }>(
      `SELECT count(*)::INTEGER AS bad FROM units WHERE name LIKE '%�%' OR name LIKE '%Ã%' OR dept_name LIKE '%Ã%'`,
    );
    expect(bad).toBe(0);
  });

  it('keeps leading zeros in codes', async () => {
    const [row] = await db.query(`SELECT unit_id, code, dept_code FROM units WHERE unit_id = 'GT0101'`);
    expect(row).toEqual({ unit_id: 'GT0101', code: '0101', dept_code: '01' });
    const [{ bad }] = await db.query<{ bad: number }>(`
      SELECT count(*)::INTEGER AS bad FROM units
      WHERE (country IN ('GT', 'HN') AND (length(code) <> 4 OR unit_id <> country || code))
         OR length(dept_code) <> 2`);
    expect(bad).toBe(0);
  });

  it('reads empty investment amounts as NULL, as many as the file has empty', async () => {
    const text = readFileSync(PUBLIC_DATA_DIR + 'investments.csv', 'utf8');
    const [{ nulls, amounts }] = await db.query<{ nulls: number; amounts: number }>(`
      SELECT count(*) FILTER (WHERE amount_usd IS NULL)::INTEGER AS nulls,
             count(amount_usd)::INTEGER AS amounts FROM investments`);
    expect(nulls + amounts).toBe(info.investments);
    expect(nulls).toBeGreaterThan(0);
    // Cross-check with the raw file when it has no quoted newlines (then one line = one row).
    if (text.trimEnd().split('\n').length - 1 === info.investments) {
      const empty = text
        .trimEnd()
        .split('\n')
        .slice(1)
        .filter((line) => /^(?:[^",]*|"(?:[^"]|"")*")(?:,(?:[^",]*|"(?:[^"]|"")*")){6},,/.test(line)).length;
      expect(nulls).toBe(empty);
    }
  });

  it('profiles a unit: ranks between 1 and n, every indicator of its country', async () => {
    const profile = await unitProfile(db, 'GT0101');
    expect(profile.length).toBeGreaterThan(10);
    for (const p of profile) {
      expect(p.n).toBeGreaterThan(0);
      if (p.rank !== null) {
        expect(p.rank).toBeGreaterThanOrEqual(1);
        expect(p.rank).toBeLessThanOrEqual(p.n);
      }
    }
    const values = await indicatorValues(db, profile[0].indicator_id);
    expect(values.length).toBeGreaterThanOrEqual(profile[0].n);
    expect(profile.some((p) => p.indicator_id.startsWith('hn_') || p.indicator_id.startsWith('sv_'))).toBe(false);
  });

  it('agrees with ranks computed in JS from indicatorValues, for units of each country', async () => {
    const units = await db.query<{ unit_id: string; country: string }>(`SELECT unit_id, country FROM units`);
    const countryOf = new Map(units.map((u) => [u.unit_id, u.country]));
    for (const unitId of ['GT0101', 'GT1601', 'HN0801', 'SV01001']) {
      const profile = await unitProfile(db, unitId);
      expect(profile.length).toBeGreaterThan(0);
      for (const p of profile) {
        const vals = (await indicatorValues(db, p.indicator_id))
          .filter((v) => countryOf.get(v.unit_id) === countryOf.get(unitId))
          .map((v) => v.value);
        expect(p.n).toBe(vals.length);
        const own = (await indicatorValues(db, p.indicator_id)).find((v) => v.unit_id === unitId)?.value ?? null;
        expect(p.value).toBe(own);
        if (own === null) {
          expect(p.rank).toBeNull();
        } else {
          const greater = vals.filter((v) => v > own).length;
          const equal = vals.filter((v) => v === own).length;
          expect(p.rank).toBe(greater + (equal + 1) / 2);
        }
      }
    }
  });
});
