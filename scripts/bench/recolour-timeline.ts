/**
 * `npx tsx scripts/bench/recolour-timeline.ts`: for each interaction the bench times (indicator
 * switch, year change, weight change, donor filter), the order of what the page does between the
 * input and the frame with the new colours: tasks (long tasks), animation frames, the frames in
 * which WebGL drew (draws, buffer uploads), layout reads (forced layouts when the DOM is dirty)
 * with their caller, and DOM mutations, each in ms after the input. Load-independent in its
 * counts and order (not in its times). Needs `npm run build` (or FOCAL_DIST).
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startServer, launch, waitForMap, waitForDb, mapSettled, stopServer } from '../../tests/e2e/browser.ts';

const PROBE = `(() => {
  const log = [];
  window.__tl = log;
  window.__tlOn = false;
  const push = (k, extra) => { if (window.__tlOn) log.push({ k, t: performance.now(), ...extra }); };
  let frame = -1;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((ts) => { if (frame !== ts) { frame = ts; push('frame', { ts }); } cb(ts); });
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, kind, size) => { const o = P[name]; P[name] = function (...a) { push(kind, { f: frame, n: size ? size(a) : 0 }); return o.apply(this, a); }; };
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

interface Entry { k: string; t: number; [key: string]: unknown }

async function timeline(page: Page, name: string, action: () => Promise<unknown>): Promise<void> {
  await mapSettled(page, 180_000);
  const n = (await page.evaluate('window.__focal.fillsDrawn ?? 0')) as number;
  await page.evaluate('window.__tl.length = 0; window.__tlOn = true');
  await action();
  await page.waitForFunction((k) => (window.__focal?.fillsDrawn ?? 0) > k, n, { timeout: 180_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300)))');
  await page.evaluate('window.__tlOn = false');
  const log = (await page.evaluate('window.__tl')) as Entry[];
  const t0 = log.find((e) => e.k === 'input')?.t ?? log[0]?.t ?? 0;
  const firstDrawFrame = log.find((e) => e.k === 'draw')?.f;
  console.log(`\n== ${name}`);
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
  }
  flush();
}

const { server, origin } = await startServer();
const browser = await launch();
try {
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
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
  const only = process.argv.slice(2);
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
