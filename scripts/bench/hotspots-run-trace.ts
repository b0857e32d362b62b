/**
 * A Chromium performance trace of one Hotspots "Run" (999 permutations): the page opened, the tab
 * shown, then Run clicked with tracing on (CPU profile included) until the map draws the result;
 * prints where the main thread's and the worker's time went (self time per function, top entries),
 * every thread's busy time between the click and the map drawn (GPU process included: SwiftShader
 * rasterises there) and writes the trace to the path given (default hotspots-run-trace.json) for DevTools.
 * `first`: the page's first run; `again`: a run after one, on the next variable as the bench does
 * (hotspots-run-bench.ts). `--no-cpu`: without the sampling profiler (starting it in the worker
 * takes a few hundred milliseconds of the worker's first task, counted in the run).
 * `npx tsx scripts/bench/hotspots-run-trace.ts [out.json] [first|again] [--no-cpu]` after `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launch, startServer, stopServer, watchedPage } from '../../tests/e2e/browser.ts';
import type { TraceEvent } from './trace-event.ts';
import { traceThreadLines } from './trace-threads.ts';
import { nextRunReady, openHotspots } from './hotspots-run-bench.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const out = args[0] ?? 'hotspots-run-trace.json';
const which = args[1] ?? 'first';
const cpu = !process.argv.includes('--no-cpu');
const { server, origin } = await startServer();
const browser = await launch();
try {
  const w = await watchedPage(browser, origin);
  await openHotspots(w.page, origin);
  const enabled = () => w.page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: 120_000 });
  const runOnce = () => w.page.evaluate(`new Promise((resolve) => {
    const f = window.__focal; const before = f.fillsDrawn ?? 0; const previous = f.hotspotRun; const t0 = performance.now();
    performance.mark('bench-run-click');
    document.querySelector('[data-testid="hotspot-run"]').click();
    const tick = () => { const run = f.hotspotRun; if ((f.fillsDrawn ?? 0) > before && run && run !== previous) { performance.mark('bench-run-drawn'); resolve({ drawnMs: performance.now() - t0, receivedMs: run.receivedMs - t0, startedMs: run.startedMs - t0, weightsMs: run.weightsMs, statsMs: run.statsMs }); } else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })`);
  await enabled();
  if (which === 'again') {
    await runOnce();
    await enabled();
    await nextRunReady(w.page);
  }
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'blink.user_timing', 'gpu', 'viz', 'toplevel'];
  if (cpu) categories.push('disabled-by-default-v8.cpu_profiler');
  await browser.startTracing(w.page, { categories });
  const timing = await runOnce();
  const buf = await browser.stopTracing();
  writeFileSync(out, buf);
  console.log('load', loadavg()[0].toFixed(1), JSON.stringify(timing));
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
  // Thread names.
  const names = new Map<string, string>();
  for (const e of traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // CPU profiles: ProfileChunk events per profile id; self time per function.
  const nodes = new Map<string, Map<number, string>>();
  const self = new Map<string, Map<string, number>>();
  const threadOf = new Map<string, string>();
  for (const e of traceEvents) {
    if (e.name === 'Profile') threadOf.set(e.id ?? '', names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`);
  }
  for (const e of traceEvents) {
    if (e.name !== 'ProfileChunk') continue;
    const id = e.id ?? '';
    const thread = threadOf.get(id) ?? names.get(`${e.pid}:${e.tid}`) ?? id;
    const nm = nodes.get(id) ?? new Map<number, string>();
    nodes.set(id, nm);
    const cp = e.args?.data?.cpuProfile;
    for (const n of cp?.nodes ?? []) nm.set(n.id, `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`);
    const samples = cp?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    const m = self.get(thread) ?? new Map<string, number>();
    self.set(thread, m);
    for (let k = 0; k < samples.length; k++) {
      const key = nm.get(samples[k]) ?? String(samples[k]);
      m.set(key, (m.get(key) ?? 0) + (deltas[k + 1] ?? deltas[k] ?? 0) / 1000);
    }
  }
  for (const [thread, m] of self) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${thread}: ${total.toFixed(0)} ms sampled`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(8)} ${k}`);
  }
  console.log('\nthreads between the click and the map drawn:');
  for (const l of traceThreadLines({ traceEvents }, 'bench-run-click', 'bench-run-drawn', 6, 2)) console.log(`  ${l}`);
  // Top-level tasks of the main thread over 5 ms.
  const main = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  console.log('\nmain-thread tasks ≥ 5 ms:');
  for (const e of traceEvents) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || (e.dur ?? 0) < 5000) continue;
    if (!['RunTask', 'ThreadControllerImpl::RunTask', 'FunctionCall', 'EvaluateScript', 'v8.compile', 'Layout', 'UpdateLayoutTree', 'Paint', 'GPUTask', 'FireAnimationFrame', 'v8.run'].includes(e.name)) continue;
    console.log(`  ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await stopServer(server);
}
