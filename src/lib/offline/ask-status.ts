import type { SwRequest, SwStatus } from './sw-message.ts';

/** Asks a service worker how much of its precache it holds (rejects after `timeoutMs`). */
export function askStatus(worker: Pick<ServiceWorker, 'postMessage'>, timeoutMs = 10_000): Promise<SwStatus> {
  return new Promise<SwStatus>((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      reject(new Error('the service worker did not answer'));
    }, timeoutMs);
    channel.port1.onmessage = (e: MessageEvent<SwStatus>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(e.data);
    };
    const request: SwRequest = { type: 'status' };
    worker.postMessage(request, [channel.port2]);
  });
}
