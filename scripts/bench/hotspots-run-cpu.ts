/**
 * The CPU time a Hotspots "Run" (999 permutations) costs, per process and thread of the browser,
 * from the click to the map drawn: read from /proc (Linux) before and after each run, so that it
 * does not depend on how busy the machine is (the wall-clock figures of hotspots-run-bench.ts do).
 * The GPU process's figure includes SwiftShader's own threads (the rasterisation of the map and of
 * the page, which the trace does not show). As the bench: a fresh page, the first run, then runs
 * on the next variable each. `npx tsx scripts/bench/hotspots-run-cpu.ts [runs again]` after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { launch, startServer, stopServer, watchedPage } from '../../tests/e2e/browser.ts';
import { clickRun, nextRunReady, openHotspots } from './hotspots-run-bench.ts';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const HZ = 100;

/** This process's browser: its descendants with a `--type=` (renderers, GPU process, utilities), by pid. */
function browserProcesses(): Map<number, string> {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (mine.has(r.pid) || !mine.has(r.ppid)) continue;
      mine.add(r.pid);
      grew = true;
    }
  }
  const out = new Map<number, string>();
  for (const r of rows) if (mine.has(r.pid) && r.args.includes('chromium')) out.set(r.pid, r.args.match(/--type=([\w-]+)/)?.[1] ?? 'browser');
  return out;
}

/** CPU ticks per `process type / thread name` (threads of the same name summed). */
function cpuTicks(procs: Map<number, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [pid, type] of procs) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        const key = `${type} / ${name.replace(/\d+/g, '#')}`;
        out.set(key, (out.get(key) ?? 0) + ticks);
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return out;
}

const diff = (a: Map<string, number>, b: Map<string, number>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [k, v] of b) if (v - (a.get(k) ?? 0) > 0) out.set(k, v - (a.get(k) ?? 0));
  return out;
};

const again = Number(process.argv[2] ?? 4);
const { server, origin } = await startServer();
const browser = await launch();
try {
  const load0 = loadavg()[0];
  const w = await watchedPage(browser, origin);
  await openHotspots(w.page, origin);
  const totals = new Map<string, number>();
  for (let r = 0; r <= again; r++) {
    if (r > 0) await nextRunReady(w.page);
    const procs = browserProcesses();
    const before = cpuTicks(procs);
    const t = await clickRun(w.page);
    const used = diff(before, cpuTicks(procs));
    const byType = new Map<string, number>();
    for (const [k, v] of used) byType.set(k.split(' / ')[0], (byType.get(k.split(' / ')[0]) ?? 0) + v);
    const ms = (ticks: number) => ((1000 * ticks) / HZ).toFixed(0);
    console.log(
      `run ${r}: drawn ${t.drawnMs.toFixed(0)} ms, compute ${(t.weightsMs + t.statsMs).toFixed(0)} ms; CPU ` +
        [...byType].map(([k, v]) => `${k} ${ms(v)}`).join(', ') +
        ' ms — ' +
        [...used].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${ms(v)}`).join(', '),
    );
    if (r > 0) for (const [k, v] of used) totals.set(k, (totals.get(k) ?? 0) + v);
  }
  const per = (v: number) => ((1000 * v) / HZ / Math.max(1, again)).toFixed(0);
  console.log(`\nCPU per run again (mean of ${again}), load average ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}:`);
  const byType = new Map<string, number>();
  for (const [k, v] of totals) byType.set(k.split(' / ')[0], (byType.get(k.split(' / ')[0]) ?? 0) + v);
  for (const [k, v] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${per(v)} ms`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`    ${k}: ${per(v)} ms`);
} finally {
  await browser.close();
  await stopServer(server);
}
