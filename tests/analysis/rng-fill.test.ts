import { describe, expect, it } from 'vitest';
import { seededRng, xoshiro128StarStar } from '../../src/lib/analysis/rng.ts';

describe('Rng.fill', () => {
  it('gives the same numbers as nextUint32, and continues the same stream', () => {
    const a = seededRng(123);
    const b = seededRng(123);
    const buf = new Uint32Array(1000);
    a.fill(buf);
    for (let i = 0; i < 1000; i++) expect(buf[i]).toBe(b.nextUint32());
    expect(a.nextUint32()).toBe(b.nextUint32());
    a.fill(buf.subarray(0, 3));
    expect([...buf.subarray(0, 3)]).toEqual([b.nextUint32(), b.nextUint32(), b.nextUint32()]);
  });
  it('reproduces the reference outputs from state [1, 2, 3, 4]', () => {
    const buf = new Uint32Array(4);
    xoshiro128StarStar([1, 2, 3, 4]).fill(buf);
    expect([...buf]).toEqual([11520, 0, 5927040, 70819200]);
  });
});
