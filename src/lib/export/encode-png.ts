/**
 * RGBA pixels as PNG bytes (ISO/IEC 15948, the PNG specification, 2nd ed. 2003), compressed by the
 * browser's own zlib (`CompressionStream('deflate')`, RFC 1950, what an IDAT chunk holds).
 *
 * Why not `canvas.toBlob`: Chromium encodes a canvas by copying it into a GPU image and reading
 * that back, which with a software GL (SwiftShader) took seconds for a print-size page; reading
 * the pixels of a CPU-backed canvas and compressing them natively takes a fraction of that.
 *
 * Opaque pixels are written as 8-bit RGB (colour type 2), otherwise as 8-bit RGBA (colour type
 * 6, straight alpha as `ImageData` holds it), unfiltered (see `scanlines`).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | null = null;

/** CRC-32 of `parts` in order (the PNG spec's Annex D algorithm, polynomial 0xEDB88320). */
export function crc32(...parts: Uint8Array[]): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const p of parts) for (let i = 0; i < p.length; i++) c = crcTable[(c ^ p[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array[] {
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  head.set(typeBytes, 4);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc32(typeBytes, data));
  return [head, data, tail];
}

/**
 * The scanlines, each led by its filter byte (0, None), `channels` bytes per pixel (3 drops
 * alpha). Measured on a print-size map page (2280 × 2691): unfiltered rows compressed faster and
 * smaller than Sub- or Up-filtered ones (flat colours repeat every 3 bytes, which deflate's
 * matches take as they are; filtering only helps gradients, which a map hardly has).
 */
function scanlines(rgba: Uint8ClampedArray, width: number, height: number, channels: 3 | 4): Uint8Array {
  const row = width * channels;
  const out = new Uint8Array((row + 1) * height);
  if (channels === 4) {
    for (let y = 0; y < height; y++) out.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
    return out;
  }
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) {
    // One 32-bit read per pixel (R in the low byte) instead of three byte reads: about half the
    // time of the byte loop on a print-size page.
    const px = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
    for (let y = 0; y < height; y++) {
      let o = y * (row + 1) + 1;
      const end = (y + 1) * width;
      for (let p = y * width; p < end; p++) {
        const v = px[p];
        out[o] = v;
        out[o + 1] = v >>> 8;
        out[o + 2] = v >>> 16;
        o += 3;
      }
    }
    return out;
  }
  for (let y = 0; y < height; y++) {
    let o = y * (row + 1) + 1;
    const end = (y + 1) * width * 4;
    for (let i = y * width * 4; i < end; i += 4) {
      out[o++] = rgba[i];
      out[o++] = rgba[i + 1];
      out[o++] = rgba[i + 2];
    }
  }
  return out;
}

/** Whether this machine stores a 32-bit word's low byte first (every browser's does in practice). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Whether every pixel's alpha is 255 (32-bit reads where the bytes allow). */
function allOpaque(rgba: Uint8ClampedArray): boolean {
  if (rgba.byteOffset % 4 === 0) {
    const px = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >> 2);
    const mask = LITTLE_ENDIAN ? 0xff000000 : 0xff;
    for (let p = 0; p < px.length; p++) if ((px[p] & mask) >>> 0 !== mask >>> 0) return false;
    return true;
  }
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * zlib-wrapped deflate (RFC 1950) by the browser. The bytes are written to the stream directly:
 * going through `Blob.stream()` first cost three times as long in Chromium.
 */
async function zlib(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const [out] = await Promise.all([new Response(stream.readable).arrayBuffer(), writer.write(bytes as Uint8Array<ArrayBuffer>), writer.close()]);
  return new Uint8Array(out);
}

/**
 * PNG bytes of `width` × `height` pixels given as RGBA rows top to bottom (as
 * `CanvasRenderingContext2D.getImageData` returns them).
 */
export async function encodePng(rgba: Uint8ClampedArray, width: number, height: number): Promise<Blob> {
  return new Blob((await pngParts(rgba, width, height)) as BlobPart[], { type: 'image/png' });
}

/** The PNG's bytes in parts (signature, chunks), as {@link encodePng} puts them in its Blob; the PNG worker sends them back. */
export async function pngParts(rgba: Uint8ClampedArray, width: number, height: number): Promise<Uint8Array[]> {
  if (rgba.length !== width * height * 4) throw new Error(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const opaque = allOpaque(rgba);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: truecolour, or truecolour with alpha
  // compression 0 (deflate), filter method 0 (adaptive, five types), interlace 0 (none): bytes 10–12 stay 0
  const idat = await zlib(scanlines(rgba, width, height, opaque ? 3 : 4));
  return [new Uint8Array(SIGNATURE), ...chunk('IHDR', ihdr), ...chunk('IDAT', idat), ...chunk('IEND', new Uint8Array(0))];
}
