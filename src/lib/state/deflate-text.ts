/**
 * Text compressed for a link: UTF-8, raw DEFLATE (the browser's own CompressionStream, also in
 * Node 20), then base64url without padding, so that the result can stand in a URL unescaped.
 * `inflateText` refuses what is not base64url, not DEFLATE, not UTF-8, or inflates to more than
 * `maxBytes` (a tampered link must not make the page decompress megabytes).
 */

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`the text inflates to more than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function toBase64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new Error('not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** `text` as base64url of its raw-DEFLATE-compressed UTF-8. */
export async function deflateText(text: string): Promise<string> {
  return toBase64url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity));
}

/** The text {@link deflateText} compressed; throws on anything else. */
export async function inflateText(s: string, maxBytes = 256 * 1024): Promise<string> {
  const bytes = await pipe(fromBase64url(s), new DecompressionStream('deflate-raw'), maxBytes);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
