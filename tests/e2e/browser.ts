/**
 * Shared set-up for end-to-end tests and the benchmark: serve the production build (dist/) with
 * Vite's preview server on a free loopback port, and drive Debian's Chromium with playwright-core.
 * Nothing here downloads a browser.
 */
import type { Server as HttpServer } from 'node:http';
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
// The page's `window.__focal` hooks, typed for every e2e file (the declaration merges into Window).
import type {} from '../../src/lib/state/focal-hooks.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags: SwiftShader WebGL (docs/STACK.md) and no background traffic from the browser itself. */
const ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Serves the production build: `dist/`, or the folder named by `FOCAL_DIST` (to test a private
 * build while another build runs).
 */
export async function startServer(): Promise<{ server: PreviewServer; origin: string }> {
  const outDir = process.env.FOCAL_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/ is missing: run \`npm run build\` first.`);
  const server = await preview({ logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server gave no local URL');
  return { server, origin: new URL(url).origin };
}

/** Starts Chromium with the flags above, and `extraArgs` after them (e.g. to turn WebGL off). */
export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  /** Requests to any origin other than the app's own (data: and blob: are local). */
  offOrigin: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** A fresh page that records every off-origin request and every console error (`locale`: the browser's language, e.g. `es-HN`). */
export async function watchedPage(browser: Browser, origin: string, viewport = { width: 1400, height: 900 }, locale?: string): Promise<Watched> {
  const context = await browser.newContext({ viewport, ...(locale ? { locale } : {}) });
  // Every Content-Security-Policy violation is a console error, so each test that checks the
  // console also checks that the policy (scripts/security-headers.ts) lets the app work.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  const page = await context.newPage();
  // Playwright's 30 s default for clicks and waits: a loaded machine (start-up work after the
  // first map, shader compiles in SwiftShader) has gone past it. A bound stops a hang; it does
  // not measure speed (the bench does).
  page.setDefaultTimeout(120_000);
  const offOrigin: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { page, offOrigin, errors };
}

/** Waits for the app's first coloured map (window.__focal.ready). */
export async function waitForMap(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __focal?: unknown }).__focal !== undefined, undefined, { timeout });
  await page.evaluate(() => (window as unknown as { __focal: { ready: Promise<void> } }).__focal.ready);
}

export async function waitForDb(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __focal: { dbReady: Promise<void> } }).__focal.dbReady);
}

/** The map's counters (window.__focal.fillsDrawn and mapMoves): colourings drawn, camera moves ended. */
export async function mapCounters(page: Page): Promise<{ fills: number; moves: number }> {
  return page.evaluate(() => {
    const f = (window as unknown as { __focal: { fillsDrawn?: number; mapMoves?: number } }).__focal;
    return { fills: f.fillsDrawn ?? 0, moves: f.mapMoves ?? 0 };
  });
}

/** Waits until the camera has stopped and a frame drawn after everything set so far is on screen. */
export async function mapSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __focal?: { mapSettled?: unknown } }).__focal?.mapSettled !== undefined, undefined, { timeout });
  await page.evaluate(() => (window as unknown as { __focal: { mapSettled: () => Promise<void> } }).__focal.mapSettled());
}

/**
 * Runs `action` (a click, a choice) and waits for the map to show its result: a new colouring drawn
 * (`fill`), a camera move ended (`move`), or both; then for the map to settle. The counters are
 * read before the action, so a change that lands before the wait starts is not missed.
 */
export async function afterMapChange(page: Page, wait: { fill?: boolean; move?: boolean }, action: () => Promise<unknown>, timeout = 120_000): Promise<void> {
  const before = await mapCounters(page);
  await action();
  await page.waitForFunction(
    ({ b, wait }) => {
      const f = (window as unknown as { __focal: { fillsDrawn?: number; mapMoves?: number } }).__focal;
      return (!wait.fill || (f.fillsDrawn ?? 0) > b.fills) && (!wait.move || (f.mapMoves ?? 0) > b.moves);
    },
    { b: before, wait },
    { timeout },
  );
  await mapSettled(page);
}

