/**
 * The map's label points, `data/boundaries/labels.json` (src/lib/geo/label-points.ts): computed at
 * build time from the same boundary files the app reads, so the browser spends nothing on them; read
 * after the first map, when the labels are drawn (src/lib/map/map-labels.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COUNTRIES, LABEL_POINTS_PATH } from '../src/lib/data/dataset-files.ts';
import type { UnitTopology } from '../src/lib/geo/unit-features.ts';
import { labelPoints } from '../src/lib/geo/label-points.ts';

/** Path of the file under the app's base (and in `dist/`). */
export const LABEL_POINTS_FILE = `data/${LABEL_POINTS_PATH}`;

/** The labels file of the boundary files in `publicDir`. */
export function labelPointsText(publicDir: string): string {
  const topologies = COUNTRIES.map((country) => ({
    country,
    topology: JSON.parse(readFileSync(join(publicDir, 'data', 'boundaries', `${country.toLowerCase()}.topo.json`), 'utf8')) as UnitTopology,
  }));
  return JSON.stringify(labelPoints(topologies));
}

export function labelPointsFile(): Plugin {
  let publicDir = resolve('public');
  let text: string | null = null;
  const get = () => (text ??= labelPointsText(publicDir));
  return {
    name: 'focal-label-points',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: LABEL_POINTS_FILE, source: get() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0].endsWith(`/${LABEL_POINTS_FILE}`)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(get());
      });
    },
  };
}
