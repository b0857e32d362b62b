/**
 * The country of a point for `focal join` on a map layer, as the app finds it (country-locator.ts
 * over the units' boundaries): from the boundaries of a data folder (`boundaries/gt.topo.json`,
 * `hn.topo.json`, `sv.topo.json`, the app's own in `public/data`). Null when the folder has none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { countryLocator, type CountryLocator, type LocatableUnit } from '../lib/data/country-locator.ts';
import type { CountryCode } from '../lib/data/schema.ts';

export function readCountryLocator(dataDir: string): CountryLocator | null {
  const units: LocatableUnit[] = [];
  for (const c of ['gt', 'hn', 'sv']) {
    const file = join(dataDir, 'boundaries', `${c}.topo.json`);
    if (!existsSync(file)) continue;
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const object = topo.objects.units ?? Object.values(topo.objects)[0];
    const fc = feature(topo, object) as unknown as { features: { properties: { country: CountryCode }; geometry: Polygon | MultiPolygon }[] };
    for (const f of fc.features) if (f.geometry) units.push({ country: f.properties.country, geometry: f.geometry });
  }
  return units.length ? countryLocator(units) : null;
}
