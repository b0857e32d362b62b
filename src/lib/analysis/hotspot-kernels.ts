/**
 * The hotspot kernels in WebAssembly (text in scripts/hotspot-kernels.wat.ts, bytes in
 * hotspot-kernels-wasm.ts): the global Moran's I permutations (four at a time with f64x2 SIMD up to
 * 8,192 units, one at a time past that), and
 * the conditional permutations' draw table, its prefix sums, its inverted index and the counts of
 * each unit (f64x2 compares); the kernels that draw take its random numbers from an inline copy
 * of the xoshiro128** generator whose state the caller hands over (`Rng.saveState`) and takes back
 * (`Rng.loadState`). Same numbers, same floating-point operations in the same order: the results
 * are those of the JavaScript path bit for bit (tests/analysis/hotspot-kernels.test.ts), only
 * faster (V8 runs the scalar JavaScript at about 2 ns per elementary step; SIMD and no bounds checks
 * roughly halve it).
 *
 * Pure: no package, only the platform's `WebAssembly` (the app's CSP allows `wasm-unsafe-eval`).
 * Where WebAssembly or its SIMD is missing, or compiling is refused, `hotspotKernels` returns null
 * and callers keep their JavaScript path. Compiled once per thread, synchronously (3 kB: below
 * the size browsers allow synchronous compiles on a page's main thread); one instance, with its
 * own memory, lent to one caller at a time and then reused.
 */
import { HOTSPOT_KERNELS_BASE64 } from './hotspot-kernels-wasm.ts';

export interface HotspotKernels {
  /** The instance's memory: the callers lay out their arrays in it (bytes 0 … 15: the generator's state). */
  readonly memory: WebAssembly.Memory;
  /** global-moran.ts `permuteGroup`, four lanes (addresses in bytes; see the text's comments). */
  globalGroup(n: number, offsets: number, hi: number, weights: number, shuffled: number, out: number): void;
  /** global-moran.ts `permuteOne`, one permutation: returns z'Wz without self links (addresses in bytes). */
  globalOne(n: number, offsets: number, hi: number, weights: number, shuffled: number): number;
  /** conditional-permutation.ts `drawTable`, rejection branch (addresses in bytes). */
  drawTable(table: number, L: number, K: number, pool: number, offsets: number, extra: number, seen: number): void;
  /** conditional-permutation.ts `prefixSums` (addresses in bytes). */
  prefixSums(table: number, L: number, K: number, x: number, prefix: number): void;
  /** conditional-permutation.ts `invertTable` (addresses in bytes; `start` zero on entry, `fill` scratch). */
  invertTable(table: number, total: number, pool: number, K: number, offsets: number, start: number, rows: number, fill: number): void;
  /** conditional-permutation.ts `uniformUnit`, returning the folded count M (addresses in bytes). */
  uniformUnit(
    i: number, observed: number, sign: number, tol: number, offset: number, R: number, L: number,
    base: number, x: number, pool: number, start: number, rows: number,
  ): number;
}

/** Bytes of the state at the start of the memory. */
export const KERNEL_STATE_BYTES = 16;

let compiled: WebAssembly.Module | null | undefined;
let enabled = true;

/** Use the WebAssembly kernels when available (default), or never (`false`: the JavaScript path, for tests and benchmarks). */
export function useHotspotKernels(on: boolean): void {
  enabled = on;
}

function compile(): WebAssembly.Module | null {
  try {
    if (typeof WebAssembly === 'undefined' || typeof atob === 'undefined') return null;
    const text = atob(HOTSPOT_KERNELS_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return new WebAssembly.Module(bytes);
  } catch {
    return null; // no SIMD, or WebAssembly refused (CSP): the JavaScript path
  }
}

let spare: HotspotKernels | null = null;

function instantiate(module: WebAssembly.Module): HotspotKernels {
  const instance = new WebAssembly.Instance(module, {});
  return {
    memory: instance.exports.memory as WebAssembly.Memory,
    globalGroup: instance.exports.globalGroup as HotspotKernels['globalGroup'],
    globalOne: instance.exports.globalOne as HotspotKernels['globalOne'],
    drawTable: instance.exports.drawTable as HotspotKernels['drawTable'],
    prefixSums: instance.exports.prefixSums as HotspotKernels['prefixSums'],
    invertTable: instance.exports.invertTable as HotspotKernels['invertTable'],
    uniformUnit: instance.exports.uniformUnit as HotspotKernels['uniformUnit'],
  };
}

/**
 * An instance whose memory holds at least `bytes` bytes, for the caller alone until it hands it
 * back with {@link releaseHotspotKernels}; null when WebAssembly is not available or the kernels
 * are switched off. The instance handed back is reused: a fresh memory costs a page fault on each
 * first touch of its pages, which for one table is several times the kernel's own time.
 */
export function hotspotKernels(bytes: number): HotspotKernels | null {
  if (!enabled) return null;
  if (compiled === undefined) compiled = compile();
  if (compiled === null) return null;
  try {
    const kernels = spare ?? instantiate(compiled);
    spare = null;
    const have = kernels.memory.buffer.byteLength;
    if (bytes > have) kernels.memory.grow(Math.ceil((bytes - have) / 65536));
    return kernels;
  } catch {
    return null; // out of memory: the JavaScript path
  }
}

/** Hands an instance back for the next caller (its memory's contents are left as they are). */
export function releaseHotspotKernels(kernels: HotspotKernels): void {
  spare = kernels;
}

/** Rounds `at` up to a multiple of `align` (a power of two). */
export function alignUp(at: number, align: number): number {
  return (at + align - 1) & -align;
}
