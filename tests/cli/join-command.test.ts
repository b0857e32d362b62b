import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ROOT } from '../data/public-data.ts';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'focal-join-'));
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'join', 'nca_violence_fragility_muni_names.csv');

describe('focal join', () => {
  it('runs the README example: the violence/fragility file by name within department', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => l.trim().startsWith('npx focal join --left'))!;
    expect(line).toBeDefined();
    const argv = line.trim().replace(/^npx focal /, '').split(/\s+/);
    const report = join(dir, 'report.json');
    argv[argv.indexOf('--report') + 1] = report;
    const r = await run(argv.map((a) => (a.startsWith('tests/') ? join(ROOT, a) : a)));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    // 977 GT/HN/SV rows: 943 land on a unit (51 targets are reached twice by the file's name
    // merge), 31 are not units (zones, lakes, NA), 3 are left for the planner; Nicaragua's 178 left out.
    expect(r.out).toEqual([
      'joined 943 of 977 rows by name (96.5%): 905 exact, 21 contained, 17 fuzzy; 3 unmatched, 51 duplicates, 0 ambiguous, 31 not units, 178 rows of other countries, 8 units without a row; 268 rows of pre-2024 municipios (distritos) on 44 municipios of 2024, combined by unweighted mean: 10 columns (guessed; --combine sum|mean)',
    ]);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json).toMatchObject({ focal_join: 1, by: 'name', key: 'municipio', dept: 'departamento', country_field: 'pais' });
    expect(json.report.unmatchedRows.map((u: { key: string }) => u.key)).toEqual(['SAN LUIS', 'SAN MIGUELITO', 'NUEVA SAN SALVADOR']);
    expect(json.other_country_rows).toHaveLength(178);
    expect(readme).toContain(r.out[0]);
  });

  it('joins codes from a Spanish Excel CSV (semicolons, Windows-1252) and writes the joined rows', async () => {
    const left = join(dir, 'codes.csv');
    // "Cobán" in Windows-1252: á = 0xE1.
    const text = 'codigo;municipio;valor\r\n101;Guatemala;1,5\r\nGT0111;San Raimundo;2\r\n1601.0;Cob\u00e1n;3\r\n0101;Guatemala;1,5\r\n9999;Nowhere;4\r\n;;\r\n';
    writeFileSync(left, Buffer.from(text, 'latin1'));
    const out = join(dir, 'joined.csv');
    const report = join(dir, 'codes-report.csv');
    const r = await run(['join', '--left', left, '--key', 'codigo', '--country', 'GT', '--report', report, '--out', out]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('joined 4 of 5 rows by code (80.0%): 4 code; 1 unmatched, 1 duplicate, 0 ambiguous, 0 not units, 1 empty key, 337 units without a row, 0 of 4 names disagree with the unit their codes reached');
    const joined = readFileSync(out, 'utf8');
    expect(joined.startsWith('\uFEFF')).toBe(true);
    expect(joined).toContain('\r\n');
    const rows = csvParse(joined.slice(1));
    expect(rows.map((x) => [x.codigo, x.municipio, x.unit_id, x.join_status])).toEqual([
      ['101', 'Guatemala', 'GT0101', 'duplicate'],
      ['GT0111', 'San Raimundo', 'GT0111', 'matched'],
      ['1601.0', 'Cobán', 'GT1601', 'matched'],
      ['0101', 'Guatemala', 'GT0101', 'duplicate'],
      ['9999', 'Nowhere', '', 'unmatched'],
      ['', '', '', 'empty'],
    ]);
    const rep = csvParse(readFileSync(report, 'utf8').slice(1));
    expect(rep.columns).toEqual(['row', 'key', 'department', 'status', 'unit_id', 'unit_name', 'distrito', 'department_name', 'method', 'score', 'suggestions', 'name_in_file', 'name_check']);
    expect(rep[2]).toMatchObject({ row: '4', key: '1601.0', status: 'matched', unit_id: 'GT1601', unit_name: 'Cobán', department_name: 'Alta Verapaz', method: 'code', score: '1' });
  });

  it('joins to a units CSV given as --right and neutralises formula-like keys in the report', async () => {
    const right = join(dir, 'units.csv');
    writeFileSync(right, 'unit_id,country,code,name,dept_code,dept_name\nGT0101,GT,0101,Guatemala,01,Guatemala\nGT0111,GT,0111,San Raimundo,01,Guatemala\n');
    const left = join(dir, 'names.csv');
    writeFileSync(left, 'name\nMunicipio de Guatemala\nSAN RAYMUNDO\n=HYPERLINK("http://x")\n');
    const report = join(dir, 'names-report.csv');
    const r = await run(['join', '--left', left, '--key', 'name', '--right', right, '--report', report]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('joined 2 of 3 rows by name (66.7%): 1 exact, 1 fuzzy; 1 unmatched, 0 duplicates, 0 ambiguous, 0 not units, 0 units without a row');
    const text = readFileSync(report, 'utf8');
    expect(text).toContain(`4,"'=HYPERLINK(""http://x"")",,unmatched`);
  });

  it('neutralises a formula after any separator in the joined rows and the report (Excel with a ; list separator)', async () => {
    const right = join(dir, 'units.csv');
    writeFileSync(right, 'unit_id,country,code,name,dept_code,dept_name\nGT0101,GT,0101,Guatemala,01,Guatemala\n');
    const left = join(dir, 'hostile.csv');
    writeFileSync(left, 'name,note\nGuatemala,"x;=HYPERLINK(""http://x"",""y"")"\n"a,=1+1",b|@SUM(A1)\n');
    const out = join(dir, 'hostile-joined.csv');
    const report = join(dir, 'hostile-report.csv');
    const r = await run(['join', '--left', left, '--key', 'name', '--right', right, '--report', report, '--out', out]);
    expect(r.code).toBe(0);
    const joined = readFileSync(out, 'utf8');
    expect(joined).toContain(`"x;'=HYPERLINK(""http://x"",""y"")"`);
    expect(joined).toContain(`"a,'=1+1",b|'@SUM(A1)`);
    expect(readFileSync(report, 'utf8')).toContain(`"a,'=1+1"`);
    // Split at ; as Excel in Spanish does: no field starts a formula.
    for (const text of [joined, readFileSync(report, 'utf8')]) {
      for (const field of text.split(/\r\n|[;,|]/)) expect(field.replace(/^"/, '')).not.toMatch(/^ *[=+\-@]/);
    }
  });

  it.each([
    [['join', '--key', 'x', '--report', 'r.json'], 2, /missing --left/],
    [['join', '--left', 'a.csv', '--key', 'x', '--report', 'r.json', '--by', 'fuzzy'], 2, /--by must be code or name/],
    [['join', '--left', 'a.csv', '--key', 'x', '--report', 'r.json', '--country', 'NI'], 2, /--country must be GT, HN or SV/],
    [['join', '--left', 'a.csv', '--key', 'x', '--report', 'r.json', '--country', 'GT', '--country-field', 'pais'], 2, /not both/],
    [['join', '--left', 'a.csv', '--key', 'x', '--report', 'r.json', '--frobnicate'], 2, /frobnicate/],
  ])('refuses a bad command line %#', async (argv, code, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.err.join('\n')).toMatch(message);
    expect(r.err.join('\n')).toMatch(/\(focal join --help\)$/);
  });

  it('refuses bad input with a clear message and exit status 1', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const html = join(dir, 'page.csv');
    writeFileSync(html, '<!doctype html><html><body>x</body></html>');
    const headerOnly = join(dir, 'header.csv');
    writeFileSync(headerOnly, 'name,value\n');
    const cases: [string[], RegExp][] = [
      [['--left', join(dir, 'missing.csv'), '--key', 'x'], /missing\.csv not found/],
      [['--left', empty, '--key', 'x'], /empty\.csv is empty/],
      [['--left', html, '--key', 'x'], /not a CSV/],
      [['--left', headerOnly, '--key', 'name'], /header but no rows/],
      [['--left', FIXTURE, '--key', 'municipo'], /no column "municipo"; its columns: pais, departamento, municipio/],
      [['--left', FIXTURE, '--key', 'municipio', '--right', join(dir, 'nope.csv')], /nope\.csv not found/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(['join', ...argv, '--report', join(dir, 'r.json')]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err.join('\n')).toMatch(message);
      expect(r.err[0]).toMatch(/^focal join: /);
    }
  });
});

describe('focal join on a long file (reshape options)', () => {
  const NATIONAL = join(ROOT, 'tests', 'fixtures', 'reshape', 'gt_desnutricion_municipio_anio_tipo.csv');

  it('says a long file joined as it is is long', async () => {
    const r = await run(['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--country', 'GT', '--report', join(dir, 'long.json')]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('a long file: 3060 rows for 340 keys');
  });

  it('keeps year 2023, filters the type and sums: one row per municipio with the hand-computed values', async () => {
    const out = join(dir, 'reshaped.csv');
    const report = join(dir, 'reshaped.json');
    const r = await run([
      'join', '--left', NATIONAL, '--key', 'codigo_municipio', '--country', 'GT', '--report', report, '--out', out,
      '--year-column', 'anio', '--year', '2023', '--filter', 'tipo=cronica', '--filter', 'tipo=aguda', '--aggregate', 'sum', '--values', 'casos',
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^joined 340 of 340 rows by code \(100\.0%\).*; reshaped 3060 rows \(680 kept\) into 340 by sum$/);
    const rows = csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.length).toBe(340);
    const byUnit = new Map(rows.map((x) => [x.unit_id, x]));
    expect(byUnit.get('GT0101')!.casos).toBe('51'); // 20 cronica + 31 aguda
    expect(byUnit.get('GT0102')!.casos).toBe('27'); // 27 cronica; aguda empty (missing, not 0)
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.reshape).toEqual({ keys: ['codigo_municipio'], yearColumn: 'anio', year: 2023, filters: [{ column: 'tipo', values: ['cronica', 'aguda'] }], aggregate: 'sum', values: ['casos'] });
    expect(json.reshape_rows_kept).toBe(680);
  });

  it('pivots the year and takes the latest with its year', async () => {
    const out = join(dir, 'pivot.csv');
    const r = await run(['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--country', 'GT', '--report', join(dir, 'pivot.json'), '--out', out, '--year-column', 'anio', '--pivot', 'anio', '--filter', 'tipo=cronica', '--values', 'casos']);
    expect(r.code).toBe(0);
    const row = csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')).find((x) => x.unit_id === 'GT0101')!;
    expect([row['casos 2021'], row['casos 2022'], row['casos 2023']]).toEqual(['14', '17', '20']);
    const latest = join(dir, 'latest.csv');
    await run(['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--country', 'GT', '--report', join(dir, 'latest.json'), '--out', latest, '--year-column', 'anio', '--aggregate', 'latest', '--filter', 'tipo=aguda', '--values', 'casos']);
    const l = csvParse(readFileSync(latest, 'utf8').replace(/^\uFEFF/, '')).find((x) => x.unit_id === 'GT0102')!;
    expect([l.casos, l['casos year']]).toEqual(['35', '2022']);
  });

  it('keeps each year apart (--year each): the joined file long again, one row per municipio and year with the year column kept', async () => {
    const out = join(dir, 'by-year.csv');
    const report = join(dir, 'by-year.json');
    const r = await run(['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--country', 'GT', '--report', report, '--out', out, '--year-column', 'anio', '--year', 'each', '--filter', 'tipo=aguda', '--values', 'casos']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    // The join is of one row per municipio (340 of 340, no duplicates); the file written is long.
    expect(r.out[0]).toMatch(/^joined 340 of 340 rows by code \(100\.0%\).*0 duplicates.*; reshaped 3060 rows \(1020 kept\) into 340 by sum$/);
    const rows = csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows.columns.slice(0, 5)).toEqual(['codigo_municipio', 'municipio', 'departamento', 'anio', 'casos']);
    const of = (unit: string) => rows.filter((x) => x.unit_id === unit).map((x) => [x.anio, x.casos]);
    expect(of('GT0101')).toEqual([['2021', '25'], ['2022', '28'], ['2023', '31']]);
    // GT0102's 2023 aguda is empty in the file: no row for that year, never 0.
    expect(of('GT0102')).toEqual([['2021', '32'], ['2022', '35']]);
    expect(rows.length).toBe(3 * 340 - 1);
    expect(JSON.parse(readFileSync(report, 'utf8')).reshape).toMatchObject({ yearColumn: 'anio', byYear: true });
    const refused = await run(['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--report', join(dir, 'y.json'), '--year-column', 'anio', '--year', 'each', '--aggregate', 'latest']);
    expect(refused.err.join('\n')).toContain('not with --year each');
  });

  it('refuses options it cannot apply, with the reason', async () => {
    const base = ['join', '--left', NATIONAL, '--key', 'codigo_municipio', '--report', join(dir, 'x.json')];
    for (const [extra, message] of [
      [['--aggregate', 'median'], '--aggregate must be sum, mean, max or latest'],
      [['--year', '2023'], '--year needs --year-column'],
      [['--aggregate', 'latest'], '--aggregate latest needs --year-column'],
      [['--filter', 'tipo'], '--filter must be FIELD=VALUE'],
    ] as const) {
      const r = await run([...base, ...extra]);
      expect(r.code, extra.join(' ')).not.toBe(0);
      expect(r.err.join('\n')).toContain(message);
    }
    const r = await run([...base, '--pivot', 'clase']);
    expect(r.err.join('\n')).toContain('no column "clase"');
  });
});
