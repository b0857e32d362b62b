import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { outlineMeshes } from '../../src/lib/geo/outline-meshes.ts';
import { unitBounds } from '../../src/lib/geo/bounds.ts';

/** A 2×2 grid of unit squares; the left column is department 01, the right one 02. */
function grid(): UnitTopology {
  const square = (x: number, y: number, dept: string, n: number): Feature<Polygon, UnitProps> => ({
    type: 'Feature',
    id: `GT${dept}0${n}`,
    properties: { unit_id: `GT${dept}0${n}`, country: 'GT', code: `${dept}0${n}`, name: `Unit ${n}`, dept_code: dept, dept_name: `Dept ${dept}`, ine_code: `${dept}0${n}` },
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
  });
  const features = [square(0, 0, '01', 1), square(0, 1, '01', 2), square(1, 0, '02', 1), square(1, 1, '02', 2)];
  const units: FeatureCollection<Polygon, UnitProps> = { type: 'FeatureCollection', features };
  return topology({ units }) as unknown as UnitTopology;
}

const length = (lines: number[][][]) =>
  lines.reduce((sum, line) => sum + line.slice(1).reduce((s, p, i) => s + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0), 0);

describe('unitFeatures', () => {
  it('numbers the units across countries in file order and keeps their ids and names', () => {
    const f = unitFeatures([
      { country: 'GT', topology: grid() },
      { country: 'GT', topology: grid() },
    ]);
    expect(f.map((x) => x.properties.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(f[2].properties).toMatchObject({ unit_id: 'GT0201', name: 'Unit 1', dept_code: '02' });
  });
});

describe('outlineMeshes', () => {
  it('splits the boundaries into the country outline, department lines and municipio lines, each arc once', () => {
    const m = outlineMeshes('GT', grid());
    expect(length(m.country.geometry.coordinates)).toBeCloseTo(8);
    expect(length(m.departments.geometry.coordinates)).toBeCloseTo(2);
    expect(length(m.municipios.geometry.coordinates)).toBeCloseTo(2);
    expect(m.departments.properties.country).toBe('GT');
  });
});

describe('unitBounds', () => {
  it('bounds each country and all units together', () => {
    const b = unitBounds(unitFeatures([{ country: 'GT', topology: grid() }]));
    expect(b.GT).toEqual([0, 0, 2, 2]);
    expect(b.all).toEqual([0, 0, 2, 2]);
    expect(b.HN).toBeUndefined();
  });
});
