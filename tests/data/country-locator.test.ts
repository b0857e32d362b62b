import { describe, expect, it } from 'vitest';
import { countryLocator } from '../../src/lib/data/country-locator.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { readTopology, TOPO_FILES } from './public-data.ts';

const features = unitFeatures(
  (['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology })),
);
const countryAt = countryLocator(features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));

describe('countryLocator', () => {
  it('gives the country of the unit containing the point (the three capitals)', () => {
    expect(countryAt(-90.513, 14.628)).toBe('GT'); // Ciudad de Guatemala
    expect(countryAt(-87.206, 14.072)).toBe('HN'); // Tegucigalpa
    expect(countryAt(-89.19, 13.698)).toBe('SV'); // San Salvador
  });

  it('gives the nearest unit’s country for a point outside every unit, and null for no point', () => {
    expect(countryAt(-89.3, 13.3)).toBe('SV'); // in the Pacific off La Libertad
    expect(countryAt(-86.0, 16.45)).toBe('HN'); // in the Caribbean by the Bay Islands
    expect(countryAt(NaN, 14)).toBeNull();
  });
});

describe('countryLocator before and after its full index', () => {
  it('answers the first points (scanned unit by unit) as the full index answers the later ones', () => {
    // Points over the whole region and just outside it, then the same points again: the first
    // pass is answered by scanning (the first few hundred points), the second by the full index.
    const points: [number, number][] = [];
    let seed = 12345;
    const u = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 400; i++) points.push([-92.4 + u() * 9, 12.9 + u() * 5.3]);
    // A shared vertex of two units: the lowest unit's country either way.
    const ring = (features[0].geometry.type === 'Polygon' ? features[0].geometry.coordinates : features[0].geometry.coordinates[0])[0];
    points.push([ring[0][0], ring[0][1]]);
    const fresh = countryLocator(features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));
    const first = points.map(([x, y]) => fresh(x, y));
    for (let i = 0; i < 600; i++) fresh(-90, 15); // past the scanned points: the full index is built
    const second = points.map(([x, y]) => fresh(x, y));
    expect(second).toEqual(first);
    // Built with its full index at once: the same answers from the first point on.
    const indexed = countryLocator(features.map((f) => ({ country: f.properties.country, geometry: f.geometry })), { indexNow: true });
    expect(points.map(([x, y]) => indexed(x, y))).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['GT', 'HN', 'SV']));
    // Warmed a slice at a time (per-unit indexes, then a tree of the boxes): the same answers during and after.
    const warmed = countryLocator(features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));
    expect(warmed.warm(0)).toBe(false);
    expect(points.slice(0, 100).map(([x, y]) => warmed(x, y))).toEqual(first.slice(0, 100));
    let slices = 0;
    while (!warmed.warm(1)) slices++;
    expect(slices).toBeGreaterThan(0);
    expect(points.map(([x, y]) => warmed(x, y))).toEqual(first);
    for (let i = 0; i < 600; i++) warmed(-90, 15); // past the scanned points: still the tree, no full index
    expect(points.map(([x, y]) => warmed(x, y))).toEqual(first);
  });
});
