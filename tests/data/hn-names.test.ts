/**
 * Honduran municipio names come from INE's list by code, and only where the boundary file's own
 * name agrees with INE's (or the difference was reviewed): a shifted code stops the build.
 */
import { describe, expect, it } from 'vitest';
import { HN_NAME_DIFFERENCES, hnUnitName, readHnIneNames } from '../../scripts/build/hn-names.ts';
import { RAW_DIR } from './raw-units.ts';
import { readRows } from './public-data.ts';

describe('Honduran municipio names', () => {
  const ine = readHnIneNames(RAW_DIR);

  it("takes INE's spelling and casing for the reviewed misspellings", () => {
    expect(hnUnitName('0805', 'El Provenir', ine)).toBe('El Porvenir');
    expect(hnUnitName('1608', 'Conceppción Del Sur', ine)).toBe('Concepción del Sur');
    expect(hnUnitName('0311', 'Minas De Oro', ine)).toBe('Minas de Oro');
  });

  it('refuses a boundary name that disagrees with the code, reviewed or not', () => {
    expect(() => hnUnitName('0311', 'San Pedro Sula', ine)).toThrow(/disagrees with INE's "Minas de Oro"/);
    expect(() => hnUnitName('1012', 'San Juan', ine)).toThrow(/reviewed difference/);
    expect(() => hnUnitName('9999', 'Nowhere', ine)).toThrow(/not in INE's list/);
  });

  it('the shipped units carry one name per municipio: no two Honduran municipios share a name and department', () => {
    const hn = readRows('units.csv').filter((u) => u.country === 'HN');
    expect(hn).toHaveLength(298);
    expect(new Set(hn.map((u) => `${u['dept_code']}|${u['name']}`)).size).toBe(298);
    expect(hn.find((u) => u.unit_id === 'HN1012')?.['name']).toBe('San Juan');
    for (const code of Object.keys(HN_NAME_DIFFERENCES)) expect(hn.find((u) => u['code'] === code)?.['name']).toBe(ine.get(code));
  });
});
