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
