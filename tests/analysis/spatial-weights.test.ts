import { describe, expect, it } from 'vitest';
import {
  fromNeighbourLists,
  islands,
  neighboursOf,
  rowStandardise,
  subsetWeights,
  weightsSummary,
} from '../../src/lib/analysis/spatial-weights.ts';
import { expectCsr, isSymmetric } from './expect-csr.ts';

// A path 0–1–2–3 plus an island 4.
const path = [[1], [0, 2], [1, 3], [2], []];

describe('fromNeighbourLists', () => {
  it('builds binary CSR rows', () => {
    const w = fromNeighbourLists(path);
    expectCsr(w);
    expect(w.n).toBe(5);
    expect([...w.offsets]).toEqual([0, 1, 3, 5, 6, 6]);
    expect([...w.neighbors]).toEqual([1, 0, 2, 1, 3, 2]);
    expect([...w.weights]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(isSymmetric(w)).toBe(true);
  });

  it('sorts each row, drops duplicates and self links, keeps the weights aligned', () => {
    const w = fromNeighbourLists([[2, 1, 0, 2], [0], [1, 0]], [[0.5, 0.25, 9, 0.5], [3], [7, 8]]);
    expectCsr(w);
    expect([...w.neighbors]).toEqual([1, 2, 0, 0, 1]);
    expect([...w.weights]).toEqual([0.25, 0.5, 3, 8, 7]);
    expect([...neighboursOf(w, 0)]).toEqual([1, 2]);
    expect(isSymmetric(w)).toBe(false); // 1 does not list 2
  });

  it('rejects bad input with a clear message', () => {
    expect(() => fromNeighbourLists([[1], [5]])).toThrow(/neighbour 5/);
    expect(() => fromNeighbourLists([[1.5], [0]])).toThrow(/not a unit index/);
    expect(() => fromNeighbourLists([[1], [0]], [[1]])).toThrow(/2 neighbour lists but 1 weight lists/);
    expect(() => fromNeighbourLists([[1], [0]], [[1, 2], [1]])).toThrow(/unit 0 has 1 neighbours but 2 weights/);
    expect(() => fromNeighbourLists([[1], [0]], [[NaN], [1]])).toThrow(/finite non-negative/);
    expect(() => fromNeighbourLists([[1], [0]], [[-1], [1]])).toThrow(/finite non-negative/);
    expect(() => fromNeighbourLists([[1, 1], [0]], [[1, 2], [1]])).toThrow(/twice with different weights/);
  });

  it('handles no units', () => {
    const w = fromNeighbourLists([]);
    expectCsr(w);
    expect(weightsSummary(w)).toEqual({ n: 0, links: 0, min: NaN, mean: NaN, max: NaN, islands: [] });
  });
});

describe('rowStandardise', () => {
  it('makes each row sum to 1, islands keep no neighbours, input unchanged', () => {
    const w = fromNeighbourLists([[1, 2, 3], [0], [0, 3], [0, 2], []], [[1, 1, 2], [4], [1, 3], [1, 1], []]);
    const r = rowStandardise(w);
    expectCsr(r);
    expect([...r.neighbors]).toEqual([...w.neighbors]);
    expect([...r.weights]).toEqual([0.25, 0.25, 0.5, 1, 0.25, 0.75, 0.5, 0.5]);
    for (let i = 0; i < 4; i++) {
      let s = 0;
      for (let k = r.offsets[i]; k < r.offsets[i + 1]; k++) s += r.weights[k];
      expect(s).toBeCloseTo(1, 15);
    }
    expect(r.offsets[5] - r.offsets[4]).toBe(0);
    expect([...w.weights]).toEqual([1, 1, 2, 4, 1, 3, 1, 1]);
  });

  it('rows of a binary lattice get 1/cardinality', () => {
    const r = rowStandardise(fromNeighbourLists(path));
    expect([...r.weights]).toEqual([1, 0.5, 0.5, 0.5, 0.5, 1]);
  });
});

describe('subsetWeights', () => {
  it('drops units and their links and renumbers the rest in order', () => {
    // drop unit 2 of the path: 0–1 stays, 3 becomes an island, 4 stays an island
    const { weights, index } = subsetWeights(fromNeighbourLists(path), Uint8Array.of(1, 1, 0, 1, 1));
    expectCsr(weights);
    expect([...index]).toEqual([0, 1, 3, 4]);
    expect(weights.n).toBe(4);
    expect([...weights.offsets]).toEqual([0, 1, 2, 2, 2]);
    expect([...weights.neighbors]).toEqual([1, 0]);
    expect(islands(weights)).toEqual([2, 3]);
  });

  it('keeps weights as they were and maps indices through a star', () => {
    const w = fromNeighbourLists([[1, 2, 3], [0], [0], [0]], [[0.2, 0.3, 0.5], [1], [1], [1]]);
    const { weights, index } = subsetWeights(w, Uint8Array.of(1, 0, 1, 1));
    expect([...index]).toEqual([0, 2, 3]);
    expect([...weights.neighbors]).toEqual([1, 2, 0, 0]);
    expect([...weights.weights]).toEqual([0.3, 0.5, 1, 1]);
  });

  it('rejects a keep mask of the wrong length', () => {
    expect(() => subsetWeights(fromNeighbourLists(path), new Uint8Array(3))).toThrow(/3 entries for 5 units/);
  });
});

describe('islands and weightsSummary', () => {
  it('lists islands and neighbour counts', () => {
    const w = fromNeighbourLists(path);
    expect(islands(w)).toEqual([4]);
    expect(weightsSummary(w)).toEqual({ n: 5, links: 6, min: 0, mean: 6 / 5, max: 2, islands: [4] });
  });
});
