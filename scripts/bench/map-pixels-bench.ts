/**
 * The map, timed from pixels on screen, against the bare page (scripts/bench/bare/): both loaded
 * cold (a new browser context each), interleaved app, bare, app, bare…, their compositor frames
 * recorded (screen-frames.ts) and read (pixel-timing.ts).
 * - first coloured map: navigation start → first frame showing the settled map, for both pages.
 * - in the app, once loaded: indicator switch, year change (one year back on a yearly indicator,
 *   a recolour from the columns in memory), weight change, a filter of the investments map and
 *   a Hotspots run (999 permutations), each input → first frame showing the new colours; in the bare
 *   page: a recolouring of all 682 polygons (input → first frame with the new colours).
 * The app's own signals (window.__focal) only say when to take the settled picture; no time is
 * read from them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitForMap, waitForDb, mapSettled } from '../../tests/e2e/browser.ts';
import { ScreenRecorder, type ScreenFrame } from './screen-frames.ts';
import { firstMapFromFrames, changeFromFrames, stillFrame, type CssRect } from './pixel-timing.ts';

/** The app's interactions measured after its first map. */
export const INTERACTIONS = ['indicator switch', 'year change', 'weight change', 'filter change', 'hotspots run'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

export interface AppRun {
  firstMapMs: number | null;
  /** The app's own mark (window.__focal.firstMapMs), for comparison with the pixels. */
  markMs: number;
  dbReadyMs: number;
  interactions: Partial<Record<Interaction, number | null>>;
  /**
   * The Hotspots run's compute as the page reports it (window.__focal.hotspotRun: the worker's
   * weights and hotspots() times), when the app exposes it.
   */
  hotspotComputeMs?: number;
  page: Page;
}

export interface BareRun {
  firstMapMs: number | null;
  recolourMs: (number | null)[];
}

const VIEWPORT = { width: 1400, height: 900 };
const SETTLE_TIMEOUT = 180_000;

/**
 * A 2-pixel square in the page's corner whose opacity a CSS animation changes every frame: the
 * compositor runs it without the main thread, so frames keep coming (and the screencast keeps
 * capturing) while the page is busy, and the frame that first shows the map is not skipped for
 * want of a change on screen. The same in both pages; outside every map area.
 */
const TICKER = `(() => {
  const add = () => {
    if (document.getElementById('bench-ticker')) return;
    const s = document.createElement('style');
    s.textContent = '@keyframes bench-ticker { from { opacity: 1 } to { opacity: 0.1 } }';
    const d = document.createElement('div');
    d.id = 'bench-ticker';
    d.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px;background:#f0f;pointer-events:none;z-index:2147483647;animation:bench-ticker 1s linear infinite alternate';
    document.documentElement.append(s, d);
  };
  if (document.documentElement) add();
  else document.addEventListener('readystatechange', add, { once: true });
})()`;

/** Records the time of the next input event (input, change or click) as `window.__benchInput`, ms since the epoch. */
const ARM_INPUT = `(() => {
  window.__benchInput = null;
  if (window.__benchArmed) return;
  window.__benchArmed = true;
  const note = (e) => { if (window.__benchInput === null) window.__benchInput = performance.timeOrigin + e.timeStamp; };
  for (const type of ['input', 'change', 'click']) document.addEventListener(type, note, { capture: true });
})()`;

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; recorder: ScreenRecorder }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(TICKER);
  const page = await context.newPage();
  return { context, page, recorder: new ScreenRecorder() };
}

/** The epoch time in the page now (its clock, the frames' clock). */
const pageNow = (page: Page): Promise<number> => page.evaluate('performance.timeOrigin + performance.now()') as Promise<number>;

/** The map canvas of the page, in CSS pixels. */
async function mapRect(page: Page): Promise<CssRect> {
  const box = await page.locator('canvas.maplibregl-canvas').first().boundingBox();
  if (!box) throw new Error('no map canvas');
  return box;
}

/**
 * Measures one change: `action` is the input, `settled` waits for the page to say the map shows its
 * result. The map's rectangle is read now: it differs between the app's views (the index view puts
 * the ranking table under the map).
 */
