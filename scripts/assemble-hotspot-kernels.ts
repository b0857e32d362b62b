/**
 * Assembles the hotspot kernels' WebAssembly text (scripts/hotspot-kernels.wat.ts) with WABT
 * (`wabt`, a pinned devDependency: the app never loads it) into the module's bytes. Used by
 * scripts/build-hotspot-kernels.ts, which writes them, and by the test that checks the committed
 * bytes are those of the text.
 */
import wabtInit from 'wabt';
import { HOTSPOT_KERNELS_WAT } from './hotspot-kernels.wat.ts';

/** The kernels' module, assembled from its text with SIMD enabled and validated. */
export async function assembleHotspotKernels(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat('hotspot-kernels.wat', HOTSPOT_KERNELS_WAT, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
