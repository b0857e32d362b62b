/**
 * Builds focal's service worker: after the app's bundle is written, lists every file of dist/
 * the app needs (index.html, the JS/CSS chunks and workers, DuckDB's .wasm, public/data, the
 * icons and the web app manifest) with the SHA-256 of each, and bundles src/sw.ts into
 * dist/sw.js with that list built in (`__FOCAL_PRECACHE__`). The list's version names the
 * worker's cache, so any changed file means a new worker and a fresh cache.
 *
 * Left out: the precompressed twins (`.gz`, `.br`: the browser caches the decoded file), source
 * maps and sw.js itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import type { PrecacheEntry, PrecacheManifest } from '../src/lib/offline/precache-manifest.ts';

const SKIPPED = /\.(gz|br|map)$/;
export const SW_FILE = 'sw.js';

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Every file of `outDir` the service worker keeps, sorted by URL. */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  for (const path of files(outDir)) {
    const url = relative(outDir, path).split(sep).join('/');
    if (SKIPPED.test(url) || url === SW_FILE) continue;
    const bytes = readFileSync(path);
    entries.push({ url, integrity: `sha256-${createHash('sha256').update(bytes).digest('base64')}`, bytes: bytes.length });
  }
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** 12 hex digits of the SHA-256 over every entry's URL and integrity. */
export function precacheVersion(entries: readonly PrecacheEntry[]): string {
  const text = entries.map((e) => `${e.url} ${e.integrity}`).join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function precacheManifest(outDir: string): PrecacheManifest {
  const entries = precacheEntries(outDir);
  return { version: precacheVersion(entries), entries };
}

/** Bundles `entry` (src/sw.ts) into one classic script with the manifest defined in. */
export async function buildServiceWorker(root: string, entry: string, manifest: PrecacheManifest): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    define: { __FOCAL_PRECACHE__: JSON.stringify(manifest) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'focalServiceWorker', fileName: () => SW_FILE },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('service worker build produced no chunk');
  return chunk.code;
}

export function serviceWorker(entry = 'src/sw.ts'): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'focal-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!existsSync(join(outDir, 'index.html'))) return;
        const manifest = precacheManifest(outDir);
        const code = await buildServiceWorker(root, resolve(root, entry), manifest);
        writeFileSync(join(outDir, SW_FILE), code);
        const mb = manifest.entries.reduce((s, e) => s + e.bytes, 0) / 1e6;
        this.environment.logger.info(`${SW_FILE}: ${manifest.entries.length} files precached (${mb.toFixed(1)} MB), version ${manifest.version}`);
      },
    },
  };
}
