/**
 * One cold load of the app (or the bare page) on one timeline: the frames in which WebGL drew
 * (draw calls, buffer uploads, programs linked), the app's mark (window.__focal.firstMapMs), and
 * every compositor frame with the share of the settled map's choropleth points it already shows
 * (what first-map-bench.ts times: the first frame at ≥ 95 %). Tells whether the pixels wait for
 * a frame drawn late (a later GL frame reaching the settled picture) or for the compositor (the
 * coloured GL frame drawn, the screen late). `FRAMES_OUT=dir` keeps the screen frames as PNG.
 * Needs `npm run build`. `npx tsx scripts/bench/first-map-timeline.ts [app|bare] [runs]`
 */
import { loadavg } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { startServer, launch, waitForMap, mapSettled } from '../../tests/e2e/browser.ts';
import { buildBarePage, BARE_DIR } from './bare-build.ts';
import { ScreenRecorder, decodeFrame } from './screen-frames.ts';
import { stillFrame, type CssRect } from './pixel-timing.ts';

const PROBE = `(() => {
  const frames = [];
  let cur = null, frameNo = 0, inFrame = false;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { inFrame = true; frameNo++; try { return cb(t); } finally { inFrame = false; } });
  const at = () => {
    const key = inFrame ? 'f' + frameNo : 'task';
    if (!cur || cur.key !== key || (key === 'task' && performance.now() - cur.end > 4)) {
      cur = { key, t: performance.now(), end: 0, draws: 0, links: 0, uploads: 0, bytes: 0, size: '' };
      frames.push(cur);
    }
    cur.end = performance.now();
    return cur;
  };
  window.__glFrames = frames;
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, f) => { const o = P[name]; P[name] = function (...a) { const r = o.apply(this, a); const c = at(); c.size = this.drawingBufferWidth + 'x' + this.drawingBufferHeight; f(c, a); return r; }; };
    wrap('drawElements', (c) => c.draws++);
    wrap('drawArrays', (c) => c.draws++);
    wrap('linkProgram', (c) => c.links++);
    wrap('bufferData', (c, a) => { c.uploads++; c.bytes += a[1]?.byteLength ?? 0; });
    wrap('bufferSubData', (c, a) => { c.uploads++; c.bytes += a[2]?.byteLength ?? 0; });
  }
  window.__longTasks = [];
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
})()`;

const TOL = 24;
const which = process.argv[2] ?? 'app';
const runs = Number(process.argv[3] ?? 1);
if (which === 'bare' && !existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
const { server, origin } = await startServer();
const browser = await launch();
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const rec = new ScreenRecorder();
    await rec.start(page, Number(process.env.FRAME_WIDTH ?? 350), Number(process.env.FRAME_WIDTH ?? 350));
    await page.goto(which === 'app' ? `${origin}/` : `${origin}/bench-bare/?w=1080&h=850`);
    if (which === 'app') {
      await waitForMap(page, 180_000);
      await mapSettled(page, 180_000);
    } else await page.waitForFunction('window.__bare?.ready && window.__bareDone !== undefined || (window.__bare && (window.__bare.ready.then(() => window.__bareDone = 1), false))', undefined, { timeout: 180_000 });
    const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
    if (!box) throw new Error('no canvas');
    const rect: CssRect = box;
    const now = (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
    const settled = decodeFrame(await stillFrame(rec.frames, now, rect));
    await rec.stop();
    const origin0 = (await page.evaluate('performance.timeOrigin')) as number;
    const info = (await page.evaluate('({ gl: window.__glFrames, mark: window.__focal?.firstMapMs, long: window.__longTasks })')) as {
      gl: { key: string; t: number; end: number; draws: number; links: number; uploads: number; bytes: number; size: string }[];
      mark?: number;
      long: [number, number][];
    };
    // the settled picture's saturated points
    const pts: number[] = [];
    const s = settled.scale;
    for (let y = Math.ceil((rect.y + 12 + settled.offsetTop) * s); y < Math.floor((rect.y + rect.height - 12 + settled.offsetTop) * s); y += 3)
      for (let x = Math.ceil((rect.x + 12) * s); x < Math.floor((rect.x + rect.width - 12) * s); x += 3) {
        if (x > (rect.x + rect.width - 80) * s && y > (rect.y + rect.height - 80 + settled.offsetTop) * s) continue;
        const i = (y * settled.width + x) * 4, d = settled.data;
        if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) >= 40) pts.push(i);
      }
    const events: [number, string][] = [];
    for (const f of info.gl) if (f.draws || f.links || f.bytes > 10_000) events.push([f.t, `gl ${f.key} draws ${f.draws} links ${f.links} uploads ${f.uploads} (${(f.bytes / 1e3).toFixed(0)} kB) ${(f.end - f.t).toFixed(0)} ms ${f.size}`]);
    if (info.mark !== undefined) events.push([info.mark, 'MARK firstMapMs']);
    for (const [t, d] of info.long) if (d > 200) events.push([t, `long task ${d.toFixed(0)} ms`]);
    const out = process.env.FRAMES_OUT;
    if (out) mkdirSync(out, { recursive: true });
    let last = -1;
    let first: number | null = null;
    for (const raw of rec.frames) {
      const t = raw.t - origin0;
      if (t < 0) continue;
      const f = decodeFrame(raw);
      if (f.width !== settled.width || f.height !== settled.height) continue;
      let same = 0;
      for (const i of pts) if (Math.max(...[0, 1, 2].map((k) => Math.abs(f.data[i + k] - settled.data[i + k]))) <= TOL) same++;
      const share = Math.round((100 * same) / Math.max(1, pts.length));
      if (share >= 95 && first === null) first = t;
      if (share !== last) events.push([t, `screen ${share}% of ${pts.length} points`]);
      if (out && share !== last) writeFileSync(`${out}/${which}-${r}-${String(Math.round(t)).padStart(6, '0')}.png`, Buffer.from(raw.png, 'base64'));
      last = share;
    }
    events.sort((a, b) => a[0] - b[0]);
    console.log(`\n== ${which} run ${r + 1}: pixels at ${first?.toFixed(0)} ms, mark ${info.mark?.toFixed(0)} ms; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    for (const [t, e] of events) console.log(`${t.toFixed(0).padStart(7)} ${e}`);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
