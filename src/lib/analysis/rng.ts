/**
 * The seeded pseudo-random generator of focal: xoshiro128** 1.1 (Blackman & Vigna), seeded from a
 * 32-bit integer through SplitMix64, the seeding the authors recommend.
 *
 * - xoshiro128**: 128-bit state (four uint32 words), period 2^128 − 1, passes BigCrush; a direct
 *   transcription of the public-domain reference `xoshiro128starstar.c`
 *   (https://prng.di.unimi.it/xoshiro128starstar.c). Version 1.1 feeds s[1] to the scrambler (1.0
  mistakenly used s[0]; some ports, e.g. older Rust `rand_xoshiro`, still do).
 * - SplitMix64 (Steele, Lea & Flood 2014; reference `splitmix64.c` on the same site): the seed's
 *   first two 64-bit outputs fill the state little-endian, [lo(z0), hi(z0), lo(z1), hi(z1)], as
 *   Rust's `rand_xoshiro` `seed_from_u64` does. The state is never all zero.
 * - `random()` is the next 32-bit output divided by 2^32: uniform on [0, 1) on a grid of 2^-32.
 *
 * Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM Transactions on Mathematical Software 47(4), 2021.
 */

export interface Rng {
  /** Next raw output: an integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniform on [0, 1) (32 bits of resolution). */
  random(): number;
  /** Integer uniform on [0, n) for 1 ≤ n ≤ 2^32, as ⌊random()·n⌋ (bias below n/2^32). */
  int(n: number): number;
  /**
   * Fill `out` with the next `out.length` raw outputs — the same numbers as that many `nextUint32()`
   * calls, several times faster (the state stays in local variables for the loop); for hot loops
   * such as the hotspot permutations.
   */
  fill(out: Uint32Array): void;
  /** Write the generator's state (four words) to out[0 … 3] (for a WebAssembly kernel that draws the same numbers). */
  saveState?(out: Uint32Array): void;
  /** Take the state back from `from[0 … 3]` (after such a kernel drew its numbers). */
  loadState?(from: Uint32Array): void;
}

const TWO_POW_MINUS_32 = 2 ** -32;
const MASK64 = (1n << 64n) - 1n;

/**
 * SplitMix64 from a 64-bit seed: each call returns the next 64-bit output as a bigint. Slow (BigInt)
 * and used only for seeding.
 */
export function splitMix64(seed: bigint): () => bigint {
  let x = BigInt.asUintN(64, seed);
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
}

/** xoshiro128** from an explicit state of four uint32 words (not all zero). */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): Rng {
  let s0 = state[0] >>> 0;
  let s1 = state[1] >>> 0;
  let s2 = state[2] >>> 0;
  let s3 = state[3] >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) throw new Error('xoshiro128** state must not be all zero');
  const nextUint32 = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  const random = (): number => nextUint32() * TWO_POW_MINUS_32;
  const fill = (out: Uint32Array): void => {
    let a = s0;
    let b = s1;
    let c = s2;
    let d = s3;
    for (let i = 0, len = out.length; i < len; i++) {
      const m = Math.imul(b, 5);
      out[i] = Math.imul((m << 7) | (m >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
  };
  const saveState = (out: Uint32Array): void => {
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
  };
  const loadState = (from: Uint32Array): void => {
    s0 = from[0] | 0;
    s1 = from[1] | 0;
    s2 = from[2] | 0;
    s3 = from[3] | 0;
  };
  return { nextUint32, random, int: (n) => Math.floor(random() * n), fill, saveState, loadState };
}

/**
 * The generator for a seed (an integer 0 … 2^32 − 1, as the index spec's `sensitivity.seed`; other
 * numbers are reduced modulo 2^32 after truncation). Same seed ⇒ same sequence, on every platform.
 */
export function seededRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite integer, got ${seed}`);
  const next = splitMix64(BigInt(Math.trunc(seed) >>> 0));
  const z0 = next();
  const z1 = next();
  const lo = (z: bigint): number => Number(z & 0xffffffffn);
  const hi = (z: bigint): number => Number(z >> 32n);
  return xoshiro128StarStar([lo(z0), hi(z0), lo(z1), hi(z1)]);
}
