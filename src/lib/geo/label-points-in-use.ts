import type { MultiPolygon, Polygon, Position } from 'geojson';
import { areaKm2, labelPoint } from './label-point.ts';
import type { LabelPoints } from './label-points.ts';
import { polygonRings } from './polygon-rings.ts';
import type { UnitFeature } from './unit-features.ts';

/** Whether (x, y) lies inside `geometry` (even–odd over all its rings). */
function inside(geometry: Polygon | MultiPolygon, x: number, y: number): boolean {
  let odd = false;
  for (const r of polygonRings(geometry)) {
    for (let k = 0; k + 3 < r.length; k += 2) {
      const [ax, ay, bx, by] = [r[k], r[k + 1], r[k + 2], r[k + 3]];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) odd = !odd;
    }
  }
  return odd;
}

const deg = (x: number) => Math.round(x * 1e5) / 1e5;
const km2 = (x: number) => Math.round(x * 10) / 10;

/**
 * The label points for the shapes in use: `points` (the labels file, computed at build time from
 * the default shapes `base`) with each unit whose shape was replaced (`inUse[i]` is not `base[i]`,
 * see with-geometries.ts) placed again on its new shape, and each department holding such a unit
 * given its new area and, when its old point no longer falls inside any of its shapes, a point on
 * them. Units and departments without a new shape keep their points. Returns `points` itself
 * when nothing was replaced.
 */
export function labelPointsInUse(points: LabelPoints, base: readonly UnitFeature[], inUse: readonly UnitFeature[]): LabelPoints {
  const replaced = inUse.filter((f, i) => f !== base[i]);
  if (!replaced.length) return points;
  const newIds = new Set(replaced.map((f) => f.properties.unit_id));
  const units: LabelPoints['units'] = points.units.filter(([id]) => !newIds.has(id));
  for (const f of replaced) {
    const p = labelPoint(f.geometry);
    if (p) units.push([f.properties.unit_id, deg(p.lon), deg(p.lat), km2(areaKm2(f.geometry))]);
  }
  const deptKey = (f: UnitFeature) => `${f.properties.country}|${f.properties.dept_code}`;
  const changed = new Set(replaced.map(deptKey));
  const members = new Map<string, UnitFeature[]>();
  for (const f of inUse) if (changed.has(deptKey(f))) members.set(deptKey(f), [...(members.get(deptKey(f)) ?? []), f]);
  const departments = points.departments.map((d): LabelPoints['departments'][number] => {
    const [country, code, lon, lat] = d;
    const shapes = members.get(`${country}|${code}`);
    if (!shapes) return d;
    const area = km2(shapes.reduce((s, f) => s + areaKm2(f.geometry), 0));
    if (shapes.some((f) => inside(f.geometry, lon, lat))) return [country, code, lon, lat, area];
    const all: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: shapes.flatMap((f): Position[][][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)),
    };
    const p = labelPoint(all);
    return p ? [country, code, deg(p.lon), deg(p.lat), area] : [country, code, lon, lat, area];
  });
  return { units, departments };
}
