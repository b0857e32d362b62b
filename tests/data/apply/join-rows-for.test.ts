import { describe, expect, it } from 'vitest';
import { joinRowsFor } from '../../../src/lib/data/import/join-rows-for.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { parseCountry } from '../../../src/lib/data/import/parse-country.ts';
import { table } from './apply-fixtures.ts';

describe('parseCountry', () => {
  it.each([
    ['Guatemala', 'GT'], ['GUATEMALA', 'GT'], [' gt ', 'GT'], ['GTM', 'GT'],
    ['Honduras', 'HN'], ['HND', 'HN'], ['hn', 'HN'],
    ['El Salvador', 'SV'], ['EL SALVADOR', 'SV'], ['SLV', 'SV'], ['sv', 'SV'], ['El  Salvador.', 'SV'],
  ])('%s → %s', (text, code) => expect(parseCountry(text)).toBe(code));
  it.each(['Nicaragua', 'NI', '', 'Guatemala City', 'G'])('%s → null', (text) => expect(parseCountry(text)).toBeNull());
});

describe('joinRowsFor', () => {
  const t = table('v.csv', ['pais', 'depto', 'muni', 'v'], [
    ['GUATEMALA', 'GUATEMALA', 'MIXCO', 1],
    ['Honduras', 'Francisco Morazán', 'Distrito Central', 2],
    ['Nicaragua', 'Managua', 'MANAGUA', 3],
    ['', '', '  ', 4],
    ['SLV', null, 101, 5],
  ]);

  it('reads key, department and country of each row; other countries are left out', () => {
    expect(joinRowsFor(t, { by: 'name', column: 'muni', deptColumn: 'depto', countryColumn: 'pais' })).toEqual([
      { row: 0, key: 'MIXCO', dept: 'GUATEMALA', country: 'GT' },
      { row: 1, key: 'Distrito Central', dept: 'Francisco Morazán', country: 'HN' },
      { row: 3, key: '' },
      { row: 4, key: '101', country: 'SV' },
    ]);
  });

  it('a country in the mapping applies to every row', () => {
    const rows = joinRowsFor(t, { by: 'code', column: 'muni', country: 'HN' });
    expect(rows.map((r) => r.country)).toEqual(['HN', 'HN', 'HN', 'HN', 'HN']);
    expect(rows.map((r) => r.key)).toEqual(['MIXCO', 'Distrito Central', 'MANAGUA', '', '101']);
  });

  it('refuses a column the file does not have', () => {
    for (const key of [
      { by: 'code' as const, column: 'codigo' },
      { by: 'name' as const, column: 'muni', deptColumn: 'departamento' },
      { by: 'name' as const, column: 'muni', countryColumn: 'country' },
    ]) {
      try {
        joinRowsFor(t, key);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ImportError);
        expect((err as ImportError).code).toBe('missing-column');
      }
    }
  });
});
