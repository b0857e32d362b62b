import { describe, expect, it } from 'vitest';
import { insetPaths } from '../../src/lib/geo/inset-paths.ts';
import type { UnitFeature } from '../../src/lib/geo/unit-features.ts';

const square = (x: number, y: number, d: number, index: number, country: string): UnitFeature => ({
  type: 'Feature',
  properties: { unit_id: `${country}${index}`, name: `u${index}`, dept_code: '', dept_name: '', country, index } as UnitFeature['properties'],
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
});

describe('insetPaths', () => {
  const features = [square(-90, 14, 1, 0, 'GT'), square(-89, 14, 1, 1, 'GT'), square(-88, 15, 0.01, 2, 'GT'), square(-87, 14, 1, 3, 'HN')];
  it('fits the country in the box, north up, longitude scaled by cos(latitude)', () => {
    const p = insetPaths(features, 1, 200, 100, 0);
    // GT spans 2.01° of longitude x 1.01° of latitude at a middle latitude of 14.505°.
    const k = Math.cos((14.505 * Math.PI) / 180);
    const s = Math.min(200 / (2.01 * k), 100 / 1.01);
    expect(p.dot.x).toBeCloseTo((200 - 2.01 * k * s) / 2 + 1.5 * k * s, 6);
    expect(p.dot.y).toBeCloseTo((100 - 1.01 * s) / 2 + (15.01 - 14.5) * s, 6);
    expect(p.dot.small).toBe(false);
    expect(p.unit.startsWith('M')).toBe(true);
    // The country path holds GT's three municipios, not HN's.
    expect(p.country.match(/M/g)?.length).toBe(3);
  });
  it('marks a municipio too small to see with a dot', () => {
    expect(insetPaths(features, 2, 200, 100).dot.small).toBe(true);
  });
});
