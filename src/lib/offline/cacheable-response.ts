/**
 * A network response as the cache should keep it. The browser has already decoded the body
 * (the preview server and most static hosts send `.gz` files with `Content-Encoding: gzip`), so
 * the headers that describe the transfer — encoding, length, `Vary` on the encoding — no longer
 * fit the stored bytes and are dropped; the content type, which DuckDB's streaming WebAssembly
 * compile and the data loader's HTML check rely on, is kept. `X-Focal-Integrity` records which
 * file version this is, so that a later build can reuse it instead of downloading it again.
 */
const KEPT = ['content-type', 'last-modified'];

export const INTEGRITY_HEADER = 'x-focal-integrity';

export function cacheableResponse(res: Response, integrity: string): Response {
  const headers = new Headers();
  for (const name of KEPT) {
    const value = res.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set(INTEGRITY_HEADER, integrity);
  return new Response(res.body, { status: 200, statusText: 'OK', headers });
}
