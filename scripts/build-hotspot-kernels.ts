/**
 * Assembles the hotspot kernels' WebAssembly text (scripts/hotspot-kernels.wat.ts) and writes the
 * bytes, base64, to src/lib/analysis/hotspot-kernels-wasm.ts (committed: the analysis layer takes
 * no package at run time, and the app needs no build step for them).
 * `npx tsx scripts/build-hotspot-kernels.ts`; tests/analysis/hotspot-kernels-bytes.test.ts fails
 * when the committed bytes are not those of the text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleHotspotKernels } from './assemble-hotspot-kernels.ts';

const bytes = await assembleHotspotKernels();
const out = join(import.meta.dirname, '..', 'src', 'lib', 'analysis', 'hotspot-kernels-wasm.ts');
writeFileSync(
  out,
  `/** The hotspot kernels as WebAssembly (${bytes.length} bytes, base64), assembled from scripts/hotspot-kernels.wat.ts by scripts/build-hotspot-kernels.ts. Generated: do not edit. */\n` +
    `export const HOTSPOT_KERNELS_BASE64 =\n  '${Buffer.from(bytes).toString('base64')}';\n`,
);
console.log(`${out}: ${bytes.length} bytes`);
