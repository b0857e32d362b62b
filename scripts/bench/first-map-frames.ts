/**
 * The frames a page's map canvas draws from navigation to its first map (the app's
 * `window.__focal.ready`, the bare page's `window.__bare.ready`) and in the two seconds after:
 * each animation frame in which WebGL drew anything (draw calls, clears, buffer uploads, programs
 * linked, canvas resizes). Every frame of a full canvas costs the GPU process a full raster in a
 * software renderer (SwiftShader); a frame drawn before the coloured one holds it back. Counts,
 * not times: they do not depend on the machine's load. Needs `npm run build` and the bare page
 * (built here when missing). `npx tsx scripts/bench/first-map-frames.ts [app|bare] [runs]`
 */
import { loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { startServer, launch } from '../../tests/e2e/browser.ts';
import { buildBarePage, BARE_DIR } from './bare-build.ts';

const PROBE = `(() => {
  const t0 = performance.now();
  const frames = [];
  let cur = null;
  let frameNo = 0;
  let inFrame = false;
  const raf = window.requestAnimationFrame.bind(window);
  let lastGl = null;
  // After a frame that drew: the colour of a few points of the canvas (the drawing buffer still holds the frame).
  const probe = () => {
    if (!cur || cur.key !== 'f' + frameNo || !cur.draws || !lastGl) return;
    const gl = lastGl, w = gl.drawingBufferWidth, h = gl.drawingBufferHeight, px = new Uint8Array(4);
    cur.px = [[0.5, 0.5], [0.3, 0.4], [0.7, 0.6]].map(([x, y]) => { gl.readPixels(Math.round(x * w), Math.round(y * h), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); return '#' + [px[0], px[1], px[2]].map((v) => v.toString(16).padStart(2, '0')).join(''); });
  };
  window.requestAnimationFrame = (cb) => raf((t) => { inFrame = true; frameNo++; try { return cb(t); } finally { probe(); inFrame = false; } });
  const at = () => {
    const key = inFrame ? 'f' + frameNo : 'task';
    if (!cur || cur.key !== key || (key === 'task' && performance.now() - cur.end > 4)) {
      cur = { key, t: performance.now() - t0, end: performance.now(), draws: 0, clears: 0, links: 0, uploads: 0, bytes: 0, sizes: [], ms: 0 };
      frames.push(cur);
    }
    cur.end = performance.now();
    return cur;
  };
  window.__frames = frames;
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, f) => { const o = P[name]; P[name] = function (...a) { const s = performance.now(); const r = o.apply(this, a); const c = at(); c.ms += performance.now() - s; lastGl = this; f(c, a); return r; }; };
    wrap('drawElements', (c) => c.draws++);
    wrap('drawArrays', (c) => c.draws++);
    wrap('clear', (c) => c.clears++);
    wrap('linkProgram', (c) => c.links++);
    wrap('bufferData', (c, a) => { c.uploads++; c.bytes += a[1]?.byteLength ?? 0; });
    wrap('bufferSubData', (c, a) => { c.uploads++; c.bytes += a[2]?.byteLength ?? 0; });
    wrap('texImage2D', (c) => c.uploads++);
  }
  for (const dim of ['width', 'height']) {
    const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, dim);
    Object.defineProperty(HTMLCanvasElement.prototype, dim, { ...d, set(v) { if (v !== d.get.call(this)) at().sizes.push(dim[0] + v); d.set.call(this, v); } });
  }
  for (const name of ['__focal', '__bare']) {
    let v;
    Object.defineProperty(window, name, { configurable: true, get: () => v, set: (x) => { v = x; x?.ready?.then(() => { window.__readyAt = performance.now() - t0; }); } });
  }
})()`;

interface Frame {
  key: string;
  t: number;
  draws: number;
  clears: number;
  links: number;
  uploads: number;
  bytes: number;
  sizes: string[];
  ms: number;
  px?: string[];
}

const which = (process.argv[2] ?? 'app,bare').split(',');
const runs = Number(process.argv[3] ?? 1);
if (which.includes('bare') && !existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
const { server, origin } = await startServer();
const browser = await launch();
try {
  for (let r = 0; r < runs; r++) {
    for (const w of which) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(PROBE);
      const page = await context.newPage();
      await page.goto(w === 'app' ? `${origin}/` : `${origin}/bench-bare/?w=1080&h=850`);
      await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 180_000 });
      await page.waitForTimeout(2000);
      const { frames, ready } = (await page.evaluate('({ frames: window.__frames, ready: window.__readyAt })')) as { frames: Frame[]; ready: number };
      const drawn = frames.filter((f) => f.draws || f.clears || f.sizes.length || f.links);
      const before = drawn.filter((f) => f.t <= ready);
      console.log(`\n== ${w}: ready at ${ready.toFixed(0)} ms; ${before.filter((f) => f.draws).length} frames with draws up to ready, ${drawn.filter((f) => f.t > ready && f.draws).length} in the 2 s after; load ${loadavg()[0].toFixed(2)}`);
      for (const f of drawn) {
        const mark = f.t <= ready ? ' ' : '+';
        console.log(`${mark} ${f.t.toFixed(0).padStart(6)} ${f.key.padEnd(5)} draws ${String(f.draws).padStart(4)} clears ${f.clears} links ${f.links} uploads ${f.uploads} (${(f.bytes / 1e3).toFixed(0)} kB)${f.sizes.length ? ' size ' + f.sizes.join(' ') : ''} gl ${f.ms.toFixed(0)} ms${f.px ? ' px ' + f.px.join(' ') : ''}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
