/**
 * Pre-built geometry for the first map: `data/boundaries/units.geo.json`, the municipio polygons of
 * the default boundary files as GeoJSON, made at build time from the same topojson files the app
 * reads, with the same unit order (unitFeatures) and only `properties.index`. Preloaded by
 * index.html and parsed (native JSON.parse) as soon as the map exists, it goes to maplibre's worker
 * while the main thread decodes the topology for everything else (FocalMap: not from the URL by
 * the worker, which would send the whole GeoJSON back to the main thread). Both come from the same
 * files, so the index matches. And `data/boundaries/lines.geo.json`, the boundary lines
 * (outlinesFrom: country, department and municipio meshes), so that the first coloured frame has
 * its lines too, without waiting for the topology's decode after the first map.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COUNTRIES, OUTLINE_GEOMETRY_PATH, UNIT_GEOMETRY_PATH } from '../src/lib/data/dataset-files.ts';
import { outlinesFrom } from '../src/lib/geo/boundaries.ts';
import { unitFeatures, type UnitTopology } from '../src/lib/geo/unit-features.ts';

/** Path of the file under the app's base (and in `dist/`). */
export const UNIT_GEOMETRY_FILE = `data/${UNIT_GEOMETRY_PATH}`;
export const OUTLINE_GEOMETRY_FILE = `data/${OUTLINE_GEOMETRY_PATH}`;

/** Degrees kept per coordinate: 1e-6° is about 0.1 m, far below a pixel at the map's largest zoom. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

const topologiesIn = (publicDir: string) =>
  COUNTRIES.map((country) => ({
    country,
    topology: JSON.parse(readFileSync(join(publicDir, 'data', 'boundaries', `${country.toLowerCase()}.topo.json`), 'utf8')) as UnitTopology,
  }));

/** JSON text with every number rounded (see {@link round}). */
const rounded = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v));

/** The GeoJSON text of the units in `publicDir`'s boundary files. */
export function unitGeometryText(publicDir: string): string {
  const features = unitFeatures(topologiesIn(publicDir)).map((f) => ({
    type: 'Feature',
    properties: { index: f.properties.index },
    geometry: f.geometry,
  }));
  return rounded({ type: 'FeatureCollection', features });
}

/** The boundary lines (an `Outlines` object: country, departments, municipios) of `publicDir`'s boundary files, as JSON text. */
export function outlineGeometryText(publicDir: string): string {
  return rounded(outlinesFrom(topologiesIn(publicDir)));
}

const FILES: [string, (publicDir: string) => string][] = [
  [UNIT_GEOMETRY_FILE, unitGeometryText],
  [OUTLINE_GEOMETRY_FILE, outlineGeometryText],
];

export function unitGeometry(): Plugin {
  let publicDir = resolve('public');
  return {
    name: 'focal-unit-geometry',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      for (const [fileName, text] of FILES) this.emitFile({ type: 'asset', fileName, source: text(publicDir) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = FILES.find(([name]) => req.url?.split('?')[0].endsWith(`/${name}`));
        if (!file) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(file[1](publicDir));
      });
    },
  };
}
