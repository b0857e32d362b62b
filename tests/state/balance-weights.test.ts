import { describe, expect, it } from 'vitest';
import { normaliseWeights, percentLabels, setWeight } from '../../src/lib/state/balance-weights.ts';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const DEFAULT = [0.5, 0.1, 0.1, 0.1, 0.1, 0.1];
const NONE = [false, false, false, false, false, false];

describe('normaliseWeights', () => {
  it('scales to shares summing to 1', () => {
    expect(normaliseWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
  });
  it('gives equal shares when every weight is 0, and treats negatives and NaN as 0', () => {
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(normaliseWeights([-1, NaN, 3])).toEqual([0, 0, 1]);
  });
});

describe('setWeight', () => {
  it('spreads the difference over the others in proportion to their shares', () => {
    // Migration 0.5 → 0.7: the five pillars share the remaining 0.3 equally (they were equal).
    const w = setWeight(DEFAULT, NONE, 0, 0.7);
    expect(w[0]).toBeCloseTo(0.7, 12);
    for (let i = 1; i < 6; i++) expect(w[i]).toBeCloseTo(0.06, 12);
    // Unequal others keep their proportions: [0.2, 0.6, 0.2] with slot 0 → 0.6 leaves 0.4 split 3:1.
    const u = setWeight([0.2, 0.6, 0.2], [false, false, false], 0, 0.6);
    expect(u[1]).toBeCloseTo(0.3, 12);
    expect(u[2]).toBeCloseTo(0.1, 12);
  });

  it('keeps locked shares and moves only the unlocked others', () => {
    // Lock pillar I (0.1); migration 0.5 → 0.3: the 0.2 freed goes to II–V (0.1 each → 0.15).
    const locked = [false, true, false, false, false, false];
    const w = setWeight(DEFAULT, locked, 0, 0.3);
    expect(w[1]).toBe(0.1);
    expect(w[0]).toBeCloseTo(0.3, 12);
    for (let i = 2; i < 6; i++) expect(w[i]).toBeCloseTo(0.15, 12);
  });

  it('clamps the moved share to what the locked ones leave free, never below 0', () => {
    // Lock migration at 0.5: pillar I cannot exceed 0.5; asking 0.9 gives 0.5 and the others 0.
    const locked = [true, false, false, false, false, false];
    const w = setWeight(DEFAULT, locked, 1, 0.9);
    expect(w).toEqual([0.5, 0.5, 0, 0, 0, 0]);
    expect(setWeight(DEFAULT, NONE, 2, -0.3)[2]).toBe(0);
    expect(setWeight(DEFAULT, NONE, 2, 1.7)).toEqual([0, 0, 1, 0, 0, 0]);
  });

  it('fills others equally when they all sit at 0', () => {
    const w = setWeight([1, 0, 0], [false, false, false], 0, 0.4);
    expect(w[0]).toBeCloseTo(0.4, 12);
    expect(w[1]).toBeCloseTo(0.3, 12);
    expect(w[2]).toBeCloseTo(0.3, 12);
  });

  it('changes nothing when all others are locked, or the slider itself is locked', () => {
    const allOthers = [false, true, true, true, true, true];
    expect(setWeight(DEFAULT, allOthers, 0, 0.9)).toEqual(DEFAULT);
    const all = [true, true, true, true, true, true];
    expect(setWeight(DEFAULT, all, 3, 0.9)).toEqual(DEFAULT);
    expect(setWeight(DEFAULT, [true, false, false, false, false, false], 0, 0.9)).toEqual(DEFAULT);
  });

  it('sums to 1 within 1e-9 and never goes negative over many random moves with locks', () => {
    // A small deterministic generator (LCG) so the test is reproducible.
    let s = 12345;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
    let w = [...DEFAULT];
    for (let k = 0; k < 5000; k++) {
      const locked = w.map(() => rand() < 0.3);
      const before = [...w];
      const i = Math.floor(rand() * w.length);
      w = setWeight(w, locked, i, rand() * 1.2 - 0.1);
      expect(Math.abs(sum(w) - 1)).toBeLessThan(1e-9);
      for (let j = 0; j < w.length; j++) {
        expect(w[j]).toBeGreaterThanOrEqual(0);
        if (locked[j] && j !== i) expect(w[j]).toBe(before[j]);
      }
    }
  });
});

describe('percentLabels', () => {
  it('rounds to whole percentages that add up to exactly 100', () => {
    // 1/6 each = 16.67%: plain rounding gives 17 × 6 = 102.
    const p = percentLabels([1, 1, 1, 1, 1, 1]);
    expect(sum(p)).toBe(100);
    expect([...p].sort()).toEqual([16, 16, 17, 17, 17, 17]);
    expect(percentLabels(DEFAULT)).toEqual([50, 10, 10, 10, 10, 10]);
    expect(percentLabels([0.333, 0.333, 0.334], 1)).toEqual([33.3, 33.3, 33.4]);
  });
});
