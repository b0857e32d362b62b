/**
 * Which WebGL programs a page links, and when, from navigation to its first map (the app's
 * `window.__focal.ready`, the bare page's `window.__bare.ready`): shader compiles and links are
 * the slow part of a first frame in a software renderer (SwiftShader), so the count before the
 * first colours is worth comparing with the bare page. Also counts buffer uploads and draw calls.
 * Needs `npm run build` and the bare page. `npx tsx scripts/bench/gl-calls-probe.ts [app|bare]`
 */
import { loadavg } from 'node:os';
import { startServer, launch } from '../../tests/e2e/browser.ts';

const PROBE = `(() => {
  const log = [];
  window.__glLog = log;
  const t0 = performance.now();
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const wrap = (name, f) => { const o = P[name]; P[name] = function (...a) { const s = performance.now(); const r = o.apply(this, a); f(a, s, performance.now() - s, r); return r; }; };
    wrap('linkProgram', (a, s, d) => log.push({ k: 'link', t: s - t0, d }));
    wrap('compileShader', (a, s, d) => log.push({ k: 'compile', t: s - t0, d }));
    wrap('getProgramParameter', (a, s, d) => { if (d > 5) log.push({ k: 'getProgramParameter', t: s - t0, d }); });
    wrap('getShaderParameter', (a, s, d) => { if (d > 5) log.push({ k: 'getShaderParameter', t: s - t0, d }); });
    wrap('bufferData', (a, s, d) => log.push({ k: 'bufferData', t: s - t0, d, n: a[1]?.byteLength ?? a[1] }));
    wrap('drawElements', (a, s, d) => log.push({ k: 'draw', t: s - t0, d }));
    wrap('drawArrays', (a, s, d) => log.push({ k: 'draw', t: s - t0, d }));
    wrap('readPixels', (a, s, d) => log.push({ k: 'readPixels', t: s - t0, d }));
    wrap('getParameter', (a, s, d) => { if (d > 5) log.push({ k: 'getParameter', t: s - t0, d }); });
    wrap('getExtension', (a, s, d) => { if (d > 5) log.push({ k: 'getExtension', t: s - t0, d }); });
  }
  const pm = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (m, ...r) { log.push({ k: 'toWorker ' + (m?.type ?? typeof m), t: performance.now() - t0, d: 0 }); return pm.call(this, m, ...r); };
  const ac = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (type, f, ...r) { if (type !== 'message') return ac.call(this, type, f, ...r); return ac.call(this, type, function (e) { log.push({ k: 'fromWorker ' + (e.data?.type ?? typeof e.data), t: performance.now() - t0, d: 0 }); return f.call(this, e); }, ...r); };
  for (const dim of ['width', 'height']) {
    const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, dim);
    Object.defineProperty(HTMLCanvasElement.prototype, dim, { ...d, set(v) { if (v !== d.get.call(this)) log.push({ k: 'canvas ' + dim + ' ' + v, t: performance.now() - t0, d: 0 }); d.set.call(this, v); } });
  }
  const oc = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...a) { const s = performance.now(); const r = oc.apply(this, a); log.push({ k: 'getContext ' + a[0], t: s - t0, d: performance.now() - s }); return r; };
  for (const name of ['__focal', '__bare']) {
    let v;
    Object.defineProperty(window, name, { configurable: true, get: () => v, set: (x) => { v = x; x?.ready?.then(() => log.push({ k: 'READY', t: performance.now() - t0, d: 0 })); } });
  }
})()`;

const { server, origin } = await startServer();
const browser = await launch();
try {
  for (const which of (process.argv[2] ?? 'app,bare').split(',')) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(which === 'app' ? `${origin}/` : `${origin}/bench-bare/?w=1080&h=850`);
    await page.waitForFunction(() => (window as unknown as { __glLog: { k: string }[] }).__glLog.some((e) => e.k === 'READY'), undefined, { timeout: 180_000 });
    if (process.env.AFTER_READY) {
      await page.waitForFunction(() => (window as unknown as { __focal?: { mapSettled?: () => Promise<void> } }).__focal?.mapSettled !== undefined);
      await page.evaluate('window.__focal.dbReady.then(() => window.__focal.mapSettled())');
      const all = (await page.evaluate('window.__glLog')) as { k: string; t: number }[];
      for (const e of all) if (e.k.startsWith('canvas') || e.k === 'READY') console.log(`   ${e.t.toFixed(0)} ${e.k}`);
    }
    const log = (await page.evaluate('window.__glLog')) as { k: string; t: number; d: number; n?: number }[];
    const ready = log.find((e) => e.k === 'READY')!.t;
    console.log(`\n== ${which}: ready at ${ready.toFixed(0)} ms; load ${loadavg()[0].toFixed(2)}`);
    const before = log.filter((e) => e.t <= ready);
    const sum = new Map<string, { n: number; ms: number; bytes: number }>();
    for (const e of before) {
      const s = sum.get(e.k) ?? { n: 0, ms: 0, bytes: 0 };
      s.n++; s.ms += e.d; s.bytes += typeof e.n === 'number' ? e.n : 0;
      sum.set(e.k, s);
    }
    for (const [k, s] of sum) console.log(`  ${k}: ${s.n} calls, ${s.ms.toFixed(0)} ms${s.bytes ? `, ${(s.bytes / 1e6).toFixed(2)} MB` : ''}`);
    if (process.env.VERBOSE) for (const e of before) if (e.k !== 'draw' && e.k !== 'bufferData') console.log(`   ${e.t.toFixed(0)} ${e.k} ${e.d.toFixed(1)}`);
    // Draw calls in bursts (a gap of 4 ms or more starts a new one): roughly one burst per frame.
    const bursts: { t: number; n: number; bytes: number }[] = [];
    let last = -Infinity;
    for (const e of before) {
      if (e.k !== 'draw' && e.k !== 'bufferData') continue;
      if (e.t - last >= 4) bursts.push({ t: e.t, n: 0, bytes: 0 });
      last = e.t;
      const b = bursts[bursts.length - 1];
      if (e.k === 'draw') b.n++;
      else b.bytes += typeof e.n === 'number' ? e.n : 0;
    }
    console.log(`  ${bursts.length} bursts of draws/uploads: ${bursts.map((b) => `${b.t.toFixed(0)}:${b.n}d${b.bytes ? `/${(b.bytes / 1e3).toFixed(0)}kB` : ''}`).join(' ')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
