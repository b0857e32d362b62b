/**
 * The response headers focal's pages are served with: by `npm start` (Vite's preview server,
 * vite.config.ts), by the end-to-end tests (the same server) and, as the README shows, by any
 * static host. The Content-Security-Policy allows only what the app uses: its own origin for
 * everything, WebAssembly compilation for DuckDB ('wasm-unsafe-eval', never 'unsafe-eval'),
 * workers from blob: URLs (DuckDB starts its worker that way), data: and blob: images (the PNG
 * export, map sprites), inline styles (maplibre and Svelte set element styles). `frame-ancestors
 * 'none'` forbids framing (clickjacking); it only works as a header, never in a <meta> tag.
 */

/** The policy of index.html's <meta> tag, which applies under `npm run dev` and any host. */
export const META_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "manifest-src 'self'",
];

/** Directives that only a response header can carry (or that the header adds). */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];

export const CONTENT_SECURITY_POLICY = [...META_CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
