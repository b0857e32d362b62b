import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/analysis/classify.ts';
import { divergingBreaks } from '../../src/lib/analysis/diverging-breaks.ts';
import { divergingOpenBreaks } from '../../src/lib/analysis/diverging-open-breaks.ts';

describe('divergingOpenBreaks', () => {
  it('no extreme value: the bounds are divergingBreaks', () => {
    const v = [-3, 1, 10, NaN, 8, -9];
    expect(divergingOpenBreaks(v, 5)).toEqual({ bounds: divergingBreaks(v, 5), open: false });
  });

  it('one extreme value: equal classes over ± the 95th percentile of |x|, the end classes out to the extremes (by hand)', () => {
    // |x| = 0…19 and 1000: n = 21, h = 20 · 0.95 = 19, so P95 = sorted[19] = 19; 1000 > 2 · 19.
    const v = [...Array.from({ length: 20 }, (_, i) => (i % 2 ? i : -i)), 1000];
    const { bounds, open } = divergingOpenBreaks(v, 5);
    expect(open).toBe(true);
    // width 2 · 19 / 5 = 7.6: −19 + 7.6 = −11.4, −3.8, 3.8, 11.4; ends ± 1000
    expect(bounds.map((b) => +b.toFixed(9))).toEqual([-1000, -11.4, -3.8, 3.8, 11.4, 1000]);
    expect(Array.from(classify([1000, 12, 11, 0, -18, -3], bounds))).toEqual([4, 4, 3, 2, 0, 2]);
    // divergingBreaks would put everything but the extreme value in the middle class.
    expect(new Set(classify(v.slice(0, 20), divergingBreaks(v, 5)))).toEqual(new Set([2]));
  });

  it('degenerate columns as divergingBreaks; a quantile of zero keeps the plain bounds', () => {
    expect(divergingOpenBreaks([NaN], 5)).toEqual({ bounds: [], open: false });
    expect(divergingOpenBreaks([0, 0], 3)).toEqual({ bounds: [0, 0], open: false });
    const mostlyZero = [...new Array(40).fill(0), 5];
    expect(divergingOpenBreaks(mostlyZero, 3)).toEqual({ bounds: divergingBreaks(mostlyZero, 3), open: false });
  });
});
