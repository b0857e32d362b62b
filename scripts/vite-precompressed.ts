/**
 * Serve the production build the way a static host does: each text or WebAssembly file is
 * gzipped once at build time (`<file>.gz` beside it), and the preview server sends that file as
 * it is. Vite's preview otherwise compresses every response on the fly, which on a busy two-core
 * machine delays the first map by hundreds of milliseconds (and re-gzips DuckDB's 34 MB module on
 * every load).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Files below this size are not worth a gzip member of their own. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes `<file>.gz` for every compressible file of `dir` (deterministic: no name or time in the header). */
export function precompress(dir: string): void {
  for (const path of files(dir)) {
    if (!(extname(path) in TYPES) || statSync(path).size < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'focal-precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        if (existsSync(outDir)) precompress(outDir);
      },
    },
    configurePreviewServer(server) {
      // Runs before Vite adds its own compression and static middlewares.
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (pathname.endsWith('/')) pathname += 'index.html';
        const file = resolve(outDir, `.${pathname}`);
        const type = TYPES[extname(file)];
        if (!type || !file.startsWith(outDir + sep) || !existsSync(`${file}.gz`)) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', statSync(`${file}.gz`).size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