/**
 * Waits until the address holds the view (window.__focal.linkPending false): the opening link has
 * been applied after the stored workspace came back, and no write of the address is scheduled.
 */
export async function viewLinkSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __focal?: { linkPending?: () => boolean } }).__focal?.linkPending?.() === false, undefined, { timeout });
}

/**
 * Waits until the ranking table shows the index the session holds (window.__focal.tablePending
 * false): the table follows the map a frame later, so a test reads it after a change through this.
 */
export async function tableSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __focal?: { tablePending?: () => boolean } }).__focal?.tablePending?.() === false, undefined, { timeout });
}

/**
 * Waits until the page has stopped changing: `frames` animation frames in a row without a change
 * of the document (a MutationObserver over the whole body). For a view that fills in parts (rows
 * placed, a chart drawn) before a test walks it; the signal is the page's own quiet, not a time.
 */
export async function domQuiet(page: Page, frames = 10, timeout = 60_000): Promise<void> {
  // A string, not a function: tsx would wrap the inner arrow functions in a `__name` helper the page lacks.
  await page.evaluate(`new Promise((resolve, reject) => {
    let quiet = 0;
    const seen = new MutationObserver(() => { quiet = 0; });
    seen.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const give = setTimeout(() => { seen.disconnect(); reject(new Error('the page kept changing for ${timeout} ms')); }, ${timeout});
    const tick = () => {
      if (++quiet >= ${frames}) { seen.disconnect(); clearTimeout(give); resolve(undefined); }
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * Turns the map's names off (the labels toggle) and waits for the map to settle without them: for
 * a test that reads the fill's pixels where a name could be. The names never show after this,
 * even if they had not loaded yet (a link made afterwards keeps them off).
 */
export async function hideLabels(page: Page): Promise<void> {
  await page.getByTestId('labels-toggle').uncheck();
  await mapSettled(page);
}

/** A screenshot of the map once it has settled (see {@link mapSettled}). */
export async function mapScreenshot(page: Page): Promise<Buffer> {
  await mapSettled(page);
  return page.getByTestId('map').screenshot();
}

/**
 * After choosing a Guatemala-only indicator (which frames Guatemala), waits for that framing, then
 * goes back to the whole region, so that two map pictures compare like with like.
 */
export async function backToRegionAfterGuatemala(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const v = (window as unknown as { __focal: { mapView?: () => number[] | null } }).__focal.mapView?.();
    return !!v && v[2] < -87;
  });
  await page.getByTestId('zoom-all').click();
  await page.waitForFunction(() => {
    const v = (window as unknown as { __focal: { mapView?: () => number[] | null } }).__focal.mapView?.();
    return !!v && v[2] > -84;
  });
  await mapSettled(page);
}

/** One e2e file's session: the preview server, Chromium, and a watched page on the app with its map drawn. */
export interface AppSession {
  server: PreviewServer;
  origin: string;
  browser: Browser;
  w: Watched;
}

/** Opens the app as every e2e file starts; what was opened is closed again if a step fails. */
export async function openApp(): Promise<AppSession> {
  const { server, origin } = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await launch();
    const w = await watchedPage(browser, origin);
    await w.page.goto(origin + '/');
    await waitForMap(w.page);
    return { server, origin, browser, w };
  } catch (err) {
    await closeApp(browser, server);
    throw err;
  }
}

/** Closes what openApp opened (either may be missing when opening failed). */
export async function closeApp(browser: Browser | undefined, server: PreviewServer | undefined): Promise<void> {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
}

/** Stops a preview server for good, dropping Chromium's keep-alive connections (else close() waits for them). */
export async function stopServer(server: PreviewServer): Promise<void> {
  (server.httpServer as HttpServer).closeAllConnections();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
