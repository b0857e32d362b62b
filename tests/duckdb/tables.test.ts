import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { catalogToCsv, loadDataset, type DatasetInfo } from '../../src/lib/data/tables.ts';
import { FIXTURE_DIR, readDatasetFiles } from './fixtures.ts';
import { openNodeDb } from './node-db.ts';

const files = readDatasetFiles(FIXTURE_DIR);
let db: Db;
let info: DatasetInfo;
beforeAll(async () => {
  db = await openNodeDb();
  info = await loadDataset(db, files);
});
afterAll(async () => {
  await db.close();
});

async function columnTypes(table: string): Promise<Record<string, string>> {
  const rows = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${table}`);
  return Object.fromEntries(rows.map((r) => [r.column_name, r.column_type]));
}

describe('loadDataset on the fixture files', () => {
  it('returns row counts and clean diagnostics', () => {
    expect(info).toEqual({
      units: 7,
      indicators: 17,
      catalog: 5,
      investments: 3,
      orphanIndicatorRows: 0,
      uncataloguedIndicators: [],
    });
  });

  it('creates the tables with the declared column types', async () => {
    expect(await columnTypes('units')).toEqual({
      unit_id: 'VARCHAR',
      country: 'VARCHAR',
      code: 'VARCHAR',
      name: 'VARCHAR',
      dept_code: 'VARCHAR',
      dept_name: 'VARCHAR',
      ine_code: 'VARCHAR',
    });
    expect(await columnTypes('indicators')).toEqual({ unit_id: 'VARCHAR', indicator_id: 'VARCHAR', value: 'DOUBLE' });
    const inv = await columnTypes('investments');
    expect(inv).toMatchObject({
      activity_id: 'VARCHAR',
      start_year: 'INTEGER',
      end_year: 'INTEGER',
      amount_usd: 'DOUBLE',
      lon: 'DOUBLE',
      lat: 'DOUBLE',
      precision: 'INTEGER',
      unit_id: 'VARCHAR',
    });
    expect(Object.keys(inv)).toHaveLength(15);
    const cat = await columnTypes('catalog');
    expect(Object.keys(cat)).toEqual(
      expect.arrayContaining([
        'id', 'label_en', 'label_es', 'pillar', 'direction', 'unit_en', 'unit_es', 'level', 'year', 'source',
        'licence', 'source_id',
      ]),
    );
    expect(cat.direction).toBe('INTEGER');
  });

  it('keeps leading zeros, accents and quoted text', async () => {
    const rows = await db.query(`SELECT unit_id, code, name, dept_code, dept_name FROM units ORDER BY unit_id`);
    expect(rows[0]).toEqual({ unit_id: 'GT0101', code: '0101', name: 'Guatemala', dept_code: '01', dept_name: 'Guatemala' });
    const names = rows.map((r) => r.name);
    expect(names).toContain('San José Pinula');
    expect(names).toContain("O'Brien");
    expect(names).toContain('Villa "La Esperanza", Norte');
    expect(names).toContain('Ahuachapán Centro');
    expect(rows.find((r) => r.unit_id === 'GT0301')?.dept_name).toBe('Sacatepéquez');
  });

  it('reads empty indicator values as NULL, exponents as numbers', async () => {
    const rows = await db.query(`SELECT unit_id, value FROM indicators WHERE value IS NULL OR value < 0 ORDER BY unit_id`);
    expect(rows).toEqual([
      { unit_id: 'GT0303', value: null },
      { unit_id: 'SV01002', value: -0.0015 },
    ]);
  });

  it('types investments: empty amounts NULL, empty text "", codes as text', async () => {
    const rows = await db.query(`SELECT * FROM investments ORDER BY activity_id`);
    expect(rows[0]).toEqual({
      activity_id: '0042',
      title: 'Health, education and "water"',
      donor: 'USAID',
      sector: 'Health (HIV/AIDS, PEPFAR)',
      office: 'PEPFAR',
      start_year: 2019,
      end_year: 2023,
      amount_usd: 1500000.5,
      country: 'GT',
      unit_id: 'GT0101',
      lon: null,
      lat: null,
      precision: null,
      level: 'municipio',
      source_id: 'src_a',
    });
    expect(rows[1]).toMatchObject({ activity_id: 'act-2', office: '', unit_id: '', amount_usd: null, start_year: null });
    expect(rows[2]).toMatchObject({ title: 'Proyecto Ahuachapán', lon: -89.845, lat: 13.92, precision: 3, amount_usd: 250000 });
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM investments WHERE amount_usd IS NULL`);
    expect(n).toBe(1);
  });

  it('flattens the catalog in file order, multi-line text intact', async () => {
    const rows = await db.query(`SELECT * FROM catalog ORDER BY ord`);
    expect(rows.map((r) => r.id)).toEqual(['ind_b', 'ind_a', 'ind_c', 'ind_d', 'ind_e']);
    expect(rows[0]).toEqual({
      ord: 0,
      id: 'ind_b',
      label_en: 'Department share',
      label_es: 'Proporción departamental',
      description_en: 'Department share: a "fixture" indicator, comma, and newline\nsecond line.',
      description_es: 'Proporción departamental: indicador de prueba',
      pillar: 'II',
      direction: -1,
      unit_en: 'score',
      unit_es: 'puntaje',
      level: 'department',
      year: '2014–2024',
      countries: 'GT',
      source: 'Fixture source',
      licence: 'CC BY 4.0',
      source_id: 'src_fixture',
    });
    expect(rows[1].countries).toBe('GT,SV');
  });

  it('catalogToCsv quotes every field', () => {
    const csv = catalogToCsv(files.catalog.slice(0, 1));
    expect(csv.split('\n')[1].startsWith('"0","ind_b","Department share"')).toBe(true);
  });
});

