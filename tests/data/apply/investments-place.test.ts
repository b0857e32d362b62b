/**
 * Investment lists that place (issue 14 item 4): a point layer's own points, the country of rows
 * without coordinates, AidData precision codes, a project amount repeated on its locations counted
 * once, and the amount's unit (thousands too, or told by the values).
 */
import { describe, expect, it } from 'vitest';
import { investmentsFromImport } from '../../../src/lib/data/import/apply-investments.ts';
import { amountScaleOfName, amountScaleOfValues, guessAmountScale } from '../../../src/lib/data/import/amount-unit.ts';
import { guessInvestmentMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import { investmentPreview } from '../../../src/lib/data/import/investment-preview.ts';
import { repeatedAmounts, splitRepeatedAmounts } from '../../../src/lib/analysis/repeated-amounts.ts';
import { investmentImportMethod } from '../../../src/lib/data/import/investment-import-method.ts';
import { table } from './apply-fixtures.ts';

describe('investment lists that place', () => {
  it('reads the points of a point layer (GeoJSON or Shapefile) when no coordinate column is mapped', () => {
    const t = table('pts.geojson', ['proyecto', 'monto'], [['A', 10], ['B', 20], ['C', 30]]);
    const layer: RawLayer = {
      ...t,
      geometries: [
        { type: 'Point', coordinates: [-87.2, 14.1] },
        { type: 'MultiPoint', coordinates: [[-89.2, 13.7]] },
        { type: 'MultiPoint', coordinates: [[-89.2, 13.7], [-88, 14]] },
      ],
      geometryKind: 'point',
      bbox: [-89.2, 13.7, -87.2, 14.1],
    };
    const m = guessInvestmentMapping(layer);
    expect(m.key).toBeUndefined();
    const countryAt = (lon: number): 'HN' | 'SV' => (lon > -88.5 ? 'HN' : 'SV');
    const rows = investmentsFromImport(layer, m, null, { countryAt });
    expect(rows.map((r) => [r.lon, r.lat, r.country, r.level])).toEqual([
      [-87.2, 14.1, 'HN', 'municipio'],
      [-89.2, 13.7, 'SV', 'municipio'],
      // Two places in one feature: no single point to place it by; counted in no country (money reported, not lost).
      [null, null, '', 'municipio'],
    ]);
  });

  it('counts rows without coordinates in the country their column names; another country is not placed', () => {
    const t = table('c.csv', ['id', 'pais', 'lon', 'lat', 'usd'], [
      ['a', 'Guatemala', null, null, 5],
      ['b', 'Nicaragua', null, null, 7],
      ['c', 'El Salvador', -89.2, 13.7, 9],
    ]);
    const m = guessInvestmentMapping(t);
    expect(m).toMatchObject({ countryColumn: 'pais', lon: 'lon', lat: 'lat' });
    const rows = investmentsFromImport(t, m, null);
    expect(rows.map((r) => [r.country, r.level, r.lon])).toEqual([['GT', 'country', null], ['', 'municipio', null], ['SV', 'municipio', -89.2]]);
    const p = investmentPreview(t, m, rows);
    expect(p.groups).toMatchObject({ country: { rows: 1, usd: 5 }, noPlace: { rows: 1, usd: 7 }, point: { rows: 1, usd: 9 } });
    expect(p.moneyIn).toBe(21);
  });

  it('honours AidData precision codes: 4–5 department, 6–8 country (its point dropped), 1–3 municipio', () => {
    const t = table('p.csv', ['lon', 'lat', 'precision_code', 'usd'], [
      [-87.2, 14.1, 1, 1], [-87.2, 14.1, 3, 1], [-87.2, 14.1, 4, 1], [-87.2, 14.1, 5, 1], [-86.6, 14.8, 6, 1], [-87.2, 14.1, 8, 1], [-87.2, 14.1, null, 1],
    ]);
    const m = { ...guessInvestmentMapping(t), country: 'HN' as const };
    expect(m.precision).toBe('precision_code');
    const rows = investmentsFromImport(t, m, null);
    expect(rows.map((r) => r.level)).toEqual(['municipio', 'municipio', 'department', 'department', 'country', 'country', 'municipio']);
    expect(rows.map((r) => r.lon)).toEqual([-87.2, -87.2, -87.2, -87.2, null, null, -87.2]);
    expect(rows.map((r) => r.precision)).toEqual([1, 3, 4, 5, 6, 8, null]);
  });

  it('counts a project amount repeated on its locations once, split evenly in whole cents', () => {
    expect(splitRepeatedAmounts(['p', 'p', 'p', 'q', 'r', 'r', ''], [100, 100, 100, 5, 1, 2, 8])).toEqual([33.34, 33.33, 33.33, 5, 1, 2, 8]);
    expect(repeatedAmounts(['p', 'p', 'p', 'q', 'r', 'r'], [100, 100, 100, 5, 1, 2])).toEqual({ repeated: 1, repeatedRows: 3, differing: 1 });
    const t = table('r.csv', ['project_id', 'lon', 'lat', 'commitments_usd_m'], [['x', -87.2, 14.1, 1.5], ['x', -87.3, 14.2, 1.5], ['y', -87.2, 14.1, 0.25]]);
    const m = { ...guessInvestmentMapping(t), country: 'HN' as const };
    expect(m).toMatchObject({ activityId: 'project_id', splitRepeated: true, amountScale: 1_000_000 });
    expect(investmentsFromImport(t, m, null).map((r) => r.amount_usd)).toEqual([750_000, 750_000, 250_000]);
    expect(investmentsFromImport(t, { ...m, splitRepeated: false }, null).map((r) => r.amount_usd)).toEqual([1_500_000, 1_500_000, 250_000]);
  });

  it('guesses the unit from the name (millions, thousands) or from the values', () => {
    for (const n of ['USD thousands', 'miles de USD', 'monto_usd_k', 'USD 000']) expect(amountScaleOfName(n), n).toBe(1_000);
    for (const n of ['kilometros', 'mil_proyectos']) expect(amountScaleOfName(n), n).toBe(1);
    expect(amountScaleOfValues([51.088033, 2.920747, 0.5, null])).toBe(1_000_000);
    expect(amountScaleOfValues([51.5, 2_920_746.71, 0.5])).toBe(1);
    expect(amountScaleOfValues([5, 10, 20])).toBe(1);
    expect(amountScaleOfValues([1.5, 2.5])).toBe(1);
    expect(guessAmountScale('monto (miles)', [1.5, 2.5, 3.5])).toBe(1_000);
  });

  it('writes in the exports\u2019 method how each investment file was read, the split rule with its counts', () => {
    const t = table('r.csv', ['project_id', 'lon', 'lat', 'usd_m', 'precision_code', 'pais'], [['x', -87.2, 14.1, 1.5, 1, 'HN'], ['x', -87.3, 14.2, 1.5, 4, 'HN'], ['y', -87.2, 14.1, 0.25, 3, 'HN']]);
    const mapping = guessInvestmentMapping(t);
    const [m] = investmentImportMethod([{ id: 'import-1', importedAt: '', parsed: { kind: 'table', table: t }, mapping, accepted: {} }]);
    expect(m).toMatchObject({ file: 'r.csv', amount_unit_usd: 1_000_000, precision_column: 'precision_code', country: 'column pais', project_id_column: 'project_id' });
    expect(m.repeated_project_amounts).toMatch(/^1 projects state one amount on each of their 2 location rows: each such amount is counted once, split evenly/);
    const [n] = investmentImportMethod([{ id: 'import-1', importedAt: '', parsed: { kind: 'table', table: t }, mapping: { ...mapping, splitRepeated: false }, accepted: {} }]);
    expect(n.repeated_project_amounts).toMatch(/NOT split/);
  });
});
