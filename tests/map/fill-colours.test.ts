import { describe, expect, it } from 'vitest';
import { fillColours } from '../../src/lib/map/fill-colours.ts';

describe('fillColours', () => {
  it('colours each unit by its class and units without data (−1) with the no-data colour, all opaque', () => {
    const rgba = fillColours(Int8Array.from([1, -1, 0]), [[1, 2, 3], [4, 5, 6]], [9, 9, 9]);
    expect([...rgba]).toEqual([4, 5, 6, 255, 9, 9, 9, 255, 1, 2, 3, 255]);
  });
});
