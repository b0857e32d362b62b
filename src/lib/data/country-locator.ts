/**
 * The country of a point, for activity rows that give coordinates but no country: the country of
 * the unit containing the point; for a point outside every unit (at sea, across a border, a
 * coarse boundary), the country of the unit whose box centre is nearest. The row keeps its
 * coordinates either way, so the coverage engine still reports it as outside every unit.
 *
 * The index over every unit's edges (point-index.ts) is built only once enough points have been
 * asked for to pay for it: a few hundred points (the mapping dialog's guess of a layer's country
 * looks at up to 200) are answered by scanning the units' boxes and testing only the units whose
 * box holds the point, each by its index when `warm` built one, else by testing its edges at once
 * (closed-polygon-contains.ts: building a unit's index for one or two points cost most of the
 * country guess, about a third of a second before a 20 MB layer's mapping dialog in Chromium). The
 * answer is the same: the full index tests the same units in the same (ascending) order with the
 * same per-unit test, so the lowest containing unit wins either way.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import Flatbush from 'flatbush';
import { buildPointIndex, type PointIndex } from '../geo/point-index.ts';
import { closedPolygonContains } from '../geo/closed-polygon-contains.ts';
import { boxCentre } from './box-centre.ts';
import type { CountryCode } from './schema.ts';

export interface LocatableUnit {
  country: CountryCode;
  geometry: Polygon | MultiPolygon;
}

/** Points answered by scanning before the full index is built (scanning costs a pass over the boxes per point). */
const SCANNED_POINTS = 512;

/**
 * The country of a point, with a way to build its index a little at a time ahead of use: `warm`
 * builds the per-unit indexes of the scan for the next units until `budgetMs` has passed, and
 * once every unit has one, points go through a tree of the units' boxes to those indexes (no
 * full index is built then). Returns true once every unit is done. The answers are the same
 * before, during and after: the same units are tested in the same order with the same test.
 */
export type CountryLocator = ((lon: number, lat: number) => CountryCode | null) & { warm: (budgetMs: number) => boolean };

/**
 * `indexNow`: the full index built at once, for a locator made ahead of use (while nothing else
 * runs), so that its first questions are answered by the index too.
 */
export function countryLocator(units: readonly LocatableUnit[], { indexNow = false }: { indexNow?: boolean } = {}): CountryLocator {
  const boxes: [number, number, number, number][] = [];
  const centres: [number, number][] = [];
  for (const u of units) {
    const [box, centre] = boxAndCentre(u.geometry);
    boxes.push(box);
    centres.push(centre);
  }
  let index: PointIndex | null = indexNow && units.length ? buildPointIndex(units.map((u) => u.geometry)) : null;
  let scanned = 0;
  const single = new Map<number, PointIndex>();
  const one = (u: number): PointIndex => {
    let ix = single.get(u);
    if (!ix) single.set(u, (ix = buildPointIndex([units[u].geometry])));
    return ix;
  };
  /** The lowest unit containing the point, as the full index finds it, from the units whose box holds it. */
  const scan = (x: number, y: number): number => {
    for (let u = 0; u < units.length; u++) {
      const b = boxes[u];
      if (!(x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3])) continue;
      const ix = single.get(u);
      if (ix ? ix.locate(x, y) === 0 : closedPolygonContains(units[u].geometry, x, y)) return u;
    }
    return -1;
  };
  /** Once every unit has its own index (see `warm`): the units whose box holds the point, from a tree, tested in ascending order. */
  let boxed: ((x: number, y: number) => number) | null = null;
  let warmed = 0;
  const warm = (budgetMs: number): boolean => {
    if (index || boxed) return true;
    const end = performance.now() + budgetMs;
    for (; warmed < units.length && performance.now() < end; warmed++) {
      try {
        one(warmed);
      } catch {
        // A geometry the index refuses: refused again when a point falls in its box.
      }
    }
    if (warmed < units.length) return false;
    boxed = boxTree(boxes, (u, x, y) => one(u).locate(x, y) === 0);
    return true;
  };
  const at = (lon: number, lat: number): CountryCode | null => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !units.length) return null;
    if (!index && !boxed && ++scanned > SCANNED_POINTS) {
      index = buildPointIndex(units.map((u) => u.geometry));
      single.clear();
    }
    const u = index ? index.locate(lon, lat) : boxed ? boxed(lon, lat) : scan(lon, lat);
    if (u >= 0) return units[u].country;
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < centres.length; i++) {
      const d = (centres[i][0] - lon) ** 2 + (centres[i][1] - lat) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    return units[best].country;
  };
  return Object.assign(at, { warm });
}

/** The lowest unit whose box holds (x, y) and for which `inside` is true, or -1; boxes from a Flatbush tree (unbounded boxes always tried). */
function boxTree(boxes: readonly [number, number, number, number][], inside: (u: number, x: number, y: number) => boolean): (x: number, y: number) => number {
  const finite: number[] = [];
  const always: number[] = [];
  boxes.forEach((b, u) => (b.every(Number.isFinite) ? finite : always).push(u));
  const tree = finite.length ? new Flatbush(finite.length) : null;
  for (const u of finite) tree!.add(...boxes[u]);
  tree?.finish();
  return (x, y) => {
    const hits = tree ? tree.search(x, y, x, y).map((k) => finite[k]) : [];
    const candidates = always.length ? [...hits, ...always] : hits;
    candidates.sort((a, b) => a - b);
    for (const u of candidates) if (inside(u, x, y)) return u;
    return -1;
  };
}

/**
 * {@link outerBox} and the centre {@link boxCentre} gives ([NaN, NaN] for none) in one pass over
 * a polygon's positions: made for every unit when the locator is first asked (before a layer's
 * mapping dialog unless made ahead), the two passes cost a tenth of a 20 MB layer's main-thread
 * time in a Chromium trace.
 */
function boxAndCentre(g: Polygon | MultiPolygon): [[number, number, number, number], [number, number]] {
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : null;
  if (!Array.isArray(polys) || !Array.isArray(polys[0] ?? [])) return [outerBox(g), boxCentre(g) ?? [NaN, NaN]];
  // The box by comparisons (outerBox: a NaN is passed over) and by Math.min and Math.max (boxCentre: a NaN spreads).
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  let [mw, ms, me, mn] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys) {
    for (const ring of poly) {
      for (const p of ring) {
        const x = p[0];
        const y = p[1];
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
        mw = Math.min(mw, x);
        ms = Math.min(ms, y);
        me = Math.max(me, x);
        mn = Math.max(mn, y);
      }
    }
  }
  const box: [number, number, number, number] = polys.length && Number.isFinite(w + s + e + n) ? [w, s, e, n] : [-Infinity, -Infinity, Infinity, Infinity];
  return [box, Number.isFinite(mw) ? [(mw + me) / 2, (ms + mn) / 2] : [NaN, NaN]];
}

/** A box holding every position of the geometry (at least the box the point index gives the unit). */
function outerBox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  for (const poly of polys) {
    for (const ring of poly) {
      for (const p of ring) {
        const x = p[0];
        const y = p[1];
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
    }
  }
  // A geometry the index would refuse (not a polygon, a non-finite coordinate) is tested, and refused, by it.
  return polys.length && Number.isFinite(w + s + e + n) ? [w, s, e, n] : [-Infinity, -Infinity, Infinity, Infinity];
}
