/**
 * A point well inside a polygon on screen, for sampling a unit's fill colour: the grid point that is
 * inside and farthest from every edge (a pole of inaccessibility found on a 1 px grid; Garcia-Castellanos
 * and Lombardo, "Poles of inaccessibility", Scottish Geographical Journal 123, 2007). Rings are in
 * screen pixels, the polygon's outer rings and holes together (even–odd rule).
 */
export type Ring = [number, number][];

/** Distance from point (x, y) to segment a–b. */
function segmentDistance(x: number, y: number, a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len));
  return Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy);
}

/** True when (x, y) is inside the rings (even–odd crossings). */
function inside(x: number, y: number, rings: Ring[]): boolean {
  let c = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i], [xj, yj] = r[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

/** The inside grid point farthest from the rings' edges, and that distance (0 when none is inside). */
export function interiorPoint(rings: Ring[]): { x: number; y: number; clearance: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rings) {
    for (const [x, y] of r) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  let best = { x: 0, y: 0, clearance: 0 };
  for (let y = Math.ceil(y0) + 0.5; y < y1; y++) {
    for (let x = Math.ceil(x0) + 0.5; x < x1; x++) {
      if (!inside(x, y, rings)) continue;
      let d = Infinity;
      for (const r of rings) for (let i = 1; i < r.length && d > best.clearance; i++) d = Math.min(d, segmentDistance(x, y, r[i - 1], r[i]));
      if (d > best.clearance) best = { x, y, clearance: d };
    }
  }
  return best;
}
