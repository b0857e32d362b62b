/** Test helper: reads the committed dataset in `public/data/`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CatalogEntry, Manifest, UnitProps } from '../../src/lib/data/schema.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const PUBLIC_DATA = join(ROOT, 'public', 'data');
export const RAW = join(ROOT, 'data', 'raw');

export const TOPO_FILES = {
  GT: 'boundaries/gt.topo.json',
  HN: 'boundaries/hn.topo.json',
  SV: 'boundaries/sv.topo.json',
  SV_PRE2024: 'boundaries/sv-pre2024.topo.json',
} as const;

/** A file of public/data as text. */
export function readText(path: string): string {
  return readFileSync(join(PUBLIC_DATA, path), 'utf8');
}

/** A CSV of public/data as rows of strings (d3's parser, independent of the build's writer). */
export function readRows(path: string): Record<string, string>[] {
  // Plain copies: d3 adds a `columns` property to the array.
  return Array.from(csvParse(readText(path)), (r) => ({ ...r }) as Record<string, string>);
}

export type BoundaryTopology = Topology<{ units: GeometryCollection<UnitProps> }>;

/** A boundary TopoJSON of public/data. */
export function readTopology(path: string): BoundaryTopology {
  return JSON.parse(readText(path)) as BoundaryTopology;
}

export function readUnits(): UnitProps[] {
  return readRows('units.csv') as unknown as UnitProps[];
}

export function readCatalog(): CatalogEntry[] {
  return JSON.parse(readText('catalog.json')) as CatalogEntry[];
}

export function readManifest(): Manifest {
  return JSON.parse(readText('manifest.json')) as Manifest;
}
