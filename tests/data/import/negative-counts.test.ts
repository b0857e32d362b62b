/** Counts and amounts below zero are found (rows named as a spreadsheet numbers them); rates and unmatched rows are not read. */
import { describe, expect, it } from 'vitest';
import { negativeCounts } from '../../../src/lib/data/import/negative-counts.ts';
import type { IndicatorColumnMapping } from '../../../src/lib/data/import/import-mapping.ts';
import { report, table } from '../apply/apply-fixtures.ts';

const col = (column: string, unit = ''): IndicatorColumnMapping => ({ column, id: column, label: { en: column, es: column }, pillar: 'I', direction: 1, unit, year: '', level: 'municipio', source: '' });

describe('negativeCounts', () => {
  it('names the negative cells of counts and amounts in rows that reached a unit', () => {
    const t = table('f.csv', ['codigo', 'poblacion', 'monto_usd', 'tasa_cambio'], [
      ['0101', -5, '-1200', -3],
      ['0102', 10, '300', 2],
      ['0103', -1, ' -7,5', -1],
      ['nota', -9, '-9', -9],
    ]);
    const r = report({ 0: 'GT0101', 1: 'GT0102', 2: 'GT0103' });
    expect(negativeCounts(t, [col('poblacion'), col('monto_usd'), col('tasa_cambio', '%')], r)).toEqual([
      { column: 'poblacion', rows: [2, 4] },
      { column: 'monto_usd', rows: [2, 4] },
    ]);
  });
  it('says nothing when every count is zero or more', () => {
    const t = table('f.csv', ['codigo', 'poblacion'], [['0101', 0], ['0102', 5]]);
    expect(negativeCounts(t, [col('poblacion')], report({ 0: 'GT0101', 1: 'GT0102' }))).toEqual([]);
  });
});
