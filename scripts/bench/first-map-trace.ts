/**
 * A Chromium trace of one cold load of the app and one of the bare page, navigation → first map
 * drawn (the app's `window.__focal.ready`, the bare page's `window.__bare.ready`), and where the
 * time went: per thread of the page's renderer process (trace-breakdown.ts), per thread of every
 * process — GPU process and compositor included — (trace-threads.ts), and the main thread's
 * heaviest functions from the V8 sampling profiler (trace-summary.ts). Marks `focal-trace-start`
 * (the document's first script) and `focal-trace-end` (the page's ready) bound the window.
 * Needs `npm run build` and the bare page (first-map-bench.ts builds it). `TRACE_OUT=prefix` keeps
 * the traces. `npx tsx scripts/bench/first-map-trace.ts`
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { startServer, launch } from '../../tests/e2e/browser.ts';
import { traceBreakdown, type TraceFile } from './trace-breakdown.ts';
import { summariseTrace, traceSummaryLines } from './trace-summary.ts';
import { traceThreadLines } from './trace-threads.ts';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'toplevel', 'gpu'];

/** Marks the start at the document's first script, and the end when the page's `ready` hook resolves. */
const MARKS = `(() => {
  performance.mark('focal-trace-start');
  for (const name of ['__focal', '__bare']) {
    let v;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => v,
      set: (x) => { v = x; x?.ready?.then(() => performance.mark('focal-trace-end'), () => undefined); },
    });
  }
})()`;

async function traced(browser: Browser, url: string, label: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(MARKS);
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CATEGORIES });
  let buf: Buffer;
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('focal-trace-end').length > 0, undefined, { timeout: 180_000 });
    await page.waitForTimeout(500);
  } finally {
    buf = await browser.stopTracing();
    await context.close();
  }
  if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}.${label}.json`, buf);
  const trace = JSON.parse(buf.toString('utf8')) as TraceFile;
  const { windowMs, threads } = traceBreakdown(trace, 'focal-trace-start', 'focal-trace-end');
  console.log(`\n== ${label}: window ${windowMs.toFixed(0)} ms (first script → ready); load ${loadavg()[0].toFixed(2)}`);
  for (const t of threads) {
    if (t.busyMs < 20) continue;
    const parts = t.self.filter(([, ms]) => ms >= 10).slice(0, 12).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    console.log(`${t.thread}: busy ${t.busyMs.toFixed(0)} ms — ${parts.join(', ')}`);
  }
  console.log('every process (GPU process, compositor, workers):');
  for (const line of traceThreadLines(trace, 'focal-trace-start', 'focal-trace-end', 8, 20).slice(1)) console.log(line);
  for (const line of traceSummaryLines(summariseTrace(trace as never, 'focal-trace-start', 'focal-trace-end', 25))) console.log(line);
}

const { server, origin } = await startServer();
const browser = await launch();
try {
  const which = process.argv[2] ?? 'both';
  if (which !== 'bare') await traced(browser, `${origin}/`, 'app');
  if (which !== 'app') await traced(browser, `${origin}/bench-bare/?w=1080&h=850`, 'bare');
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
