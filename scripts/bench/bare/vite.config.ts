/**
 * Build of the bare page (the benchmark's baseline), apart from the app: its own entry, written to
 * dist/bench-bare/ after the app's build, so it is in none of the app's chunks, neither its
 * initial JavaScript nor its service worker's precache. The preview server that serves dist/
 * serves it too, at /bench-bare/, reading the same boundary files (../data/boundaries/).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: { target: 'es2022', outDir: fileURLToPath(new URL('../../../dist/bench-bare', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