describe('loadDataset diagnostics and errors', () => {
  it('reports orphan indicator rows and uncatalogued ids, and replaces the tables', async () => {
    const other = await loadDataset(db, {
      ...files,
      indicators: files.indicators + 'GT9999,ind_a,1\nGT0101,zz_new,2\nGT0101,aa_new,3\n',
    });
    expect(other.indicators).toBe(20);
    expect(other.orphanIndicatorRows).toBe(1);
    expect(other.uncataloguedIndicators).toEqual(['aa_new', 'zz_new']);
    // Loading the original files again swaps the tables back.
    expect(await loadDataset(db, files)).toEqual(info);
  });

  it('rejects a file whose header does not match, naming the file', async () => {
    await expect(
      loadDataset(db, { ...files, units: files.units.replace('unit_id,country', 'country,unit_id') }),
    ).rejects.toThrow(/units\.csv: header is "country,unit_id/);
  });

  it('accepts a UTF-8 BOM and CRLF line ends', async () => {
    const crlf = (s: string): string => '\uFEFF' + s.replaceAll('\n', '\r\n');
    const got = await loadDataset(db, { ...files, units: crlf(files.units), indicators: crlf(files.indicators) });
    expect(got).toEqual(info);
    const [row] = await db.query(`SELECT unit_id, name FROM units WHERE code = '0102'`);
    expect(row).toEqual({ unit_id: 'GT0102', name: 'San José Pinula' });
    await loadDataset(db, files);
  });

  it('fails loudly on a non-numeric value', async () => {
    await expect(loadDataset(db, { ...files, indicators: files.indicators + 'GT0101,ind_a,abc\n' })).rejects.toThrow();
    await loadDataset(db, files);
  });
});

describe('loadDataset: the yearly values', () => {
  it('creates an empty indicator_years table when the dataset has none', async () => {
    expect(await columnTypes('indicator_years')).toEqual({ unit_id: 'VARCHAR', indicator_id: 'VARCHAR', year: 'INTEGER', value: 'DOUBLE' });
    expect(await db.query(`SELECT count(*)::INTEGER AS n FROM indicator_years`)).toEqual([{ n: 0 }]);
  });

  it('loads indicator-years.csv: years as integers, empty values as NULL', async () => {
    const indicatorYears = 'unit_id,indicator_id,year,value\nGT0101,ind_a,2013,0.5\nGT0101,ind_a,2018,\nGT0102,ind_a,2018,0.75\n';
    await loadDataset(db, { ...files, indicatorYears });
    expect(await db.query(`SELECT unit_id, year, value FROM indicator_years ORDER BY unit_id, year`)).toEqual([
      { unit_id: 'GT0101', year: 2013, value: 0.5 },
      { unit_id: 'GT0101', year: 2018, value: null },
      { unit_id: 'GT0102', year: 2018, value: 0.75 },
    ]);
    await expect(loadDataset(db, { ...files, indicatorYears: 'unit_id,indicator_id,value\n' })).rejects.toThrow(/indicator-years\.csv: header/);
    await loadDataset(db, files);
  });
});
