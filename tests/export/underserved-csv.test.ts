import { describe, expect, it } from 'vitest';
import { underservedCsv, underservedMeta, UNDERSERVED_COLUMNS } from '../../src/lib/export/underserved-csv.ts';
import type { MoneyBalance } from '../../src/lib/analysis/coverage-types.ts';

const balance: MoneyBalance = { total: 1000, located: 600, spread: 0, department: 100, nationwide: 250, outside: 30, swapped: 15, noPlace: 5, unknownUnit: 0 };

describe('underservedCsv', () => {
  it('BOM, header, one row per unit with the filter and the money balance on every row', () => {
    const text = underservedCsv(
      [{ unit: { unit_id: 'HN0101', name: 'La Ceiba', department: 'Atlántida', country: 'HN' }, need: 71.5, inTopN: true, inHotspot: false, activities: 0, donors: 0, amount: 0 }],
      balance,
      'donor=USAID',
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(UNDERSERVED_COLUMNS.join(','));
    // placed 600, not locatable 100, nationwide 250, outside 30, other 15 + 5 + 0 = 20: 600 + 100 + 250 + 30 + 20 = 1000
    expect(lines[1]).toBe('HN0101,La Ceiba,Atlántida,HN,71.5,1,0,0,0,0,donor=USAID,1000,600,100,250,30,20');
    expect(lines[2]).toBe('');
  });
  it('the JSON names every part of the balance and the provenance', () => {
    const j = JSON.parse(
      underservedMeta({ filter: { donor: 'USAID' }, need: 'Index', selection: 'top 30', maxActivities: 0, balance, units: 1, provenance: { app: { name: 'focal', version: '1' }, data_build: 'x', sources: [] } }),
    );
    expect(j.money_usd).toMatchObject({ total: 1000, placed_in_municipio: 600, not_locatable_at_municipio_level: 100, nationwide: 250, outside_every_unit: 30, swapped_coordinates: 15, no_place: 5 });
    expect(j.provenance.data_build).toBe('x');
  });
});
