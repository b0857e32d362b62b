import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { crc32, encodePng } from '../../src/lib/export/encode-png.ts';

/** A w×h RGBA picture with flat areas, a gradient and (optionally) transparent pixels. */
function picture(w: number, h: number, alpha: boolean): Uint8ClampedArray {
  const px = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = 4 * (y * w + x);
      px[i] = x < w / 2 ? 200 : (x * 7) & 0xff;
      px[i + 1] = (y * 13) & 0xff;
      px[i + 2] = (x * y) & 0xff;
      px[i + 3] = alpha ? (x + y) & 0xff : 255;
    }
  }
  return px;
}

async function decode(blob: Blob): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await blob.arrayBuffer()));
}

describe('encodePng', () => {
  it('crc32 gives the PNG specification’s CRC of an IEND chunk (AE 42 60 82)', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('an opaque picture decodes to the same pixels, written as RGB', async () => {
    const px = picture(37, 23, false);
    const blob = await encodePng(px, 37, 23);
    expect(blob.type).toBe('image/png');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(bytes[25]).toBe(2); // IHDR colour type: truecolour
    const img = await decode(blob);
    expect([img.width, img.height]).toEqual([37, 23]);
    expect(Buffer.from(img.data).equals(Buffer.from(px))).toBe(true);
  });

  it('a picture with transparent pixels keeps its alpha, written as RGBA', async () => {
    const px = picture(19, 11, true);
    const blob = await encodePng(px, 19, 11);
    expect(new Uint8Array(await blob.arrayBuffer())[25]).toBe(6);
    const img = await decode(blob);
    expect(Buffer.from(img.data).equals(Buffer.from(px))).toBe(true);
  });

  it('one pixel short of opaque (the last) is enough for RGBA', async () => {
    const px = picture(21, 9, false);
    px[px.length - 1] = 254;
    const blob = await encodePng(px, 21, 9);
    expect(new Uint8Array(await blob.arrayBuffer())[25]).toBe(6);
    expect(Buffer.from((await decode(blob)).data).equals(Buffer.from(px))).toBe(true);
  });

  it('pixels in a view that does not start on a 4-byte boundary decode the same', async () => {
    for (const alpha of [false, true]) {
      const px = picture(13, 7, alpha);
      const shifted = new Uint8ClampedArray(px.length + 1).subarray(1);
      shifted.set(px);
      const blob = await encodePng(shifted, 13, 7);
      expect(new Uint8Array(await blob.arrayBuffer())[25]).toBe(alpha ? 6 : 2);
      expect(Buffer.from((await decode(blob)).data).equals(Buffer.from(px))).toBe(true);
    }
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(new Uint8ClampedArray(10), 2, 2)).rejects.toThrow(/not 2×2/);
  });
});
