/**
 * `npx tsx scripts/bench/interaction-frames-probe.ts`: load-independent counts for each interaction
 * the bench times (indicator switch, year change, weight change, donor filter), in the app and for
 * the bare page's recolour: animation frames in which WebGL drew, draw calls and buffer uploads
 * (bytes) per frame, and the main thread's busy time between the input and the frame with the new
 * colours. The bare page draws one frame. Needs `npm run build` and the bare page.
 */
import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startServer, launch, waitForMap, waitForDb, mapSettled, stopServer } from '../../tests/e2e/browser.ts';
import { buildBarePage, BARE_DIR } from './bare-build.ts';

/** Every WebGL draw and upload, tagged with the animation frame it ran in (the rAF timestamp; -1 outside any). */
const PROBE = `(() => {
  const log = [];
  window.__glLog = log;
  let frame = -1;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((ts) => { frame = ts; try { cb(ts); } finally { queueMicrotask(() => (frame = -1)); } });
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, kind, size) => { const o = P[name]; P[name] = function (...a) { log.push({ k: kind, f: frame, n: size ? size(a) : 0, t: performance.now() }); return o.apply(this, a); }; };
    wrap('drawElements', 'draw');
    wrap('drawArrays', 'draw');
    wrap('drawElementsInstanced', 'draw');
    wrap('drawArraysInstanced', 'draw');
    wrap('bufferData', 'upload', (a) => a[1]?.byteLength ?? (typeof a[1] === 'number' ? a[1] : 0));
    wrap('bufferSubData', 'upload', (a) => a[2]?.byteLength ?? 0);
    wrap('texImage2D', 'texture', (a) => (a.length >= 9 ? (a[3] * a[4] * 4) : ((a[5]?.width ?? 0) * (a[5]?.height ?? 0) * 4)));
    wrap('texSubImage2D', 'texture', (a) => (a.length >= 9 ? (a[4] * a[5] * 4) : ((a[6]?.width ?? 0) * (a[6]?.height ?? 0) * 4)));
    wrap('clear', 'clear');
  }
  const pm = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...r) { if (m && typeof m.type === 'string') log.push({ k: 'msg', f: frame, n: 0, t: performance.now(), m: m.type + ' ' + (m.data?.source ?? m.data?.sourceId ?? m.data?.type ?? '') }); return pm.call(this, m, ...r); };
  window.__longTasks = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ t: e.startTime, d: e.duration }); }).observe({ type: 'longtask', buffered: false }); } catch {}
})()`;

interface Counts { msgs: string; frames: number; draws: number; uploads: number; uploadKB: number; textures: number; perFrame: string; inputToDrawnMs: number; longTaskMs: number }

async function measure(page: Page, action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<Counts> {
  await page.evaluate('window.__glLog.length = 0; window.__longTasks.length = 0; window.__t0 = performance.now()');
  await action();
  await done();
  const log = (await page.evaluate('window.__glLog')) as { k: string; f: number; n: number; t: number; m?: string }[];
  const t0 = (await page.evaluate('window.__t0')) as number;
  const tasks = (await page.evaluate('window.__longTasks')) as { t: number; d: number }[];
  const frames = new Map<number, { d: number; u: number; b: number }>();
  let uploads = 0, bytes = 0, draws = 0, textures = 0;
  for (const e of log) {
    const f = frames.get(e.f) ?? { d: 0, u: 0, b: 0 };
    frames.set(e.f, f);
    if (e.k === 'draw') { f.d++; draws++; }
    if (e.k === 'upload') { f.u++; f.b += e.n; uploads++; bytes += e.n; }
    if (e.k === 'texture') textures++;
  }
  const firstDraw = log.find((e) => e.k === 'draw');
  const msgs = log.filter((e) => e.k === 'msg').map((e) => `${(e.t - t0).toFixed(0)}:${e.m}`).join(' ');
  return {
    frames: [...frames.entries()].filter(([, f]) => f.d > 0).length,
    draws,
    uploads,
    uploadKB: bytes / 1e3,
    textures,
    perFrame: [...frames.entries()].map(([ts, f]) => `${ts < 0 ? 'noframe' : (ts - t0).toFixed(0)}:${f.d}d/${f.u}u/${(f.b / 1e3).toFixed(0)}kB`).join(' '),
    msgs,
    inputToDrawnMs: firstDraw ? firstDraw.t - t0 : NaN,
    longTaskMs: tasks.filter((x) => x.t >= t0).reduce((s, x) => s + x.d, 0),
  };
}

const line = (name: string, c: Counts) =>
  `${name.padEnd(18)} frames ${c.frames}, draws ${c.draws}, uploads ${c.uploads} (${c.uploadKB.toFixed(0)} kB), textures ${c.textures}, first draw ${c.inputToDrawnMs.toFixed(0)} ms after input, long tasks ${c.longTaskMs.toFixed(0)} ms\n    per frame (ms after input: draws/uploads/bytes): ${c.perFrame}\n    to workers: ${c.msgs}`;

async function fillsDrawn(page: Page): Promise<number> {
  return (await page.evaluate('window.__focal.fillsDrawn ?? 0')) as number;
}
const drawnAfter = (page: Page, n: number) => async () => {
  await page.waitForFunction((k) => (window.__focal?.fillsDrawn ?? 0) > k, n, { timeout: 180_000 });
  await mapSettled(page, 180_000);
};

const withBare = !process.env.FOCAL_DIST;
if (withBare && !existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
const { server, origin } = await startServer();
const browser = await launch();
try {
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (withBare) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(`${origin}/bench-bare/?w=1080&h=850`);
    await page.evaluate('window.__bare.ready');
    await page.evaluate('window.__bare.settled()');
    for (const k of [2, 1]) console.log(line('bare recolour', await measure(page, () => page.locator('#palette').selectOption(String(k)), () => page.evaluate('window.__bare.settled()'))));
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(origin + '/');
  await waitForMap(page, 180_000);
  await mapSettled(page, 180_000);
  await waitForDb(page);
  await mapSettled(page, 180_000);
  const step = async (name: string, action: () => Promise<unknown>) => {
    await mapSettled(page, 180_000);
    const n = await fillsDrawn(page);
    console.log(line(name, await measure(page, action, drawnAfter(page, n))));
  };
  const untimed = async (action: () => Promise<unknown>) => {
    const n = await fillsDrawn(page);
    await action();
    await drawnAfter(page, n)();
  };
  await step('indicator switch', () => page.getByTestId('indicator-select').selectOption('climate_fragility_score'));
  await untimed(() => page.getByTestId('indicator-select').selectOption('sv_emigrants_departed_per_1000'));
  await page.waitForFunction(() => !(document.querySelector('[data-testid="year-slider"]') as HTMLInputElement | null)?.disabled, undefined, { timeout: 180_000 });
  await page.getByTestId('year-slider').focus();
  await step('year change', () => page.keyboard.press('ArrowLeft'));
  await untimed(() => page.getByTestId('tab-index').click());
  await step('weight change', () => page.getByTestId('weight-migration').fill('0'));
  await untimed(() => page.getByTestId('tab-investments').click());
  await page.getByTestId('coverage-donor').waitFor({ timeout: 180_000 });
  await step('filter change', () => page.getByTestId('coverage-donor').selectOption('USAID'));
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
  await context.close();
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await stopServer(server);
}
