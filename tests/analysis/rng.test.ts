import { describe, expect, it } from 'vitest';
import { seededRng, splitMix64, xoshiro128StarStar } from '../../src/lib/analysis/rng.ts';

describe('xoshiro128StarStar', () => {
  it('reproduces the reference implementation (version 1.1) from state [1, 2, 3, 4]', () => {
    // Outputs of the reference xoshiro128starstar.c 1.1 (https://prng.di.unimi.it/) compiled with
    // gcc for s = {1, 2, 3, 4}; the first four are also published as [11520, 0, 5927040, 70819200].
    const expected = [11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804];
    const rng = xoshiro128StarStar([1, 2, 3, 4]);
    expect(expected.map(() => rng.nextUint32())).toEqual(expected);
  });

  it('first output by hand: rotl(s1·5, 7)·9 = rotl(10, 7)·9 = 1280·9', () => {
    expect(xoshiro128StarStar([1, 2, 3, 4]).nextUint32()).toBe(11520);
  });

  it('rejects the all-zero state', () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow(/all zero/);
  });
});

describe('splitMix64', () => {
  it('reproduces the reference implementation', () => {
    // https://prng.di.unimi.it/splitmix64.c from seed 1477776061723855037, as published in the
    // reference test of Rust's rand_xoshiro (SplitMix64::reference).
    const next = splitMix64(1477776061723855037n);
    expect([next(), next(), next(), next(), next()]).toEqual([
      1985237415132408290n,
      2979275885539914483n,
      13511426838097143398n,
      8488337342461049707n,
      15141737807933549159n,
    ]);
  });
});

describe('seededRng', () => {
  it('matches the C reference seeded the same way (gcc, splitmix64.c + xoshiro128starstar.c)', () => {
    const take = (seed: number) => {
      const r = seededRng(seed);
      return Array.from({ length: 6 }, () => r.nextUint32());
    };
    expect(take(0)).toEqual([3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774]);
    expect(take(1)).toEqual([1695105466, 1423115009, 634581793, 1068227753, 716759206, 4186505319]);
    expect(take(4294967295)).toEqual([331202089, 2303545133, 2732085799, 1755962312, 20464611, 435992899]);
  });

  it('is the xoshiro128** seeded with the first two SplitMix64 outputs, little-endian', () => {
    const next = splitMix64(42n);
    const z0 = next();
    const z1 = next();
    const words = [z0 & 0xffffffffn, z0 >> 32n, z1 & 0xffffffffn, z1 >> 32n].map(Number) as [number, number, number, number];
    const a = seededRng(42);
    const b = xoshiro128StarStar(words);
    for (let i = 0; i < 100; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('same seed gives the same sequence, another seed a different one', () => {
    const take = (seed: number) => {
      const r = seededRng(seed);
      return Array.from({ length: 50 }, () => r.random());
    };
    expect(take(1)).toEqual(take(1));
    expect(take(4294967295)).toEqual(take(4294967295));
    expect(take(1)).not.toEqual(take(2));
    expect(take(0)).not.toEqual(take(1));
  });

  it('rejects a non-finite seed', () => {
    expect(() => seededRng(NaN)).toThrow(/seed/);
  });

  it('random() is in [0, 1) and uniform (chi-square over 20 bins)', () => {
    const r = seededRng(7);
    const bins = new Array(20).fill(0);
    const n = 100_000;
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.random();
      if (!(u >= 0 && u < 1)) outside++;
      bins[Math.floor(u * 20)]++;
      sum += u;
    }
    expect(outside).toBe(0);
    const e = n / 20;
    const chi2 = bins.reduce((s, o) => s + (o - e) ** 2 / e, 0);
    // 19 degrees of freedom: the 99.9th percentile of chi-square is 43.82.
    expect(chi2).toBeLessThan(43.82);
    // mean 1/2 with sd sqrt(1/12/n) ≈ 0.00091: 5 sd.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0046);
  });

  it('int(n) covers 0 … n−1 and nothing else', () => {
    const r = seededRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(r.int(3));
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});
