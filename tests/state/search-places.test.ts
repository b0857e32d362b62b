import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { placesOf, searchPlaces } from '../../src/lib/state/search-places.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';

const features = unitFeatures(
  (['GT', 'HN', 'SV'] as const).map((country) => ({ country: country as CountryCode, topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology })),
);
const places = placesOf(features);

describe('searchPlaces over the real boundary files', () => {
  it('finds San Pedro Sula first, accents and case ignored', () => {
    const [hit] = searchPlaces(places, 'san pedro sula');
    expect(hit).toMatchObject({ kind: 'municipio', name: 'San Pedro Sula', deptName: 'Cortés', country: 'HN' });
    expect(features[hit.units[0]].properties.unit_id).toBe('HN0501');
  });

  it('lists the San Pedros with their departments and countries, the two Sacatepéquez told apart', () => {
    const hits = searchPlaces(places, 'SAN PEDRO', 20);
    expect(hits.length).toBe(12);
    expect(hits[0]).toMatchObject({ name: 'San Pedro', deptName: 'Copán', country: 'HN' });
    const sacate = hits.filter((h) => h.name === 'San Pedro Sacatepéquez').map((h) => h.deptName);
    expect(sacate).toEqual(['Guatemala', 'San Marcos']);
  });

  it('finds a department without its accent, with all its municipios', () => {
    const hits = searchPlaces(places, 'peten');
    const dept = hits.find((h) => h.kind === 'department');
    expect(dept).toMatchObject({ name: 'Petén', country: 'GT' });
    expect(dept?.units.length).toBe(features.filter((f) => f.properties.dept_name === 'Petén').length);
  });

  it('matches a name with its department when the name alone does not', () => {
    const hits = searchPlaces(places, 'pedro sacatepequez san marcos');
    expect(hits[0]).toMatchObject({ name: 'San Pedro Sacatepéquez', deptName: 'San Marcos' });
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(searchPlaces(places, '  ')).toEqual([]);
    expect(searchPlaces(places, 'zzzz')).toEqual([]);
  });
});
