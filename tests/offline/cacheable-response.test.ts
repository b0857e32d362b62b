import { describe, expect, it } from 'vitest';
import { cacheableResponse, INTEGRITY_HEADER } from '../../src/lib/offline/cacheable-response.ts';

describe('cacheableResponse', () => {
  it('keeps the decoded body and its type, drops the transfer headers of the gzipped original', async () => {
    const decoded = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]); // a WebAssembly header
    const res = new Response(decoded, {
      headers: {
        'Content-Type': 'application/wasm',
        'Content-Encoding': 'gzip',
        'Content-Length': '3',
        Vary: 'Accept-Encoding',
        'Cache-Control': 'no-cache',
      },
    });
    const kept = cacheableResponse(res, 'sha256-xyz');
    expect(kept.status).toBe(200);
    expect(kept.headers.get('content-type')).toBe('application/wasm');
    expect(kept.headers.get('content-encoding')).toBeNull();
    expect(kept.headers.get('content-length')).toBeNull();
    expect(kept.headers.get('vary')).toBeNull();
    expect(kept.headers.get('cache-control')).toBeNull();
    expect(kept.headers.get(INTEGRITY_HEADER)).toBe('sha256-xyz');
    expect(new Uint8Array(await kept.arrayBuffer())).toEqual(decoded);
  });
});
