/** Amounts in millions (the mapping's amountScale, guessed from `monto (millones)`) are stored in US dollars; missing stays missing. */
import { describe, expect, it } from 'vitest';
import { investmentsFromImport } from '../../../src/lib/data/import/apply-investments.ts';
import { guessInvestmentMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';

describe('amounts in millions', () => {
  it('multiplies by a million what the name says is in millions', () => {
    const table = rawTableFromRows('proyectos.csv', ['proyecto', 'monto (millones)', 'lon', 'lat'], [
      ['Agua', '1.5', '-90.5', '14.6'],
      ['Escuela', '', '-90.5', '14.6'],
    ]);
    const mapping = { ...guessInvestmentMapping(table), country: 'GT' as const };
    expect(mapping).toMatchObject({ amount: 'monto (millones)', amountScale: 1_000_000, lon: 'lon', lat: 'lat' });
    const rows = investmentsFromImport(table, mapping, null, { importId: 'i1' });
    expect(rows.map((r) => r.amount_usd)).toEqual([1_500_000, null]);
    const units = investmentsFromImport(table, { ...mapping, amountScale: undefined }, null, { importId: 'i1' });
    expect(units.map((r) => r.amount_usd)).toEqual([1.5, null]);
  });
});
