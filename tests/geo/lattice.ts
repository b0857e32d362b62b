/** Test helper: an r × c lattice of square polygons in lon/lat, as GeoJSON features (row-major, unit = row·c + col). */
import type { Feature, Polygon } from 'geojson';

/**
 * Square (row, col) spans lon [x0 + col·side, x0 + (col+1)·side] and lat [y0 + row·side, …]. Each
 * square lists only its own four corners, so neighbours share vertices and edges exactly.
 * `shift(row, col)` moves a square's corners (e.g. to pull one part of the lattice apart).
 */
export function latticeFeatures(
  rows: number,
  cols: number,
  side = 0.1,
  shift: (row: number, col: number) => [number, number] = () => [0, 0],
  x0 = -89,
  y0 = 14,
): Feature<Polygon, { id: string; row: number; col: number }>[] {
  const out: Feature<Polygon, { id: string; row: number; col: number }>[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [dx, dy] = shift(r, c);
      // corners from the same grid lines, so that neighbours' coordinates are bit-for-bit equal
      const [xa, xb] = [x0 + c * side + dx, x0 + (c + 1) * side + dx];
      const [ya, yb] = [y0 + r * side + dy, y0 + (r + 1) * side + dy];
      out.push({
        type: 'Feature',
        properties: { id: `u${r * cols + c}`, row: r, col: c },
        geometry: {
          type: 'Polygon',
          coordinates: [[[xa, ya], [xb, ya], [xb, yb], [xa, yb], [xa, ya]]],
        },
      });
    }
  }
  return out;
}

/** Hand-written neighbour rule of the lattice: rook = one step along a row or column, queen = also diagonal. */
export function latticeNeighbours(rows: number, cols: number, queen: boolean): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const list: number[] = [];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (dr === 0 && dc === 0) continue;
          if (!queen && dr !== 0 && dc !== 0) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) list.push(rr * cols + cc);
        }
      }
      out.push(list.sort((a, b) => a - b));
    }
  }
  return out;
}
