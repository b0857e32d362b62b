/**
 * Builds the bare page (scripts/bench/bare/) into dist/bench-bare/, after the app's build, and
 * gzips its files the way the app's are (scripts/vite-precompressed.ts), so the same preview
 * server sends both pages' files the same way.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompress } from '../vite-precompressed.ts';

export const BARE_DIR = 'dist/bench-bare';

export async function buildBarePage(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('./bare/vite.config.ts', import.meta.url)) });
  precompress(BARE_DIR);
}
