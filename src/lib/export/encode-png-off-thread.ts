/**
 * {@link encodePng} in the PNG worker (encode-png.worker.ts), so that the page stays responsive
 * while a print-size PNG is compressed: the pixels' buffer goes to the worker (transferred, not
 * copied) and the PNG's bytes come back. The bytes are the ones encodePng gives on the main thread
 * (the same code and the same deflate). Where there is no Worker (Node tests) it encodes here.
 */
import { encodePng } from './encode-png.ts';
import type { PngReply, PngRequest } from './encode-png.worker.ts';

/** The worker started ahead of the next export ({@link prestartPngWorker}), or null. */
let spare: Worker | null = null;

const newWorker = (): Worker => new Worker(new URL('./encode-png.worker.ts', import.meta.url), { type: 'module' });

/** Starts the PNG worker ahead of an export (its script fetched and run while the page is composed). */
export function prestartPngWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  spare = newWorker();
}

/** PNG of `pixels`; their buffer is handed to the worker (the ImageData is empty afterwards). */
export async function encodePngOffThread(pixels: ImageData): Promise<Blob> {
  const { data, width, height } = pixels;
  if (typeof Worker === 'undefined') return encodePng(data, width, height);
  const worker = spare ?? newWorker();
  spare = null;
  try {
    const reply = await new Promise<PngReply>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<PngReply>) => resolve(e.data);
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        reject(new Error(`the PNG worker failed: ${e.message}`));
      };
      const request: PngRequest = { rgba: data, width, height };
      worker.postMessage(request, [data.buffer]);
    });
    if ('error' in reply) throw new Error(reply.error);
    return new Blob(reply.parts as BlobPart[], { type: 'image/png' });
  } finally {
    worker.terminate();
  }
}
