import { merge } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'geojson';
import type { CountryCode, UnitProps } from './unit-props.ts';
import type { UnitTopology } from './unit-features.ts';
import { areaKm2, labelPoint } from './label-point.ts';

/**
 * The label points of a set of boundary files, as the labels file keeps them: for each municipio
 * its id, the point where its name goes and its area; for each department (the union of its
 * municipios, merged on the shared arcs) its country, code, point and area. Names are not kept
 * here: the map takes them from the boundary files it has read (one source for every name).
 */
export interface LabelPoints {
  /** `[unit_id, lon, lat, area km²]`, in the boundary files' order. */
  units: [string, number, number, number][];
  /** `[country, dept_code, lon, lat, area km²]`. */
  departments: [CountryCode, string, number, number, number][];
}

/** Degrees kept: 1e-5° is about 1 m. */
const deg = (x: number) => Math.round(x * 1e5) / 1e5;
const km2 = (x: number) => Math.round(x * 10) / 10;

export function labelPoints(topologies: readonly { country: CountryCode; topology: UnitTopology }[]): LabelPoints {
  const out: LabelPoints = { units: [], departments: [] };
  for (const { country, topology } of topologies) {
    const geometries = topology.objects.units.geometries;
    const byDept = new Map<string, typeof geometries>();
    for (const g of geometries) {
      const props = g.properties as Partial<UnitProps> | undefined;
      const id = String(g.id ?? props?.unit_id ?? '');
      if (!id || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
      const dept = String(props?.dept_code ?? '');
      byDept.set(dept, [...(byDept.get(dept) ?? []), g]);
      const shape = merge(topology, [g]) as MultiPolygon;
      const p = labelPoint(shape);
      if (p) out.units.push([id, deg(p.lon), deg(p.lat), km2(areaKm2(shape))]);
    }
    for (const [code, members] of byDept) {
      if (!code) continue;
      const shape: Polygon | MultiPolygon = merge(topology, members as Parameters<typeof merge>[1]);
      const p = labelPoint(shape);
      if (p) out.departments.push([country, code, deg(p.lon), deg(p.lat), km2(areaKm2(shape))]);
    }
  }
  return out;
}
