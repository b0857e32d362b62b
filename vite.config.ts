import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompressed } from './scripts/vite-precompressed.ts';
import { serviceWorker } from './scripts/vite-service-worker.ts';
import { unitGeometry } from './scripts/vite-unit-geometry.ts';
import { labelPointsFile } from './scripts/vite-label-points.ts';
import { previewHeadersEverywhere } from './scripts/vite-preview-headers.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';

// The app is served from its own origin only: no CDN, no tile server.
export default defineConfig({
  base: './',
  plugins: [previewHeadersEverywhere(), svelte(), unitGeometry(), labelPointsFile(), serviceWorker(), precompressed()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  // `npm start` and the e2e tests send the security headers a static host should send (README).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { host: '127.0.0.1', port: 5173 },
});
