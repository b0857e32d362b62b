import type { WorkerLike } from '../../../src/lib/state/worker-runner.ts';
import { handleImportRequest, type ImportRequest } from '../../../src/lib/workers/import.worker.ts';

/**
 * The import worker without a browser: its request handler behind a fake worker that
 * structured-clones both ways AND honours transfers (a buffer used after it was handed over is
 * detached, as in the browser), and, like a real worker, delivers nothing once terminated.
 * `onRequest` hears the type of every request sent.
 */
export function transferringWorker(onRequest?: (type: ImportRequest['type']) => void): WorkerLike {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    terminated: false,
    postMessage(message: unknown, transfer: Transferable[] = []) {
      const req = structuredClone(message, { transfer }) as ImportRequest;
      onRequest?.(req.type);
      void handleImportRequest(req, (reply, back = []) => {
        const copy = structuredClone(reply, { transfer: back });
        if (!w.terminated) w.onmessage?.({ data: copy } as MessageEvent);
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}
