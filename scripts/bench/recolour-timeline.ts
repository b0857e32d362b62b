/**
 * `npx tsx scripts/bench/recolour-timeline.ts`: for each interaction the bench times (indicator
 * switch, year change, weight change, donor filter), the order of what the page does between the
 * input and the frame with the new colours: tasks (long tasks), animation frames, the frames in
 * which WebGL drew (draws, buffer uploads), layout reads (forced layouts when the DOM is dirty)
 * with their caller, and DOM mutations, each in ms after the input. Load-independent in its
 * counts and order (not in its times). Needs `npm run build` (or FOCAL_DIST).
 * `recolour-timeline.ts [indicator] [year] [weight] [filter] [--trace]`: only those interactions;
 * `--trace` (or TRACE_OUT=prefix, which keeps the traces) also traces each one and prints the page's
 * main-thread CPU (thread time, less dependent on the machine's load than wall time) from the
 * input to the map's frame (the first WebGL draw after it), by kind of work and function.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startServer, launch, waitForMap, waitForDb, mapSettled, stopServer } from '../../tests/e2e/browser.ts';
import { BARE_DIR, buildBarePage } from './bare-build.ts';
import { summariseTrace, traceSummaryLines } from './trace-summary.ts';

const PROBE = `(() => {
  const log = [];
  window.__tl = log;
  window.__tlOn = false;
  const push = (k, extra) => { if (window.__tlOn) log.push({ k, t: performance.now(), ...extra }); };
  let frame = -1;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((ts) => { if (frame !== ts) { frame = ts; push('frame', { ts }); } cb(ts); });
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, kind, size) => { const o = P[name]; P[name] = function (...a) {
      // The first draw after the input: a mark for the trace (the map's frame).
      if (kind === 'draw' && window.__tlOn && !window.__tlDrawMarked) { window.__tlDrawMarked = true; performance.mark('focal-map-frame'); }
      push(kind, { f: frame, n: size ? size(a) : 0 }); return o.apply(this, a); }; };
    wrap('drawElements', 'draw'); wrap('drawArrays', 'draw');
    wrap('bufferData', 'upload', (a) => a[1]?.byteLength ?? (typeof a[1] === 'number' ? a[1] : 0));
    wrap('bufferSubData', 'upload', (a) => a[2]?.byteLength ?? 0);
  }
  const caller = () => (new Error().stack ?? '').split('\\n').slice(3, 6).map((s) => s.trim().replace(/^at /, '').replace(/\\(?https?:\\/\\/[^/]+\\/assets\\//, '').replace(/\\)$/, '')).join(' < ');
  for (const [P, names] of [[Element.prototype, ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight', 'scrollTop']], [HTMLElement.prototype, ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft']]]) {
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(P, name);
      if (!d?.get) continue;
      Object.defineProperty(P, name, { ...d, get() { push('read', { what: name, c: caller() }); return d.get.call(this); } });
    }
  }
  const gbcr = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function () { push('read', { what: 'rect', c: caller() }); return gbcr.call(this); };
  const gcs = window.getComputedStyle;
  window.getComputedStyle = function (...a) { push('read', { what: 'computedStyle', c: caller() }); return gcs.apply(this, a); };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) push('longtask', { start: e.startTime, d: e.duration }); }).observe({ type: 'longtask' }); } catch {}
  const mo = new MutationObserver((recs) => { push('mutations', { n: recs.length, c: [...new Set(recs.map((r) => (r.target.closest?.('[data-testid]') ?? r.target.parentElement?.closest?.('[data-testid]'))?.getAttribute('data-testid') ?? r.target.nodeName))].slice(0, 8).join(',') }); });
  const start = () => mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
  for (const type of ['input', 'change', 'keydown']) document.addEventListener(type, () => push('input', { type }), { capture: true });
})()`;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'toplevel'];

/** CPU ms (user + system) of every thread of this process's Chromium, by process kind and thread name (Linux /proc; SwiftShader's threads in the GPU process included, which a trace does not show). */
function threadCpu(): Map<string, number> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      (kids.get(ppid) ?? kids.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      // gone
    }
  }
  const out = new Map<string, number>();
  const walk = (pid: number) => {
    for (const k of kids.get(pid) ?? []) {
      try {
        const kind = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${k}/cmdline`, 'utf8'))?.[1] ?? 'browser';
        for (const t of readdirSync(`/proc/${k}/task`)) {
          const st = readFileSync(`/proc/${k}/task/${t}/stat`, 'utf8');
          const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')).replace(/\d+$/, '#');
          const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
          const key = `${kind}/${name}`;
          out.set(key, (out.get(key) ?? 0) + (Number(f[11]) + Number(f[12])) * 10);
        }
      } catch {
        // gone
      }
      walk(k);
    }
  };
  walk(process.pid);
  return out;
}

function cpuLine(before: Map<string, number>, after: Map<string, number>): string {
  const d = [...after].map(([k, v]): [string, number] => [k, v - (before.get(k) ?? 0)]).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const total = d.reduce((a, [, v]) => a + v, 0);
  return `   CPU ${total} ms: ${d.slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ')}`;
}

interface Entry { k: string; t: number; [key: string]: unknown }

async function timeline(page: Page, name: string, action: () => Promise<unknown>): Promise<void> {
  await mapSettled(page, 180_000);
  const n = (await page.evaluate('window.__focal.fillsDrawn ?? 0')) as number;
  await page.evaluate('window.__tl.length = 0; window.__tlOn = true');
  // TRACE_OUT=prefix: a Chromium trace of the interaction too (prefix.<name>.json), for trace-summary or DevTools.
  // --trace: a trace, summarised: the page's main thread from the input to the map's frame (thread time).
  const out = process.env.TRACE_OUT;
  const tracing = !!out || process.argv.includes('--trace');
  await page.evaluate('window.__tlDrawMarked = false');
  if (tracing) await page.context().browser()!.startTracing(undefined, { categories: TRACE_CATEGORIES });
  if (tracing) await page.evaluate(() => performance.mark('focal-start'));
  const cpu0 = threadCpu();
  await action();
  await page.waitForFunction((k) => (window.__focal?.fillsDrawn ?? 0) > k, n, { timeout: 180_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const cpu = cpuLine(cpu0, threadCpu());
  await page.evaluate("window.__tl.push({ k: 'cpu-end', t: performance.now() })");
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)))');
  await page.evaluate('window.__tlOn = false');
  let summary: string[] = [];
  if (tracing) {
    await page.evaluate(() => performance.mark('focal-end'));
    const buf = await page.context().browser()!.stopTracing();
    if (out) writeFileSync(`${out}.${name.replace(/ /g, '-')}.json`, buf);
    const trace = JSON.parse(buf.toString('utf8'));
    const toMap = summariseTrace(trace, 'focal-start', 'focal-map-frame', 15);
    const all = summariseTrace(trace, 'focal-start', 'focal-end', 8);
    summary = [
      `   main thread, input -> map frame: ${toMap.busyMs.toFixed(0)} ms CPU of ${toMap.windowMs.toFixed(0)} ms wall; input -> end: ${all.busyMs.toFixed(0)} ms CPU of ${all.windowMs.toFixed(0)} ms`,
      ...traceSummaryLines(toMap).map((l) => `     ${l}`),
    ];
  }
  const log = (await page.evaluate('window.__tl')) as Entry[];
  const t0 = log.find((e) => e.k === 'input')?.t ?? log[0]?.t ?? 0;
  const firstDrawFrame = log.find((e) => e.k === 'draw')?.f;
  console.log(`\n== ${name}`);
  console.log(cpu);
  for (const l of summary) console.log(l);
  let lastFrameDraws: { f: unknown; d: number; u: number; b: number } | null = null;
  const flush = () => {
    if (lastFrameDraws) console.log(`   ...  GL: ${lastFrameDraws.d} draws, ${lastFrameDraws.u} uploads ${(lastFrameDraws.b / 1e3).toFixed(0)} kB`);
    lastFrameDraws = null;
  };
  let mapFrameSeen = false;
  for (const e of log) {
    const at = (e.t - t0).toFixed(0).padStart(6);
    if (e.k === 'draw' || e.k === 'upload') {
      if (!lastFrameDraws || lastFrameDraws.f !== e.f) { flush(); lastFrameDraws = { f: e.f, d: 0, u: 0, b: 0 }; }
      if (e.k === 'draw') lastFrameDraws.d++;
      else { lastFrameDraws.u++; lastFrameDraws.b += e.n as number; }
      if (e.f === firstDrawFrame && !mapFrameSeen) { mapFrameSeen = true; console.log(`${at} MAP FRAME (first GL draw)`); }
      continue;
    }
    flush();
    if (e.k === 'frame') console.log(`${at} frame`);
    else if (e.k === 'longtask') console.log(`${((e.start as number) - t0).toFixed(0).padStart(6)} long task ${(e.d as number).toFixed(0)} ms`);
    else if (e.k === 'read') console.log(`${at} layout read ${e.what} ${e.c}`);
    else if (e.k === 'mutations') console.log(`${at} DOM mutations ${e.n} in ${e.c}`);
    else if (e.k === 'input') console.log(`${at} input ${e.type}`);
    else if (e.k === 'cpu-end') console.log(`${at} (end of the CPU count)`);
  }
  flush();
}

const { server, origin } = await startServer();
const browser = await launch();
try {
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (!process.env.FOCAL_DIST) {
    if (!existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
    // The bare page's recolour (all 682 polygons), for comparison: CPU from the input to two frames after the new colours.
    const bare = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const bp = await bare.newPage();
    await bp.goto(`${origin}/bench-bare/?w=1080&h=850`);
    await bp.evaluate('window.__bare.ready');
    await bp.evaluate('window.__bare.settled()');
    for (const k of [2, 1, 2]) {
      const c0 = threadCpu();
      await bp.locator('#palette').selectOption(String(k));
      await bp.evaluate('window.__bare.settled()');
      await bp.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      console.log(`bare recolour\n${cpuLine(c0, threadCpu())}`);
    }
    await bare.close();
  }
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(origin + '/');
  await waitForMap(page, 180_000);
  await waitForDb(page);
  await mapSettled(page, 180_000);
  const untimed = async (action: () => Promise<unknown>) => {
    const n = (await page.evaluate('window.__focal.fillsDrawn ?? 0')) as number;
    await action();
    await page.waitForFunction((k) => (window.__focal?.fillsDrawn ?? 0) > k, n, { timeout: 180_000 });
    await mapSettled(page, 180_000);
  };
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const want = (k: string) => !only.length || only.includes(k);
  const indicator = () => page.getByTestId('indicator-select').selectOption('climate_fragility_score');
  if (want('indicator')) await timeline(page, 'indicator switch', indicator);
  else await untimed(indicator);
  await untimed(() => page.getByTestId('indicator-select').selectOption('sv_emigrants_departed_per_1000'));
  await page.waitForFunction(() => !(document.querySelector('[data-testid="year-slider"]') as HTMLInputElement | null)?.disabled, undefined, { timeout: 180_000 });
  await page.getByTestId('year-slider').focus();
  const year = () => page.keyboard.press('ArrowLeft');
  if (want('year')) await timeline(page, 'year change', year);
  else await untimed(year);
  await untimed(() => page.getByTestId('tab-index').click());
  const weight = () => page.getByTestId('weight-migration').fill('0');
  if (want('weight')) await timeline(page, 'weight change', weight);
  else await untimed(weight);
  await untimed(() => page.getByTestId('tab-investments').click());
  await page.getByTestId('coverage-donor').waitFor({ timeout: 180_000 });
  await mapSettled(page, 180_000);
  if (want('filter')) await timeline(page, 'filter change', () => page.getByTestId('coverage-donor').selectOption('USAID'));
  await context.close();
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await stopServer(server);
}
