import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { boundariesFrom } from '../../src/lib/geo/boundaries.ts';
import { unitBounds } from '../../src/lib/geo/bounds.ts';
import { topologyBounds } from '../../src/lib/geo/topology-bounds.ts';
import type { UnitTopology } from '../../src/lib/geo/unit-features.ts';
import type { CountryCode } from '../../src/lib/geo/unit-props.ts';

/** The app's own boundary files (public/data/boundaries). */
const files = (['GT', 'HN', 'SV'] as CountryCode[]).map((country) => ({
  country,
  topology: JSON.parse(readFileSync(`public/data/boundaries/${country.toLowerCase()}.topo.json`, 'utf8')) as UnitTopology,
}));

describe('bounds of the boundary files without decoding their polygons', () => {
  it('equal, number for number, the bounds of the decoded polygons (per country and all)', () => {
    const b = boundariesFrom(files);
    expect(Object.keys(b.bounds).sort()).toEqual(['GT', 'HN', 'SV', 'all']);
    expect(b.bounds).toEqual(unitBounds(b.features));
  });

  it('of one file equal those of its decoded units', () => {
    for (const { country, topology } of files) {
      const all = unitBounds(boundariesFrom([{ country, topology }]).features).all;
      expect(topologyBounds(topology)).toEqual(all);
    }
  });

  it('leave each geometry to be decoded when read, as topojson decodes it, once', () => {
    const b = boundariesFrom(files);
    const k = b.features.findIndex((f) => f.properties.unit_id.startsWith('HN'));
    const g = files[1].topology.objects.units.geometries.find((x) => String(x.id ?? (x.properties as { unit_id?: string })?.unit_id) === b.features[k].properties.unit_id)!;
    const decoded = (feature(files[1].topology, g) as GeoJSON.Feature).geometry;
    expect(b.features[k].geometry).toEqual(decoded);
    expect(b.features[k].geometry).toBe(b.features[k].geometry);
    expect(JSON.parse(JSON.stringify(b.features[k])).geometry).toEqual(decoded);
  });
});
