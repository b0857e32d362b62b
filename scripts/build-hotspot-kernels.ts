/**
 * Assembles the hotspot kernels' WebAssembly text (scripts/hotspot-kernels.wat.ts) with WABT and
 * writes the bytes, base64, to src/lib/analysis/hotspot-kernels-wasm.ts (committed: the analysis
 * layer takes no package at run time, and the app needs no build step for them).
 * `npx -p wabt@1.0.39 tsx scripts/build-hotspot-kernels.ts` (or with `wabt` resolvable from here).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HOTSPOT_KERNELS_WAT } from './hotspot-kernels.wat.ts';

const require = createRequire(import.meta.url);
const wabtPath = process.env.WABT ?? 'wabt';
const wabt = await (require(wabtPath) as () => Promise<{
  parseWat(name: string, text: string, features: Record<string, boolean>): { validate(): void; toBinary(o: object): { buffer: Uint8Array }; destroy(): void };
}>)();
const module = wabt.parseWat('hotspot-kernels.wat', HOTSPOT_KERNELS_WAT, { simd: true });
module.validate();
const bytes = module.toBinary({}).buffer;
module.destroy();
const out = join(import.meta.dirname, '..', 'src', 'lib', 'analysis', 'hotspot-kernels-wasm.ts');
writeFileSync(
  out,
  `/** The hotspot kernels as WebAssembly (${bytes.length} bytes, base64), assembled from scripts/hotspot-kernels.wat.ts by scripts/build-hotspot-kernels.ts. Generated: do not edit. */\n` +
    `export const HOTSPOT_KERNELS_BASE64 =\n  '${Buffer.from(bytes).toString('base64')}';\n`,
);
console.log(`${out}: ${bytes.length} bytes`);
