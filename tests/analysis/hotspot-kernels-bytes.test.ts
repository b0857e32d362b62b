import { describe, expect, it } from 'vitest';
import { HOTSPOT_KERNELS_BASE64 } from '../../src/lib/analysis/hotspot-kernels-wasm.ts';
import { assembleHotspotKernels } from '../../scripts/assemble-hotspot-kernels.ts';

describe('the committed hotspot kernels', () => {
  it('are the bytes their WebAssembly text assembles to', async () => {
    const bytes = await assembleHotspotKernels();
    expect(bytes.length).toBeGreaterThan(1000);
    expect(Buffer.from(HOTSPOT_KERNELS_BASE64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
