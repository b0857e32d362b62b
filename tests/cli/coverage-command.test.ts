import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'focal-coverage-'));
const square = (id: string, x0: number, dept: string) => ({
  type: 'Feature',
  properties: { muni: id, dept_code: dept, country: 'GT', name: `Muni ${id}` },
  geometry: { type: 'Polygon', coordinates: [[[x0, 14], [x0 + 1, 14], [x0 + 1, 15], [x0, 15], [x0, 14]]] },
});
writeFileSync(join(dir, 'units.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [square('A', -90, '01'), square('B', -89, '01')] }));
writeFileSync(
  join(dir, 'inv.csv'),
  [
    'activity_id,donor,sector,amount_usd,lon,lat,precision,level,country',
    'p1,D1,Economic growth,100,-89.5,14.5,1,municipio,GT',
    'p1,D1,Economic growth,50,-88.5,14.5,3,municipio,GT',
    'p2,D2,Multisector aid,1000,-89,14.5,4,department,GT',
    'p3,D2,Multisector aid,7,14.5,-88.5,1,,GT',
    'p4,D1,Multisector aid,5,,,8,country,GT',
  ].join('\n'),
);

describe('focal coverage', () => {
  it('writes coverage per unit and the unplaced rows, and states the money balance in one line', async () => {
    const out = join(dir, 'cov.csv');
    const r = await run(['coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'inv.csv'), '--out', out]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toContain('money USD 1,162.00 = placed 150.00 (2 rows)');
    expect(r.out[0]).toContain('not locatable at municipio level (department) 1,000.00 (1 rows)');
    expect(r.out[0]).toContain('nationwide 5.00 (1 rows)');
    expect(r.out[0]).toContain('lat/lon swapped 7.00 (1 rows)');
    const cov = csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    expect(cov.map((c) => [c.unit_id, c.name, c.activities, c.amount_usd, c.pillar_I])).toEqual([
      ['A', 'Muni A', '1', '100', '1'],
      ['B', 'Muni B', '1', '50', '1'],
    ]);
    const un = csvParse(readFileSync(`${out}.unplaced.csv`, 'utf8').replace(/^\uFEFF/, ''));
    expect(un.map((u) => [u.row, u.kind, u.unit_if_swapped])).toEqual([['4', 'department', ''], ['5', 'swapped', 'B'], ['6', 'nationwide', '']]);
  });

  it('spreads on request and filters', async () => {
    const out = join(dir, 'cov2.csv');
    const r = await run(['coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'inv.csv'), '--out', out, '--donor', 'd1']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^focal coverage: 3 rows \(2 rows filtered out\).*money USD 155\.00 = placed 150\.00/);
  });

  it('runs on the app’s boundaries folder and the default investments', async () => {
    const out = join(dir, 'default.csv');
    const r = await run(['coverage', '--units', join(PUBLIC_DATA, 'boundaries'), '--investments', join(PUBLIC_DATA, 'investments.csv'), '--out', out]);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toMatch(/^focal coverage: 6259 rows, 1114 activities, \d+ of 682 units reached; money USD 6,966,963,305\.3[34] = placed /);
    const cov = csvParse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
    expect(cov).toHaveLength(682);
    expect(cov.find((c) => c.unit_id === 'GT0101')?.population).toBe('923392');
    // El Salvador has no investment source: its 44 municipios have no coverage figure, not 0.
    const sv = cov.filter((c) => c.country === 'SV');
    expect(sv).toHaveLength(44);
    for (const c of sv) expect([c.investment_data, c.activities, c.amount_usd, c.amount_per_capita]).toEqual(['0', '', '', '']);
    const gt = cov.filter((c) => c.country === 'GT');
    expect(gt.every((c) => c.investment_data === '1' && c.activities !== '')).toBe(true);
  });

  it('refuses bad command lines (status 2) and bad input (status 1) with clear messages', async () => {
    expect((await run(['coverage', '--units', 'x'])).err[0]).toMatch(/missing --investments, --out/);
    expect((await run(['coverage', '--units', 'x', '--investments', 'y', '--out', 'z', '--spread', 'evenly'])).code).toBe(2);
    expect((await run(['coverage', '--units', 'x', '--investments', 'y', '--out', 'z', '--years', '2015-2010'])).code).toBe(2);
    const missing = await run(['coverage', '--units', join(dir, 'nope.geojson'), '--investments', join(dir, 'inv.csv'), '--out', join(dir, 'o.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/the units .*nope\.geojson do not exist/);
    writeFileSync(join(dir, 'bad.csv'), 'activity_id,amount_usd\np1,5\n');
    const noPlace = await run(['coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'bad.csv'), '--out', join(dir, 'o.csv')]);
    expect(noPlace.err[0]).toMatch(/has no place columns: it needs unit_id, or lon and lat/);
    writeFileSync(join(dir, 'bad2.csv'), 'amount_usd,lon,lat\nlots,1,2\n');
    const nan = await run(['coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'bad2.csv'), '--out', join(dir, 'o.csv')]);
    expect(nan.err[0]).toMatch(/bad2\.csv row 2, column amount_usd: "lots" is not a number/);
    const donor = await run(['coverage', '--units', join(dir, 'units.geojson'), '--id', 'muni', '--investments', join(dir, 'inv.csv'), '--out', join(dir, 'o.csv'), '--donor', 'Nobody']);
    expect(donor.code).toBe(1);
    expect(donor.err[0]).toMatch(/unknown donor "Nobody"/);
  });
});
