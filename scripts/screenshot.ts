/**
 * `npm run screenshot`: the production build in headless Chromium, waits for the first coloured
 * map and for DuckDB, and writes docs/screenshot.png (the README's picture).
 */
import { startServer, launch, watchedPage, waitForMap, waitForDb } from '../tests/e2e/browser.ts';

const OUT = process.argv[2] ?? 'docs/screenshot.png';
const { server, origin } = await startServer();
const browser = await launch();
try {
  const { page } = await watchedPage(browser, origin, { width: 1400, height: 860 });
  await page.goto(origin + '/');
  await waitForMap(page);
  await waitForDb(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