async function timeChange(page: Page, recorder: ScreenRecorder, action: () => Promise<unknown>, settled: () => Promise<unknown>): Promise<number | null> {
  const rect = await mapRect(page);
  await recorder.start(page);
  try {
    const before = await stillFrame(recorder.frames, await pageNow(page), rect);
    await page.evaluate(ARM_INPUT);
    await action();
    await settled();
    const after = await stillFrame(recorder.frames, await pageNow(page), rect);
    const input = (await page.evaluate('window.__benchInput')) as number | null;
    if (input === null) throw new Error('the action sent no input event');
    const out = changeFromFrames(recorder.frames, input, before, after, rect);
    if (process.env.BENCH_DEBUG) {
      const { writeFileSync } = await import('node:fs');
      const tag = `${Date.now()}`;
      writeFileSync(`/tmp/bench-${tag}-before.png`, Buffer.from(before.png, 'base64'));
      writeFileSync(`/tmp/bench-${tag}-after.png`, Buffer.from(after.png, 'base64'));
      console.error(`change ${tag}: ${out.points} points, ${out.ms} ms, ${recorder.frames.length} frames, input ${input - before.t} ms after the before frame, after frame ${after.t - input} ms after input`);
      // BENCH_DEBUG=frames: every frame recorded after the input too, named by its time after the input.
      if (process.env.BENCH_DEBUG === 'frames') {
        for (const f of recorder.frames) if (f.t >= input) writeFileSync(`/tmp/bench-${tag}-${String(Math.round(f.t - input)).padStart(5, '0')}.png`, Buffer.from(f.png, 'base64'));
      }
    }
    return out.ms;
  } finally {
    await recorder.stop();
    recorder.clear();
  }
}

/** Fill layers drawn so far (window.__focal.fillsDrawn). */
const fills = (page: Page): Promise<number> => page.evaluate('window.__focal.fillsDrawn ?? 0') as Promise<number>;

/** Waits for a new colouring to be drawn (fillsDrawn past `n`), then for the map to settle. */
async function drawnAfter(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => (window.__focal?.fillsDrawn ?? 0) > k, n, { timeout: SETTLE_TIMEOUT });
  await mapSettled(page, SETTLE_TIMEOUT);
}

/** Runs `action` and waits for the colouring it causes (a tab change that maps something else). */
async function untimed(page: Page, action: () => Promise<unknown>): Promise<void> {
  const n = await fills(page);
  await action();
  await drawnAfter(page, n);
}

/** How {@link appRun} measures the interactions: which ones, and a wrapper around each (a trace). */
export interface InteractOptions {
  /** The interactions to measure (default all); the others are skipped (a tab change still happens). */
  only?: readonly Interaction[];
  /** Called around each measured interaction: `measure` runs it and gives its time. */
  around?: (name: Interaction, page: Page, measure: () => Promise<number | null>) => Promise<number | null>;
}

/**
 * One cold load of the app: first map from pixels, DuckDB ready, `between` (memory), then (when
 * `interact`) the interactions. The page is left open for the caller, which closes it (`close`).
 */
