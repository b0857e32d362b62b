import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precacheEntries, precacheVersion } from '../../scripts/vite-service-worker.ts';

/** A small dist/: the files a build writes, with the precompressed twins and a source map beside them. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focal-sw-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'data', 'boundaries'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'abc');
  writeFileSync(join(dir, 'index.html.gz'), 'zipped');
  writeFileSync(join(dir, 'assets', 'index-x1.js'), '');
  writeFileSync(join(dir, 'assets', 'index-x1.js.map'), '{}');
  writeFileSync(join(dir, 'assets', 'duckdb-eh.wasm.br'), 'brotli');
  writeFileSync(join(dir, 'data', 'boundaries', 'gt.topo.json'), 'abc');
  writeFileSync(join(dir, 'sw.js'), 'old worker');
  return dir;
}

describe('precacheEntries', () => {
  it('lists every file the app needs, with the SHA-256 of its bytes, and nothing else', () => {
    const entries = precacheEntries(fakeDist());
    // SHA-256("abc") and SHA-256("") in base64 (FIPS 180-2 test vectors).
    expect(entries).toEqual([
      { url: 'assets/index-x1.js', integrity: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', bytes: 0 },
      { url: 'data/boundaries/gt.topo.json', integrity: 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=', bytes: 3 },
      { url: 'index.html', integrity: 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=', bytes: 3 },
    ]);
  });

  it('gives a new version when any file changes, the same one otherwise', () => {
    const dir = fakeDist();
    const v1 = precacheVersion(precacheEntries(dir));
    expect(v1).toMatch(/^[0-9a-f]{12}$/);
    expect(precacheVersion(precacheEntries(dir))).toBe(v1);
    writeFileSync(join(dir, 'data', 'boundaries', 'gt.topo.json'), 'abd');
    expect(precacheVersion(precacheEntries(dir))).not.toBe(v1);
  });
});
