/**
 * The PNG worker: encodes one page's RGBA pixels as PNG (encode-png.ts: the opacity check, the
 * scanlines, the browser's deflate and the CRCs) off the main thread, which a print-size page
 * held for one to two seconds. In: `{ rgba, width, height }` (the pixels' buffer transferred).
 * Out: `{ parts }` (the PNG's bytes in parts, their buffers transferred) or `{ error }`.
 */
import { pngParts } from './encode-png.ts';

export interface PngRequest {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

export type PngReply = { parts: Uint8Array[] } | { error: string };

// In a worker only (not when a test imports this module in Node).
if (typeof self !== 'undefined' && typeof (self as { postMessage?: unknown }).postMessage === 'function' && typeof window === 'undefined') {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<PngRequest>) => void) | null;
    postMessage(message: PngReply, transfer?: Transferable[]): void;
  };
  scope.onmessage = (e) => {
    const { rgba, width, height } = e.data;
    pngParts(rgba, width, height).then(
      (parts) => scope.postMessage({ parts }, parts.map((p) => p.buffer as ArrayBuffer)),
      (err: unknown) => scope.postMessage({ error: err instanceof Error ? err.message : String(err) }),
    );
  };
}
