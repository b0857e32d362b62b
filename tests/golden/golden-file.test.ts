/** The normalisation of golden files: floats rounded, codes and printed figures kept, volatile fields replaced. */
import { describe, expect, it } from 'vitest';
import { normaliseGolden } from './golden-file.ts';

describe('normaliseGolden', () => {
  it('rounds floats to six significant digits and keeps integers and codes as written', () => {
    expect(normaliseGolden('GT0101,0101,12,0.1234567891,-1.00000049,3.5e-7,58.049999999999955\r\n')).toBe('GT0101,0101,12,0.123457,-1,3.5e-7,58.05\n');
  });

  it('keeps thousands-separated figures whole and replaces dates, versions, commits, timings and folders', () => {
    expect(normaliseGolden('USD 2,082,218,022.99 on 2026-12-06T19:00:00.000Z by focal 0.1.0 (a1b2c3d4e5) in 12 ms to /tmp/x/o.csv', { tmpDirs: ['/tmp/x'], round: false })).toBe(
      'USD 2,082,218,022.99 on <date> by focal <version> (<commit>) in <ms> to <tmp>/o.csv',
    );
  });
});
