/**
 * `@geoda/lisa` (GeoDa's C++ LISA compiled to WebAssembly, from npm) loaded under Node, for the
 * hotspot benchmark and the agreement test. Version 0.0.22 is built for browsers: its bundle reads
 * `navigator.language` at import (absent in Node 20), takes Node for a browser (its `process` is a
 * polyfill), so it would fetch the .wasm from a CDN, and its Emscripten loader only fetches in a
 * window or worker. Here: a stand-in `navigator` before the import, and the package's own .wasm
 * handed over as a data: URL while a stand-in `window` exists. Nothing is downloaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface GeodaLocalMoran {
  isValid: boolean;
  /** 0 not significant, 1 HH, 2 LL, 3 LH, 4 HL, 5 undefined, 6 isolated (GeoDa's codes). */
  clusters: number[];
  lagValues: number[];
  pValues: number[];
  lisaValues: number[];
  nn: number[];
}

export interface GeodaLisa {
  localMoran(props: { data: number[]; neighbors: number[][]; permutation: number; significanceCutoff?: number; seed?: number }): Promise<GeodaLocalMoran>;
  /** GeoDa's `UniGeary`: lisaValues = Local Geary's cᵢ, clusters 0 not significant, 1 HH, 2 LL, 3 other positive, 4 negative, 5 undefined, 6 isolated. */
  localGeary(props: { data: number[]; neighbors: number[][]; permutation: number; significanceCutoff?: number; seed?: number }): Promise<GeodaLocalMoran>;
}

let loaded: Promise<GeodaLisa> | null = null;

/** The package, its WebAssembly instantiated (once per process). */
export function geodaLisa(): Promise<GeodaLisa> {
  loaded ??= (async () => {
    const g = globalThis as { navigator?: unknown; window?: unknown };
    if (g.navigator === undefined) {
      Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US' }, configurable: true, writable: true });
    }
    const lisa = (await import('@geoda/lisa')) as GeodaLisa & { initWASM(url: string): Promise<unknown> };
    const require = createRequire(import.meta.url);
    const wasm = join(dirname(require.resolve('@geoda/lisa')), '..', 'wasm', 'geoda-lisa.wasm');
    const url = `data:application/wasm;base64,${readFileSync(wasm).toString('base64')}`;
    const hadWindow = 'window' in globalThis;
    if (!hadWindow) g.window = {};
    try {
      await lisa.initWASM(url);
    } finally {
      if (!hadWindow) delete g.window;
    }
    return lisa;
  })();
  return loaded;
}
