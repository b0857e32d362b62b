/**
 * Pre-built geometry for the first map: `data/boundaries/units.geo.json`, the municipio polygons of
 * the default boundary files as GeoJSON, made at build time from the same topojson files the app
 * reads, with the same unit order (unitFeatures) and only `properties.index`. Preloaded by
 * index.html and parsed (native JSON.parse) as soon as the map exists, it goes to maplibre's worker
 * while the main thread decodes the topology for everything else (FocalMap: not from the URL by
 * the worker, which would send the whole GeoJSON back to the main thread). Both come from the same
 * files, so the index matches.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COUNTRIES, UNIT_GEOMETRY_PATH } from '../src/lib/data/dataset-files.ts';
import { unitFeatures, type UnitTopology } from '../src/lib/geo/unit-features.ts';

/** Path of the file under the app's base (and in `dist/`). */
export const UNIT_GEOMETRY_FILE = `data/${UNIT_GEOMETRY_PATH}`;

/** Degrees kept per coordinate: 1e-6° is about 0.1 m, far below a pixel at the map's largest zoom. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The GeoJSON text of the units in `publicDir`'s boundary files. */
export function unitGeometryText(publicDir: string): string {
  const topologies = COUNTRIES.map((country) => ({
    country,
    topology: JSON.parse(readFileSync(join(publicDir, 'data', 'boundaries', `${country.toLowerCase()}.topo.json`), 'utf8')) as UnitTopology,
  }));
  const features = unitFeatures(topologies).map((f) => ({
    type: 'Feature',
    properties: { index: f.properties.index },
    geometry: { type: f.geometry.type, coordinates: JSON.parse(JSON.stringify(f.geometry.coordinates, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))) as unknown },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export function unitGeometry(): Plugin {
  let publicDir = resolve('public');
  return {
    name: 'focal-unit-geometry',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: UNIT_GEOMETRY_FILE, source: unitGeometryText(publicDir) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0].endsWith(`/${UNIT_GEOMETRY_FILE}`)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(unitGeometryText(publicDir));
      });
    },
  };
}
