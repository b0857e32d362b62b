/**
 * The page's memory as the budget counts it: the JS heaps of the page and of each of its workers
 * (DuckDB's, maplibre's), read over the Chrome DevTools Protocol after a garbage collection, plus
 * DuckDB's WebAssembly linear memory (read in its worker from the bindings DuckDB-WASM keeps on
 * `globalThis.DUCKDB_BINDINGS`; the app itself has no other WebAssembly).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface TargetMemory {
  type: string;
  url: string;
  heapUsed: number;
  heapTotal: number;
  /** WebAssembly linear memory in bytes (0 where there is none). */
  wasm: number;
}

const CALL_TIMEOUT_MS = 10_000;

type Call = (method: string, params?: object) => Promise<Record<string, unknown>>;

/** A call into one target through the browser session (non-flat sessions, so one CDPSession serves all). */
async function attach(session: CDPSession, targetId: string): Promise<{ call: Call; detach: () => Promise<void> }> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  const onMessage = (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    const p = m.id === undefined ? undefined : pending.get(m.id);
    if (!p) return;
    pending.delete(m.id!);
    if (m.error) p.reject(new Error(m.error.message));
    else p.resolve(m.result ?? {});
  };
  session.on('Target.receivedMessageFromTarget', onMessage);
  const call: Call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      setTimeout(() => reject(new Error(`${method}: no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  const detach = async () => {
    session.off('Target.receivedMessageFromTarget', onMessage);
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  };
  return { call, detach };
}

const WASM_BYTES = 'globalThis.DUCKDB_BINDINGS?.mod?.HEAP8?.buffer?.byteLength ?? 0';

/** JS heap and WebAssembly memory of one target, after a garbage collection. */
async function measure(call: Call, type: string, url: string): Promise<TargetMemory> {
  await call('HeapProfiler.collectGarbage');
  const heap = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  const wasm = (await call('Runtime.evaluate', { expression: WASM_BYTES, returnByValue: true })) as { result: { value?: number } };
  return { type, url, heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm: wasm.result.value ?? 0 };
}

/**
 * Memory of `page` (through its own session: attaching a second one from the browser hangs) and
 * of the workers of its origin (DuckDB's, maplibre's).
 */
export async function pageMemory(browser: Browser, page: Page, origin: string): Promise<TargetMemory[]> {
  const own = await page.context().newCDPSession(page);
  const out = [await measure((m, p) => own.send(m as 'Runtime.evaluate', p as never) as never, 'page', page.url())];
  await own.detach();
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'worker' && (t.url.startsWith(origin) || t.url.startsWith(`blob:${origin}`)));
    for (const t of workers) {
      const { call, detach } = await attach(session, t.targetId);
      try {
        out.push(await measure(call, t.type, t.url));
      } finally {
        await detach();
      }
    }
    return out;
  } finally {
    await session.detach();
  }
}

/** Used JS heap plus WebAssembly memory over all targets. */
export const usedBytes = (ms: TargetMemory[]): number => ms.reduce((s, m) => s + m.heapUsed + m.wasm, 0);

/** WebAssembly memory over all targets. */
export const wasmBytes = (ms: TargetMemory[]): number => ms.reduce((s, m) => s + m.wasm, 0);
