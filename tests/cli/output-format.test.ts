/**
 * Every `focal` command picks the writer of its output by the extension of the file name, from
 * the export registry: the same table as CSV, as an Excel workbook (read back with
 * read-excel-file) or, where the rows are units with polygons, as GeoJSON; an extension the
 * command cannot write is a usage error (status 2) naming the allowed ones, and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { FeatureCollection } from 'geojson';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { outputFormat } from '../../src/cli/write-output.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { RANK_FIXTURES } from '../data/index-spec-fixtures.ts';
import { gridGeoJson, gridId, tmp, writeInputs } from './hotspots-grid.ts';

async function focal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const csvRows = (path: string) => csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

describe('outputFormat', () => {
  it('takes the format from the extension, case ignored', () => {
    expect(outputFormat('out/list.csv', ['csv', 'xlsx'])).toBe('csv');
    expect(outputFormat('LIST.XLSX', ['csv', 'xlsx'])).toBe('xlsx');
    expect(outputFormat('a.geojson', ['csv', 'xlsx', 'geojson'])).toBe('geojson');
  });

  it('refuses another extension with a usage error that lists the allowed ones', () => {
    expect(() => outputFormat('list.txt', ['csv', 'xlsx'])).toThrow(new UsageError('--out must end in .csv or .xlsx, not "list.txt"'));
    expect(() => outputFormat('units.geojson', ['xlsx', 'csv'])).toThrow('--out must end in .csv or .xlsx, not "units.geojson"');
    expect(() => outputFormat('r', ['json', 'csv', 'xlsx'], '--report')).toThrow('--report must end in .csv, .xlsx or .json, not "r"');
  });
});

describe('focal rank --out', () => {
  const spec = join(RANK_FIXTURES, 'spec-long.json');

  it('writes the same priority list as CSV or as an Excel workbook with its Method and Sources sheets', async () => {
    const dir = tmp();
    const csv = join(dir, 'list.csv');
    const xlsx = join(dir, 'list.xlsx');
    expect((await focal('rank', '--spec', spec, '--out', csv, '--no-sensitivity')).code).toBe(0);
    const r = await focal('rank', '--spec', spec, '--out', xlsx, '--no-sensitivity');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${xlsx} and ${xlsx}.spec.json`);
    expect(existsSync(`${xlsx}.spec.json`)).toBe(true);
    const fromCsv = csvRows(csv);
    const sheets = await readXlsxFile(readFileSync(xlsx));
    expect(sheets.map((s) => s.sheet)).toEqual(['Data', 'Method', 'Sources']);
    const [, ...rows] = sheets[0].data;
    expect(rows.length).toBe(fromCsv.length);
    const ids = fromCsv.columns.indexOf('unit_id');
    expect(rows.map((x) => x[ids])).toEqual(fromCsv.map((x) => x.unit_id));
    // The Method sheet says what made the file (app and version) and reads the index's method.
    expect(sheets[1].data.flat().some((x) => typeof x === 'string' && /^focal \d/.test(x))).toBe(true);
  });

  it('refuses an extension it cannot write, before writing anything', async () => {
    const out = join(tmp(), 'list.geojson');
    const r = await focal('rank', '--spec', spec, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`focal rank: --out must end in .csv or .xlsx, not "${out}" (focal rank --help)`);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.spec.json`)).toBe(false);
  });
});

describe('focal hotspots --out', () => {
  const values = () => {
    const rows = [];
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) rows.push(`${gridId(r, c)},${r * 3 + c}`);
    return writeInputs(gridGeoJson(3, 3), `uid,x\n${rows.join('\n')}\n`);
  };
  const args = (f: { boundaries: string; data: string }, out: string) => ['hotspots', '--boundaries', f.boundaries, '--id', 'uid', '--data', f.data, '--key', 'uid', '--value', 'x', '--permutations', '99', '--out', out];

  it('writes the result as GeoJSON with the input polygons, the same rows as the CSV', async () => {
    const f = values();
    const csv = join(f.dir, 'r.csv');
    const geojson = join(f.dir, 'r.geojson');
    expect((await focal(...args(f, csv))).code).toBe(0);
    const r = await focal(...args(f, geojson));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const fc = JSON.parse(readFileSync(geojson, 'utf8')) as FeatureCollection & { focal: { method: { settings: { seed: number } }; provenance: { app: { name: string } } } };
    expect(fc.type).toBe('FeatureCollection');
    const fromCsv = csvRows(csv);
    expect(fc.features.map((x) => x.id)).toEqual(fromCsv.map((x) => x.id));
    fc.features.forEach((x, i) => {
      expect(x.geometry.type).toBe('Polygon');
      expect(String(x.properties!.cluster)).toBe(fromCsv[i].cluster);
      expect(x.properties!.statistic === null ? '' : String(x.properties!.statistic)).toBe(fromCsv[i].statistic);
    });
    expect(fc.focal.method.settings.seed).toBe(20240917);
    expect(fc.focal.provenance.app.name).toBe('focal');
  });

  it('writes the result as an Excel workbook; refuses .json naming .csv, .xlsx or .geojson', async () => {
    const f = values();
    const xlsx = join(f.dir, 'r.xlsx');
    expect((await focal(...args(f, xlsx))).code).toBe(0);
    const [data] = await readXlsxFile(readFileSync(xlsx));
    expect(data.data[0]).toEqual(['id', 'value', 'lag', 'statistic', 'p_sim', 'cluster']);
    expect(data.data.length).toBe(10);
    const json = join(f.dir, 'r.json');
    const r = await focal(...args(f, json));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`focal hotspots: --out must end in .csv, .xlsx or .geojson, not "${json}" (focal hotspots --help)`);
    expect(existsSync(json)).toBe(false);
  });
});

describe('focal coverage --out', () => {
  it('writes coverage per unit as GeoJSON with the units polygons', async () => {
    const dir = tmp();
    const square = (id: string, x0: number) => ({
      type: 'Feature',
      properties: { muni: id, dept_code: '01', country: 'GT', name: `Muni ${id}` },
      geometry: { type: 'Polygon', coordinates: [[[x0, 14], [x0 + 1, 14], [x0 + 1, 15], [x0, 15], [x0, 14]]] },
    });
    writeFileSync(join(dir, 'units.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [square('A', -90), square('B', -89)] }));
    writeFileSync(join(dir, 'inv.csv'), 'activity_id,donor,sector,amount_usd,lon,lat,precision,level,country\np1,D1,Economic growth,100,-89.5,14.5,1,municipio,GT\n');
    const out = join(dir, 'cov.geojson');
    const r = await focal('coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'inv.csv'), '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expect(fc.features.map((x) => [x.id, x.geometry.type, x.properties!.activities, x.properties!.amount_usd])).toEqual([
      ['A', 'Polygon', 1, 100],
      ['B', 'Polygon', 0, 0],
    ]);
    expect(existsSync(`${out}.unplaced.csv`)).toBe(true);
    const bad = await focal('coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'inv.csv'), '--out', join(dir, 'cov.txt'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--out must end in .csv, .xlsx or .geojson');
  });
});

describe('focal join --report and --out', () => {
  it('writes the report as an Excel workbook and refuses an extension it cannot write', async () => {
    const dir = tmp();
    const left = join(dir, 'codes.csv');
    writeFileSync(left, 'codigo,valor\n0101,1\n0102,2\n9999,3\n');
    const report = join(dir, 'report.xlsx');
    const joined = join(dir, 'joined.xlsx');
    const r = await focal('join', '--left', left, '--key', 'codigo', '--country', 'GT', '--report', report, '--out', joined);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [rep] = await readXlsxFile(readFileSync(report));
    expect(rep.data[0].slice(0, 4)).toEqual(['row', 'key', 'department', 'status']);
    expect(rep.data.slice(1).map((x) => x[3])).toEqual(['matched', 'matched', 'unmatched']);
    const [out] = await readXlsxFile(readFileSync(joined));
    expect(out.data[0].slice(0, 3)).toEqual(['codigo', 'valor', 'unit_id']);
    expect(out.data.slice(1).map((x) => x[2])).toEqual(['GT0101', 'GT0102', null]);
    const bad = await focal('join', '--left', left, '--key', 'codigo', '--report', join(dir, 'report.txt'));
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(`focal join: --report must end in .csv, .xlsx or .json, not "${join(dir, 'report.txt')}" (focal join --help)`);
    const onLeft = await focal('join', '--left', left, '--key', 'codigo', '--report', join(dir, 'r.json'), '--out', left);
    expect(onLeft.code).toBe(1);
    expect(onLeft.err).toBe(`focal join: --out would overwrite the input file ${left}`);
  });
});
