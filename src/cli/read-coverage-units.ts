/**
 * Node side of `focal coverage`: the units to place investments in, from
 * - the app's boundaries folder (public/data/boundaries: `gt.topo.json`, `hn.topo.json`,
 *   `sv.topo.json`, object `units`; the optional pre-2024 El Salvador layer is not a unit layer),
 *   in the app's unit order (`unitFeatures`);
 * - one TopoJSON file with object `units` (properties as the app's: unit_id, country, dept_code);
 * - or a GeoJSON FeatureCollection of polygons keyed by the `idField` property (country and
 *   department from its `country` and `deptField` properties when present).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CountryCode } from '../lib/data/schema.ts';
import type { CoverageUnit } from '../lib/data/coverage-input.ts';
import { unitFeatures, type UnitTopology } from '../lib/geo/unit-features.ts';
import { readBoundaries } from './read-boundaries.ts';
import { readCliText } from './read-cli-text.ts';

export interface CoverageUnits {
  units: CoverageUnit[];
  /** Display name per unit ('' when the file has none). */
  names: string[];
  /** What was read, for the summary. */
  source: string;
}

/** The app's per-country boundary files, in the app's order. */
export const BOUNDARY_FILES: readonly { country: CountryCode; file: string }[] = [
  { country: 'GT', file: 'gt.topo.json' },
  { country: 'HN', file: 'hn.topo.json' },
  { country: 'SV', file: 'sv.topo.json' },
];

function readJson(path: string): unknown {
  const text = readCliText(path, 'units');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

function fromTopologies(list: { country: CountryCode; topology: UnitTopology }[], source: string): CoverageUnits {
  const features = unitFeatures(list);
  return {
    units: features.map((f) => ({ unit_id: f.properties.unit_id, country: f.properties.country, dept_code: f.properties.dept_code, geometry: f.geometry })),
    names: features.map((f) => f.properties.name),
    source,
  };
}

/** Reads the units at `path` (folder, TopoJSON or GeoJSON). @throws Error naming the file and the problem. */
export function readCoverageUnits(path: string, idField = 'unit_id', deptField = 'dept_code'): CoverageUnits {
  if (!existsSync(path)) throw new Error(`the units ${path} do not exist`);
  if (statSync(path).isDirectory()) {
    const present = BOUNDARY_FILES.filter((b) => existsSync(join(path, b.file)));
    if (present.length === 0) {
      throw new Error(`the folder ${path} has none of ${BOUNDARY_FILES.map((b) => b.file).join(', ')} (give the app's boundaries folder, e.g. public/data/boundaries, or a GeoJSON file)`);
    }
    const list = present.map((b) => {
      const topology = readJson(join(path, b.file)) as UnitTopology;
      if (topology?.type !== 'Topology' || !topology.objects?.units) throw new Error(`${join(path, b.file)} is not a TopoJSON with an object "units"`);
      return { country: b.country, topology };
    });
    return fromTopologies(list, `${present.map((b) => b.file).join(', ')} in ${path}`);
  }
  const json = readJson(path) as { type?: string; objects?: { units?: unknown } };
  if (json?.type === 'Topology') {
    if (!json.objects?.units) throw new Error(`${path} is TopoJSON without an object "units"`);
    // The country of each unit comes from its properties; '' is only a fallback label.
    return fromTopologies([{ country: '' as CountryCode, topology: json as unknown as UnitTopology }], path);
  }
  const { features, ids } = readBoundaries(path, idField);
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
  return {
    units: features.map((f, i) => ({ unit_id: ids[i], country: text(f.properties?.country), dept_code: text(f.properties?.[deptField]), geometry: f.geometry })),
    names: features.map((f) => text(f.properties?.name)),
    source: path,
  };
}
