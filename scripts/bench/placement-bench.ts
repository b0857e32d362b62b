/**
 * Benchmark of placing points in the units (goal: 100,000 points in the 682 municipios
 * in 300 ms or less): 100,000 seeded points, uniform over the units' bounding box (about 46% fall in
 * a unit; the rest test the index's rejections), placed with `placePoints` (Flatbush + strip-indexed
 * even–odd test), against a plain loop of `@turf/boolean-point-in-polygon` over every polygon (first
 * hit wins). The plain loop runs on the first `turfPoints` points (default 10,000) and is
 * extrapolated linearly to the full count; both give the same unit for every point of that subset
 * (checked). Times are medians of `runs` runs after a warm-up, in this Node process; the index
 * build is timed apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { buildPointIndex } from '../../src/lib/geo/point-index.ts';
import { placePoints } from '../../src/lib/geo/place-points.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';

export interface PlacementBench {
  points: number;
  placed: number;
  /** Median time to place all points (ms), index built. */
  placeMs: number;
  /** Time to build the index over the 682 units (ms, median). */
  buildMs: number;
  /** Points the plain turf loop ran on, its time (ms) and that time extrapolated to `points`. */
  turfPoints: number;
  turfMs: number;
  turfExtrapolatedMs: number;
  /** turfExtrapolatedMs / placeMs. */
  speedup: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchPlacement(runs = 5, points = 100_000, turfPoints = 10_000, seed = 1): PlacementBench {
  const dir = join(import.meta.dirname, '..', '..', 'public', 'data', 'boundaries');
  const topo = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as UnitTopology;
  const units = unitFeatures([
    { country: 'GT', topology: topo('gt.topo.json') },
    { country: 'HN', topology: topo('hn.topo.json') },
    { country: 'SV', topology: topo('sv.topo.json') },
  ]);
  const geometries = units.map((u) => u.geometry);
  const builds: number[] = [];
  let index = buildPointIndex(geometries);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    index = buildPointIndex(geometries);
    builds.push(performance.now() - t0);
  }
  const rng = seededRng(seed);
  const [x0, y0, x1, y1] = index.bbox;
  const lon = new Float64Array(points);
  const lat = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    lon[i] = x0 + rng.random() * (x1 - x0);
    lat[i] = y0 + rng.random() * (y1 - y0);
  }
  placePoints(index, lon.subarray(0, 10_000), lat.subarray(0, 10_000)); // warm-up (JIT)
  const times: number[] = [];
  let result = placePoints(index, lon, lat);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = placePoints(index, lon, lat);
    times.push(performance.now() - t0);
  }
  const m = Math.min(turfPoints, points);
  const t0 = performance.now();
  for (let i = 0; i < m; i++) {
    let hit = -1;
    for (let u = 0; u < geometries.length; u++) {
      if (booleanPointInPolygon([lon[i], lat[i]], geometries[u])) {
        hit = u;
        break;
      }
    }
    if (hit !== result.unit[i]) throw new Error(`point ${i} (${lon[i]}, ${lat[i]}): turf says unit ${hit}, placePoints ${result.unit[i]}`);
  }
  const turfMs = performance.now() - t0;
  const placeMs = median(times);
  const turfExtrapolatedMs = (turfMs * points) / m;
  return { points, placed: result.counts.placed, placeMs, buildMs: median(builds), turfPoints: m, turfMs, turfExtrapolatedMs, speedup: turfExtrapolatedMs / placeMs };
}

// `npx tsx scripts/bench/placement-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const b = benchPlacement();
  console.log(
    `placement: ${b.points.toLocaleString('en-US')} points in 682 units, median ${b.placeMs.toFixed(0)} ms (${b.placed.toLocaleString('en-US')} placed; index built in ${b.buildMs.toFixed(0)} ms); ` +
      `plain @turf/boolean-point-in-polygon loop ${b.turfMs.toFixed(0)} ms on ${b.turfPoints.toLocaleString('en-US')} points, ~${(b.turfExtrapolatedMs / 1000).toFixed(1)} s for all: ${b.speedup.toFixed(0)}× faster`,
  );
}
