import { describe, expect, it } from 'vitest';
import { ringsCross } from '../../src/lib/analysis/ring-crossing.ts';

/** A polygon's rings flat, as ringsCross takes them. */
function flat(rings: number[][][]): [number[], [number, number][]] {
  const coords: number[] = [];
  const spans: [number, number][] = [];
  for (const r of rings) {
    spans.push([coords.length / 2, r.length]);
    for (const [x, y] of r) coords.push(x, y);
  }
  return [coords, spans];
}

/** A closed ring of n vertices on a circle (convex: no crossing). */
function circle(n: number, r = 1, cx = 0, cy = 0): number[][] {
  const ring = Array.from({ length: n }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  return [...ring, ring[0]];
}

describe('ringsCross', () => {
  it('finds the crossing of a bow-tie', () => {
    expect(ringsCross(...flat([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]))).toBe(true);
  });

  it('a square, a square with a hole, a ring touching itself at a vertex and a spike do not cross', () => {
    expect(ringsCross(...flat([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]))).toBe(false);
    expect(ringsCross(...flat([circle(40, 2), circle(12, 0.5)]))).toBe(false);
    // Two lobes meeting at (1, 1): touching, not crossing.
    expect(ringsCross(...flat([[[0, 0], [1, 1], [2, 0], [2, 2], [1, 1], [0, 2], [0, 0]]]))).toBe(false);
    // A spike out and back along itself.
    expect(ringsCross(...flat([[[0, 0], [1, 0], [1, 1], [1, 3], [1, 1], [0, 1], [0, 0]]]))).toBe(false);
  });

  it('finds a hole through its shell', () => {
    expect(ringsCross(...flat([circle(40, 2), circle(12, 0.5, 1.9, 0)]))).toBe(true);
  });

  it('finds one crossing among thousands of edges (the bucketed sweep), and none in a long convex ring', () => {
    const big = circle(5000, 1);
    expect(ringsCross(...flat([big]))).toBe(false);
    const swapped = big.map((p) => [...p]);
    [swapped[1000], swapped[1001]] = [swapped[1001], swapped[1000]];
    expect(ringsCross(...flat([swapped]))).toBe(true);
  });

  it('reads positions of three numbers, and leaves out zero-length edges', () => {
    const xyz = [0, 0, 5, 2, 2, 5, 2, 2, 5, 2, 0, 5, 0, 2, 5, 0, 0, 5];
    expect(ringsCross(xyz, [[0, 6]], 3)).toBe(true);
    expect(ringsCross([0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0], [[0, 6]])).toBe(false);
  });
});
