/**
 * Numbers as the data support them: every export cell rounded to what its column type shows, so
 * that no file carries float noise; plain numbers (ranks) cleaned to 12 significant digits; the
 * precision of an indicator's values read from their median magnitude.
 */
import { describe, expect, it } from 'vitest';
import { roundCell, roundToFixed, typeDecimals, valueDecimals } from '../../src/lib/export/round-cell.ts';
import { hotspotResultsTable } from '../../src/lib/export/hotspot-results-table.ts';
import { tableCsv } from '../../src/lib/export/csv.ts';

describe('roundCell', () => {
  it('removes the float noise the issue found, by column type', () => {
    expect(roundCell(1.0000000000000004, 'number')).toBe(1);
    expect(roundCell(58.049999999999955, 'number')).toBe(58.05);
    expect(roundCell(58.049999999999955, { decimals: 1 })).toBe(58);
    expect(roundCell(58.06, { decimals: 1 })).toBe(58.1);
    expect(roundCell(0.1 + 0.2, 'percent')).toBe(0.3);
    expect(roundCell(0.12345, 'percent')).toBe(0.123);
    expect(roundCell(1234.5678, 'usd')).toBe(1234.57);
    expect(roundCell(2.5, 'number')).toBe(2.5);
    expect(roundCell(3.4999, 'integer')).toBe(3);
    expect(roundCell(1, 'flag')).toBe(1);
  });

  it('leaves text and missing numbers alone, and never writes -0', () => {
    expect(roundCell('0101', 'text')).toBe('0101');
    expect(roundCell(NaN, { decimals: 1 })).toBeNaN();
    expect(roundCell(null, 'percent')).toBeNull();
    expect(Object.is(roundCell(-0.04, { decimals: 1 }), 0)).toBe(true);
    expect(Object.is(roundToFixed(-0, 2), 0)).toBe(true);
  });

  it('keeps as many decimals as each type shows', () => {
    expect([typeDecimals('integer'), typeDecimals('flag'), typeDecimals('percent'), typeDecimals('usd'), typeDecimals({ decimals: 4 }), typeDecimals('number'), typeDecimals('text')]).toEqual([0, 0, 3, 2, 4, undefined, undefined]);
  });
});

describe('valueDecimals', () => {
  it('gives about three significant figures of the median magnitude, 0 to 4 decimals, missing values ignored', () => {
    expect(valueDecimals([13154, 24000, 100500, NaN])).toBe(0);
    expect(valueDecimals([45.3, 51.2, 12.1])).toBe(1);
    expect(valueDecimals([3.74, 2.1, 8.8])).toBe(2);
    expect(valueDecimals([0.42175963521, 0.3, 0.6])).toBe(3);
    expect(valueDecimals([0.00012, 0.0003, 0.0002])).toBe(4);
    expect(valueDecimals([NaN, 0])).toBe(0);
  });

  it('is what the hotspot export writes its value (and the lag one decimal finer) with; p values keep four decimals', () => {
    const units = [0, 1, 2].map((i) => ({ unit_id: `U${i}`, name: `u${i}`, department: 'd', country: 'GT' }));
    const table = hotspotResultsTable(units, {
      statistic: 'moran',
      value: Float64Array.from([0.42175963521, 0.3000000000000001, 0.6]),
      lag: Float64Array.from([0.45049999999, 0.51234, 0.3]),
      statisticValue: Float64Array.from([0.1234567, -0.5, 0.25]),
      pSim: Float64Array.from([0.0001, 0.02, 0.5]),
      cluster: Uint8Array.from([1, 0, 0]),
    });
    const lines = tableCsv(table).slice(1).split('\r\n');
    expect(lines[1]).toBe('U0,u0,d,GT,0.422,0.4505,0.123,0.0001,HH');
    expect(lines[2]).toBe('U1,u1,d,GT,0.3,0.5123,-0.5,0.02,ns');
  });
});
