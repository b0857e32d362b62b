/**
 * `npx tsx scripts/bench/interaction-trace.ts [weight|indicator|filter|all] [rounds]`: the production
 * build (dist/, or FOCAL_DIST) in Chromium; times a weight change (slider input → ranking table
 * and map drawn), an indicator switch (picker change → map drawn) and a change of the investments'
 * first year (→ map drawn), then takes a Chromium
 * performance trace of one more of each and prints where the page's main thread spent the time
 * (kinds of work, heaviest functions). "Map drawn" is `window.__focal.fillsDrawn` growing,
 * followed by one animation frame (the frame that shows it); "table drawn" is
 * `window.__focal.rankingDrawn` growing (the table's rows updated in the document). A tool for
 * finding hot spots, not a pass/fail test: `npm run bench` gives the figures.
 * Set TRACE_OUT=path to keep the raw traces (`path.<label>.json`); `interaction-trace.ts <file>.json`
 * summarises a kept trace again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { startServer, launch, watchedPage, waitForMap, waitForDb, stopServer, afterMapChange } from '../../tests/e2e/browser.ts';
import { summariseTrace, traceSummaryLines } from './trace-summary.ts';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'toplevel',
  'v8',
].join(',');

/** Milliseconds from the action to: the table updated (NaN when not waited for), the map's fill drawn, and the frame after it. */
interface Timing {
  tableMs: number;
  drawnMs: number;
  frameMs: number;
}

/**
 * Runs `action` (a string evaluated in the page that starts the interaction) between marks
 * `focal-start` and `focal-end`, waiting for the map's next fill drawn (and the table, if asked)
 * then one animation frame.
 */
async function timed(page: Page, action: string, waitTable: boolean): Promise<Timing> {
  // A string, not a function: tsx would wrap inner arrow functions in a `__name` helper the page lacks.
  return page.evaluate(`(async () => {
    const f = window.__focal;
    const fills = f.fillsDrawn ?? 0;
    const tables = f.rankingDrawn ?? 0;
    performance.mark('focal-start');
    const t0 = performance.now();
    ${action};
    let tableAt = NaN, drawnAt = NaN;
    await new Promise((resolve, reject) => {
      const give = setTimeout(() => reject(new Error('no map drawn within 60 s')), 60000);
      const poll = () => {
        if (Number.isNaN(tableAt) && (f.rankingDrawn ?? 0) > tables) tableAt = performance.now();
        if (Number.isNaN(drawnAt) && (f.fillsDrawn ?? 0) > fills) drawnAt = performance.now();
        if (!Number.isNaN(drawnAt) && (!${waitTable} || f.rankingDrawn === undefined || !Number.isNaN(tableAt))) { clearTimeout(give); resolve(undefined); }
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const frameAt = performance.now();
    performance.mark('focal-end');
    return { tableMs: tableAt - t0, drawnMs: drawnAt - t0, frameMs: frameAt - t0 };
  })()`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function traced(browser: Browser, page: Page, run: () => Promise<Timing>, label: string): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  let t: Timing;
  try {
    t = await run();
  } finally {
    const buf = await browser.stopTracing();
    const trace = JSON.parse(buf.toString('utf8'));
    if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}.${label}.json`, buf);
    console.log(`\n== trace: ${label}`);
    for (const line of traceSummaryLines(summariseTrace(trace, 'focal-start', 'focal-end'))) console.log(line);
  }
  console.log(`(traced run: table ${t.tableMs.toFixed(0)} ms, drawn ${t.drawnMs.toFixed(0)} ms, frame ${t.frameMs.toFixed(0)} ms; tracing slows it)`);
}

function report(label: string, ts: Timing[]): void {
  const f = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  console.log(`${label}: map drawn ${f(ts.map((t) => t.drawnMs))}; frame after ${f(ts.map((t) => t.frameMs))}`);
  if (ts.some((t) => !Number.isNaN(t.tableMs))) console.log(`${label}: table drawn ${f(ts.map((t) => t.tableMs))}`);
}

async function main(): Promise<void> {
  const what = process.argv[2] ?? 'all';
  if (what.endsWith('.json')) {
    // A trace kept with TRACE_OUT, summarised again.
    for (const line of traceSummaryLines(summariseTrace(JSON.parse(readFileSync(what, 'utf8')), 'focal-start', 'focal-end'))) console.log(line);
    return;
  }
  const rounds = Number(process.argv[3] ?? 6);
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const { page, errors } = await watchedPage(browser, origin);
    await page.goto(origin + '/');
    await waitForMap(page);
    await waitForDb(page);
    // The service worker's first precache (hashing ~41 MB) would compete for the CPU.
    await page.evaluate(() => window.__focal?.offlineReady?.catch(() => undefined));
    console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

    if (what === 'all' || what === 'indicator') {
      const ids = await page.getByTestId('indicator-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      // Three-country indicators keep the camera still (a one-country one flies to its country).
      const switchTo = (id: string) =>
        timed(page, `{ const s = document.querySelector('[data-testid="indicator-select"]'); s.value = ${JSON.stringify(id)}; s.dispatchEvent(new Event('change', { bubbles: true })); }`, false);
      const picks = ids.slice(0, rounds + 1);
      const ts: Timing[] = [];
      // First pass warms up each indicator's query; the second is what a planner going back sees.
      for (const id of picks) ts.push(await switchTo(id));
      report('indicator switch (first time each)', ts);
      const again: Timing[] = [];
      for (const id of picks) again.push(await switchTo(id));
      report('indicator switch (again)', again);
      await traced(browser, page, () => switchTo(ids[rounds + 2] ?? ids[1]), 'indicator switch (first time)');
      await traced(browser, page, () => switchTo(ids[0]), 'indicator switch (again)');
    }

    if (what === 'all' || what === 'weight') {
      await afterMapChange(page, { fill: true }, () => page.getByTestId('tab-index').click());
      await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
      const setWeight = (v: number) =>
        timed(
          page,
          `{ const s = document.querySelector('[data-testid="weight-migration"]'); s.value = '${v}'; s.dispatchEvent(new Event('input', { bubbles: true })); }`,
          true,
        );
      const ts: Timing[] = [];
      for (let i = 0; i < rounds; i++) ts.push(await setWeight(i % 2 ? 50 : 30 + i));
      report('weight change', ts);
      await traced(browser, page, () => setWeight(42), 'weight change');
    }
    if (what === 'all' || what === 'filter') {
      await afterMapChange(page, { fill: true }, () => page.getByTestId('tab-investments').click());
      await page.getByTestId('coverage-balance').waitFor({ timeout: 120_000 });
      const years = await page.getByTestId('coverage-year-from').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const setYear = (y: string) =>
        timed(page, `{ const s = document.querySelector('[data-testid="coverage-year-from"]'); s.value = ${JSON.stringify(y)}; s.dispatchEvent(new Event('change', { bubbles: true })); }`, false);
      // Years that change the rows kept (the first option is "all years").
      const picks = years.filter((y) => y !== '').filter((_, i) => i % 3 === 0).slice(0, rounds);
      const ts: Timing[] = [];
      for (const y of picks) ts.push(await setYear(y));
      report('year filter change', ts);
      await traced(browser, page, () => setYear(''), 'year filter change');
    }
    if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

await main();
