/**
 * Vite's preview server adds `preview.headers` only to the files its own static middleware
 * serves; the gzipped files of vite-precompressed.ts (index.html among them) bypass it. This
 * plugin, placed first, sets them on every response of the preview server.
 */
import type { Plugin } from 'vite';

export function previewHeadersEverywhere(): Plugin {
  return {
    name: 'focal-preview-headers',
    configurePreviewServer(server) {
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
        next();
      });
    },
  };
}
