/**
 * Node side of `focal hotspots`: reads a GeoJSON file of polygons (RFC 7946: longitude/latitude
 * on WGS 84) into features keyed by one of their properties. Errors name the file, the feature
 * and what is wrong, so that a user can fix the file.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readCliText } from './read-cli-text.ts';

export type BoundaryFeature = Feature<Polygon | MultiPolygon>;

export interface Boundaries {
  /** The polygon features, in file order. */
  features: BoundaryFeature[];
  /** Each feature's id (its `idField` property as text, trimmed), aligned to `features`. */
  ids: string[];
}

/** The first few items of a list for a message, JSON-quoted, with "…" when there are more. */
export function someOf(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map((x) => JSON.stringify(x)).join(', ');
  return items.length > max ? `${shown}, …` : shown;
}

/**
 * A feature's id: `properties[idField]` when it is a string or a finite number, as trimmed text;
 * otherwise null. (A number is written as JavaScript prints it: 1001, 1.5.)
 */
function idOf(f: Feature, idField: string): string | null {
  const v = f.properties?.[idField];
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/**
 * Reads the boundaries: a GeoJSON FeatureCollection (a single Feature is taken as a collection of
 * one) whose every feature is a Polygon or MultiPolygon with a non-empty `idField` property, ids
 * unique. @throws {Error} naming the file and the offending features.
 */
export function readBoundaries(path: string, idField: string): Boundaries {
  const text = readCliText(path, 'boundaries');
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const obj = json as { type?: unknown; features?: unknown };
  let raw: unknown[];
  if (obj && obj.type === 'FeatureCollection' && Array.isArray(obj.features)) raw = obj.features;
  else if (obj && obj.type === 'Feature') raw = [obj];
  else if (obj && obj.type === 'Topology') {
    throw new Error(`${path} is TopoJSON; focal hotspots reads GeoJSON (convert it, e.g. with topo2geo or mapshaper)`);
  } else throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  if (raw.length === 0) throw new Error(`${path} has no features`);

  const features: BoundaryFeature[] = [];
  const ids: string[] = [];
  const noId: number[] = [];
  const notPolygon: string[] = [];
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  raw.forEach((item, k) => {
    const f = item as Feature;
    const id = idOf(f, idField);
    if (id === null) {
      noId.push(k);
      return;
    }
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      notPolygon.push(`${id} (${f.geometry === null || f.geometry === undefined ? 'no geometry' : type})`);
      return;
    }
    if (seen.has(id)) {
      if (!duplicates.includes(id)) duplicates.push(id);
      return;
    }
    seen.set(id, features.length);
    features.push(f as BoundaryFeature);
    ids.push(id);
  });
  if (noId.length === raw.length) {
    const props = new Set<string>();
    for (const item of raw.slice(0, 100)) for (const p of Object.keys((item as Feature).properties ?? {})) props.add(p);
    throw new Error(`${path}: no feature has a property ${idField} (--id); their properties: ${[...props].join(', ') || 'none'}`);
  }
  if (noId.length > 0) {
    throw new Error(`${path}: ${noId.length} feature(s) without a ${idField} (--id), e.g. feature ${noId.slice(0, 5).map((k) => k + 1).join(', ')} (counting from 1)`);
  }
  if (duplicates.length > 0) {
    throw new Error(`${path}: ${duplicates.length} ${idField} value(s) used by more than one feature: ${someOf(duplicates)}`);
  }
  if (notPolygon.length > 0) {
    throw new Error(`${path}: ${notPolygon.length} feature(s) are not polygons, which have no neighbours: ${notPolygon.slice(0, 5).join(', ')}`);
  }
  return { features, ids };
}
