/**
 * The first coloured map alone (the first row of `npm run bench`): the app and the bare page loaded
 * cold, interleaved, `BENCH_RUNS` pairs (default 3), timed from the compositor's frames
 * (map-pixels-bench.ts), with the load average beside each pair. Needs `npm run build` first; builds
 * the bare page itself. `npx tsx scripts/bench/first-map-bench.ts`
 */
import { cpus, loadavg } from 'node:os';
import { startServer, launch } from '../../tests/e2e/browser.ts';
import { appRun, bareRun } from './map-pixels-bench.ts';
import { buildBarePage } from './bare-build.ts';
import { median, ms, times } from './bench-table.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const load = (): string => `${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`;

async function main(): Promise<void> {
  console.log(`load at start: ${load()}`);
  await buildBarePage();
  const { server, origin } = await startServer();
  const browser = await launch();
  const ratios: number[] = [];
  const apps: number[] = [];
  const bares: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const app = await appRun(browser, origin, false);
      await app.close();
      const bare = await bareRun(browser, origin, app.rect, 0);
      const a = app.run.firstMapMs ?? NaN, b = bare.firstMapMs ?? NaN;
      apps.push(a);
      bares.push(b);
      ratios.push(a / b);
      console.log(`pair ${i + 1}/${RUNS}: app ${ms(a)} (mark ${ms(app.run.markMs)}, db ${ms(app.run.dbReadyMs)}) vs bare ${ms(b)}: ${times(a / b)}; load ${load()}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`first coloured map: app ${ms(median(apps))} vs bare ${ms(median(bares))}, median ratio ${times(median(ratios))} (goal ≤ 1.2×); load at end: ${load()}`);
}

await main();
