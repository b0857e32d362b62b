import { describe, expect, it } from 'vitest';
import { investmentsFromImport } from '../../../src/lib/data/import/apply-investments.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import type { InvestmentMapping } from '../../../src/lib/data/import/import-mapping.ts';
import { report, table } from './apply-fixtures.ts';

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

const byCode: InvestmentMapping = {
  kind: 'investments',
  key: { by: 'code', column: 'muni', country: 'GT' },
  lon: 'lon',
  lat: 'lat',
  amount: 'usd',
  donor: 'donor',
  sector: 'sector',
  title: 'title',
  startYear: 'from',
  endYear: 'to',
  source: 'Our projects',
};

describe('investmentsFromImport', () => {
  const t = table('projects.csv', ['muni', 'lon', 'lat', 'usd', 'donor', 'sector', 'title', 'from', 'to'], [
    ['0101', -90.5, 14.6, 1000, 'USAID', 'Health', '<b>Clinic</b>', 2019, 2021],
    ['zzz', -91.2, 15.1, '2500.5', 'BID', 'Water', 'Wells', null, null],
    ['yyy', null, null, null, '=HYPERLINK("x")', '', 'No place', 2020, null],
  ]);
  const rep = report({ 0: 'GT0101' });

  it('places by key first, keeps coordinates of unmatched rows, keeps rows with no place', () => {
    const rows = investmentsFromImport(t, byCode, rep, { importId: 'import-2' });
    expect(rows).toEqual([
      {
        activity_id: 'user:import-2:1', title: '<b>Clinic</b>', donor: 'USAID', sector: 'Health', office: '',
        start_year: 2019, end_year: 2021, amount_usd: 1000, country: 'GT', unit_id: 'GT0101',
        lon: null, lat: null, precision: null, level: 'municipio', source_id: 'user:import-2',
      },
      {
        activity_id: 'user:import-2:2', title: 'Wells', donor: 'BID', sector: 'Water', office: '',
        start_year: null, end_year: null, amount_usd: 2500.5, country: 'GT', unit_id: '',
        lon: -91.2, lat: 15.1, precision: null, level: 'municipio', source_id: 'user:import-2',
      },
      {
        activity_id: 'user:import-2:3', title: 'No place', donor: '=HYPERLINK("x")', sector: '', office: '',
        start_year: 2020, end_year: null, amount_usd: null, country: 'GT', unit_id: '',
        lon: null, lat: null, precision: null, level: 'municipio', source_id: 'user:import-2',
      },
    ]);
  });

  it('does not change its inputs', () => {
    const before = structuredClone({ t, rep });
    investmentsFromImport(t, byCode, rep);
    expect({ t, rep }).toEqual(before);
  });

  it('takes the country from the matched unit, else the country column', () => {
    const c = table('c.csv', ['muni', 'pais', 'usd'], [['0801', 'Honduras', 1], ['x', 'SLV', 2], ['y', 'guatemala', 3]]);
    const m: InvestmentMapping = { kind: 'investments', key: { by: 'code', column: 'muni', countryColumn: 'pais' }, amount: 'usd', source: 's' };
    expect(investmentsFromImport(c, m, report({ 0: 'HN0801' })).map((r) => r.country)).toEqual(['HN', 'SV', 'GT']);
    const none = table('c.csv', ['lon', 'lat'], [[-90, 15]]);
    expect(caught(() => investmentsFromImport(none, { kind: 'investments', lon: 'lon', lat: 'lat', source: 's' }, null)).code).toBe('missing-column');
  });

  it('refuses text in the amount column', () => {
    const bad = table('b.csv', ['muni', 'usd'], [['0101', '1000'], ['0102', 'USD 500']]);
    const err = caught(() => investmentsFromImport(bad, { kind: 'investments', key: { by: 'code', column: 'muni', country: 'GT' }, amount: 'usd', source: 's' }, report({ 0: 'GT0101', 1: 'GT0102' })));
    expect(err.code).toBe('not-a-number');
    expect(err.params).toEqual({ file: 'b.csv', column: 'usd', row: 3, value: 'USD 500' });
  });

  it('refuses longitude and latitude exchanged, and projected metres', () => {
    const points = { kind: 'investments', lon: 'x', lat: 'y', country: 'HN', source: 's' } as const;
    const swapped = table('s.csv', ['x', 'y'], [[14.1, -87.2], [15.5, -88.0], [-87.2, 14.1]]);
    const err = caught(() => investmentsFromImport(swapped, points, null));
    expect(err.code).toBe('swapped-coordinates');
    expect(err.params).toMatchObject({ count: 2, total: 3 });
    const metres = table('m.csv', ['x', 'y'], [[478000, 1560000]]);
    expect(caught(() => investmentsFromImport(metres, points, null)).code).toBe('coordinates-out-of-range');
    // One swapped row among good ones is the coverage engine's to report, not a bad file.
    const one = table('o.csv', ['x', 'y'], [[14.1, -87.2], [-87.2, 14.1], [-88.0, 15.5]]);
    expect(investmentsFromImport(one, points, null)).toHaveLength(3);
  });

  it('refuses a key column the file does not have', () => {
    const err = caught(() => investmentsFromImport(t, { ...byCode, key: { by: 'code', column: 'codigo', country: 'GT' } }, rep));
    expect(err.code).toBe('missing-column');
    expect(err.params.column).toBe('codigo');
  });

  it('takes the country of a coordinates-only row from the point when the file names none', () => {
    const points = { kind: 'investments', lon: 'x', lat: 'y', source: 's' } as const;
    const t2 = table('p.csv', ['x', 'y'], [[-87.2, 14.1], [-89.2, 13.7]]);
    expect(caught(() => investmentsFromImport(t2, points, null)).code).toBe('missing-column');
    const countryAt = (lon: number): 'HN' | 'SV' => (lon > -88 ? 'HN' : 'SV');
    expect(investmentsFromImport(t2, points, null, { countryAt }).map((r) => [r.country, r.lon, r.unit_id])).toEqual([
      ['HN', -87.2, ''],
      ['SV', -89.2, ''],
    ]);
  });
});
