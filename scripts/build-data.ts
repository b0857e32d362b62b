/**
 * `npm run build:data`: turns `data/raw/` into the dataset the app loads from `public/data/`.
 * Deterministic: the same raw files give the same bytes (no clock, sorted rows, sorted keys).
 * Reads only `data/raw/` inside this repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOutputs } from './build/render-outputs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = join(root, 'data', 'raw');
const outDir = join(root, 'public', 'data');

/** Human-readable size. */
function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function main(): void {
  const started = performance.now();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const files = renderOutputs({ rawDir, version, log: (line) => console.log(`  ${line}`) });
  let total = 0;
  let boundaryTotal = 0;
  for (const [path, text] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, 'utf8');
    const bytes = Buffer.byteLength(text, 'utf8');
    total += bytes;
    if (path.startsWith('boundaries/')) boundaryTotal += bytes;
    console.log(`wrote public/data/${path} (${kb(bytes)})`);
  }
  const manifest = JSON.parse(files.get('manifest.json')!) as { build_version: string };
  console.log(
    `build ${manifest.build_version}: ${files.size} files, ${kb(total)} total, boundaries ${kb(boundaryTotal)}, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
