/**
 * Reads a File (any Blob) into one byte array, reporting `read` progress (throttled to steps of at
 * least 2%, so that a worker reading a large file does not post hundreds of messages).
 */
import type { ImportProgress } from './import-types.ts';

export async function readFileBytes(file: Blob, onProgress?: (p: ImportProgress) => void, signal?: AbortSignal): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const total = file.size;
  const out = new Uint8Array(total);
  const reader = file.stream().getReader();
  let done = 0;
  let told = 0;
  onProgress?.({ stage: 'read', fraction: 0 });
  try {
    for (;;) {
      signal?.throwIfAborted();
      const chunk = await reader.read();
      if (chunk.done) break;
      out.set(chunk.value.subarray(0, Math.max(0, total - done)), done);
      done += chunk.value.length;
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      if (fraction - told >= 0.02 || fraction === 1) {
        told = fraction;
        onProgress?.({ stage: 'read', fraction });
      }
    }
  } finally {
    reader.releaseLock();
  }
  return done === total ? out : out.subarray(0, Math.min(done, total));
}