export async function appRun(browser: Browser, origin: string, interact: boolean | InteractOptions, between?: (page: Page) => Promise<void>): Promise<{ run: AppRun; rect: CssRect; close: () => Promise<void> }> {
  const opts: InteractOptions = typeof interact === 'object' ? interact : {};
  const wanted = (name: Interaction) => !opts.only || opts.only.includes(name);
  const { context, page, recorder } = await newPage(browser);
  try {
    await recorder.start(page);
    await page.goto(origin + '/');
    await waitForMap(page, SETTLE_TIMEOUT);
    await mapSettled(page, SETTLE_TIMEOUT);
    const rect = await mapRect(page);
    const settled = await stillFrame(recorder.frames, await pageNow(page), rect);
    await recorder.stop();
    const start = (await page.evaluate('performance.timeOrigin')) as number;
    const first = firstMapFromFrames(recorder.frames, start, settled, rect);
    recorder.clear();
    await waitForDb(page);
    const marks = (await page.evaluate('({ m: window.__focal.firstMapMs, d: window.__focal.dbReadyMs })')) as { m: number; d: number };
    const run: AppRun = { firstMapMs: first.ms, markMs: marks.m, dbReadyMs: marks.d, interactions: {}, page };
    if (between) await between(page);
    if (interact) {
      const change = async (name: Interaction, action: () => Promise<unknown>, done?: () => Promise<unknown>) => {
        await mapSettled(page, SETTLE_TIMEOUT);
        const n = await fills(page);
        const measure = () => timeChange(page, recorder, action, done ?? (() => drawnAfter(page, n)));
        run.interactions[name] = opts.around ? await opts.around(name, page, measure) : await measure();
      };
      // Indicators of all three countries at municipio level: no camera move, only colours.
      const indicator = () => page.getByTestId('indicator-select').selectOption('climate_fragility_score');
      if (wanted('indicator switch')) await change('indicator switch', indicator);
      else await untimed(page, indicator);
      // A yearly indicator (El Salvador's emigrants by year of departure; the map frames El Salvador),
      // then the slider one year back by keyboard: the same recolour path as an indicator switch.
      await untimed(page, () => page.getByTestId('indicator-select').selectOption('sv_emigrants_departed_per_1000'));
      await page.waitForFunction(() => !(document.querySelector('[data-testid="year-slider"]') as HTMLInputElement | null)?.disabled, undefined, { timeout: SETTLE_TIMEOUT });
      await page.getByTestId('year-slider').focus();
      const year = () => page.keyboard.press('ArrowLeft');
      if (wanted('year change')) await change('year change', year);
      else await untimed(page, year);
      await untimed(page, () => page.getByTestId('tab-index').click());
      const weight = () => page.getByTestId('weight-migration').fill('0');
      if (wanted('weight change')) await change('weight change', weight);
      else await untimed(page, weight);
      await untimed(page, () => page.getByTestId('tab-investments').click());
      await page.getByTestId('coverage-donor').waitFor({ timeout: SETTLE_TIMEOUT });
      await mapSettled(page, SETTLE_TIMEOUT);
      const donor = () => page.getByTestId('coverage-donor').selectOption('USAID');
      if (wanted('filter change')) await change('filter change', donor);
      else await untimed(page, donor);
      if (!wanted('hotspots run')) return { run, rect, close: () => context.close() };
      await page.getByTestId('tab-hotspots').click();
      await page.getByTestId('hotspot-panel').waitFor({ timeout: SETTLE_TIMEOUT });
      await page.waitForFunction(() => !(document.querySelector('[data-testid="hotspot-run"]') as HTMLButtonElement | null)?.disabled, undefined, { timeout: SETTLE_TIMEOUT });
      await page.getByTestId('hotspot-permutations').selectOption('999');
      await change('hotspots run', () => page.getByTestId('hotspot-run').click());
      const reported = (await page.evaluate('window.__focal.hotspotRun ?? null')) as { weightsMs: number; statsMs: number } | null;
      if (reported) run.hotspotComputeMs = reported.weightsMs + reported.statsMs;
    }
    return { run, rect, close: () => context.close() };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** One cold load of the bare page at the app's map size, then `recolours` recolourings, then `after` (memory). */
export async function bareRun(browser: Browser, origin: string, size: CssRect, recolours: number, after?: (page: Page) => Promise<void>): Promise<BareRun> {
  const { context, page, recorder } = await newPage(browser);
  try {
    await recorder.start(page);
    await page.goto(`${origin}/bench-bare/?w=${Math.round(size.width)}&h=${Math.round(size.height)}`);
    await page.evaluate('window.__bare.ready');
    await page.evaluate('window.__bare.settled()');
    const rect = await mapRect(page);
    const settled: ScreenFrame = await stillFrame(recorder.frames, await pageNow(page), rect);
    await recorder.stop();
    const start = (await page.evaluate('performance.timeOrigin')) as number;
    const first = firstMapFromFrames(recorder.frames, start, settled, rect);
    recorder.clear();
    const recolourMs: (number | null)[] = [];
    for (let k = 0; k < recolours; k++) {
      recolourMs.push(
        await timeChange(page, recorder, () => page.locator('#palette').selectOption(String((k % 2) + 1)), () => page.evaluate('window.__bare.settled()')),
      );
    }
    if (after) await after(page);
    return { firstMapMs: first.ms, recolourMs };
  } finally {
    await context.close();
  }
}
