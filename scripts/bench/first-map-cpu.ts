/**
 * CPU time each Chromium process spends from navigation to a page's first map (the app's
 * `window.__focal.ready`, the bare page's `window.__bare.ready`), read from /proc (user + system
 * time of every thread, SwiftShader's raster threads in the GPU process included, which a trace
 * does not show): a count of work that a loaded machine does not stretch, unlike wall-clock
 * times. A new browser per page load, so that no process carries another load's work. Linux
 * only. Needs `npm run build` and the bare page (built here when missing).
 * `npx tsx scripts/bench/first-map-cpu.ts [app|bare,...] [runs]`; `FIRST_MAP_THREADS=1` prints each thread's
 * CPU too (a process's main thread as `main`).
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { startServer, launch } from '../../tests/e2e/browser.ts';
import { buildBarePage, BARE_DIR } from './bare-build.ts';

const TICKS = 100; // USER_HZ on Linux

/** CPU ms (user + system) of process `pid`, or 0 when it is gone. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
  } catch {
    return 0;
  }
}

/** CPU ms of each live thread of process `pid`, by thread name (`/proc/<pid>/task/<tid>/comm`). */
function threadMs(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim().replace(/\d+$/, '');
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${tid}:${tid === String(pid) ? 'main' : name}`, ((Number(f[11]) + Number(f[12])) * 1000) / TICKS);
    } catch {
      // gone
    }
  }
  return out;
}

/** The browser's processes by kind (`--type=` of the command line; the browser itself: `browser`). */
function processes(rootPid: number): Map<number, string> {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (kids.get(ppid) ?? kids.set(ppid, []).get(ppid)!).push(Number(d));
    } catch {
      // gone
    }
  }
  const out = new Map<number, string>();
  const walk = (pid: number) => {
    let kind = 'browser';
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const m = /--type=([a-z-]+)/.exec(cmd);
      if (m) kind = m[1] === 'utility' ? (/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? 'utility') : m[1];
    } catch {
      return;
    }
    out.set(pid, kind);
    for (const k of kids.get(pid) ?? []) walk(k);
  };
  walk(rootPid);
  return out;
}

const which = (process.argv[2] ?? 'app,bare').split(',');
const runs = Number(process.argv[3] ?? 1);
if (which.includes('bare') && !existsSync(`${BARE_DIR}/index.html`)) await buildBarePage();
const { server, origin } = await startServer();
try {
  const sums = new Map<string, Map<string, number[]>>();
  for (let r = 0; r < runs; r++) {
    for (const w of which) {
      const browser: Browser = await launch();
      try {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        // FIRST_MAP_INIT: a script run at the start of every document (an experiment, e.g. a style turned off).
        if (process.env.FIRST_MAP_INIT) await context.addInitScript(process.env.FIRST_MAP_INIT);
        const page = await context.newPage();
        await page.goto('about:blank');
        // The browser process: the one whose command line is Chromium's and whose parent is this node process.
        const mine = [...processes(process.pid)].filter(([, k]) => k === 'browser').map(([p]) => p);
        const before = new Map<number, number>();
        for (const pid of mine) for (const [p] of processes(pid)) before.set(p, cpuMs(p));
        const threadsBefore = new Map<number, Map<string, number>>();
        for (const pid of mine) for (const [p] of processes(pid)) threadsBefore.set(p, threadMs(p));
        const t0 = Date.now();
        await page.goto(w === 'app' ? `${origin}/` : `${origin}/bench-bare/?w=760&h=852`);
        const name = w === 'app' ? '__focal' : '__bare';
        await page.waitForFunction((n) => (window as unknown as Record<string, unknown>)[n] !== undefined, name, { timeout: 180_000 });
        await page.evaluate((n) => (window as unknown as Record<string, { ready: Promise<void> }>)[n].ready, name);
        const wall = Date.now() - t0;
        const by = new Map<string, number>();
        for (const pid of mine) {
          for (const [p, kind] of processes(pid)) {
            if (p === process.pid) continue;
            by.set(kind, (by.get(kind) ?? 0) + cpuMs(p) - (before.get(p) ?? 0));
          }
        }
        // Per thread (live threads only; a thread gone by now counts in its process's total alone),
        // threads of one name in one kind of process summed: e.g. renderer/CrRendererMain, gpu-process/CrGpuMain.
        const byThread = new Map<string, number>();
        for (const pid of mine) {
          for (const [p, kind] of processes(pid)) {
            if (p === process.pid) continue;
            const was = threadsBefore.get(p) ?? new Map<string, number>();
            for (const [key, v] of threadMs(p)) {
              const name = `${kind}/${key.slice(key.indexOf(':') + 1)}`;
              byThread.set(name, (byThread.get(name) ?? 0) + v - (was.get(key) ?? 0));
            }
          }
        }
        if (process.env.FIRST_MAP_THREADS) {
          const top = [...byThread].filter(([, v]) => v >= 10).sort((a, b) => b[1] - a[1]);
          console.log(`  ${w} threads: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
        }
        const total = [...by.values()].reduce((a, b) => a + b, 0);
        const s = sums.get(w) ?? sums.set(w, new Map()).get(w)!;
        for (const [k, v] of [...by, ['total', total] as [string, number], ['wall', wall] as [string, number]]) (s.get(k) ?? s.set(k, []).get(k)!).push(v);
        console.log(`${w}: wall ${wall} ms, CPU ${total.toFixed(0)} ms — ${[...by].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; load ${loadavg()[0].toFixed(2)}`);
        await context.close();
      } finally {
        await browser.close();
      }
    }
  }
  if (runs > 1) {
    for (const [w, s] of sums) {
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(`${w} median: ${[...s].map(([k, v]) => `${k} ${med(v).toFixed(0)}`).join(', ')}`);
    }
  }
} finally {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
