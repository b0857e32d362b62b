/**
 * End-to-end: a workspace that is never lost. Two tabs of one browser: a file imported in each
 * (the second tab sees the first tab's import at once, and its own import is added to it, not
 * written over it); after a reload both imports are there. "Open project" asks before replacing
 * imported data. A stored workspace of another version is kept aside, survives the next import
 * and downloads as it was. Persistent storage is asked for and the answer is shown.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { launch, startServer, stopServer, viewLinkSettled, waitForDb, waitForMap } from './browser.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const errors: string[] = [];
const dir = join(tmpdir(), `focal-tabs-${process.pid}`);
const SHOTS = '/tmp/shots-files';

/** A small indicator file keyed by the app's unit codes (GT0101 …): one value column `column`. */
function codesFile(name: string, column: string, base: number): string {
  const rows = ['GT0101', 'GT0102', 'GT0103', 'HN0101', 'HN0102', 'SV0101'].map((id, i) => `${id},${base + i}`);
  const path = join(dir, name);
  writeFileSync(path, `codigo,${column}\n${rows.join('\n')}\n`);
  return path;
}

async function open(page: Page): Promise<void> {
  page.setDefaultTimeout(120_000);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await waitForMap(page);
  await waitForDb(page);
  // The stored workspace is restored (and the link applied) just after the first map.
  await viewLinkSettled(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-imports').waitFor();
}

async function importFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('mapping-dialog').waitFor();
  assert.equal(await page.getByTestId('mapping-key').inputValue(), 'codigo');
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor();
}

async function importedFiles(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="workspace-import"]').length === n, count, { timeout: 60_000 });
  return page.getByTestId('workspace-import').locator('.name').allInnerTexts();
}

before(async () => {
  mkdirSync(dir, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  ({ server, origin } = await startServer());
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

test('an import in each of two tabs: both kept, in both tabs and after a reload', async () => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a);
  await open(b);
  assert.deepEqual(await importedFiles(a, 0), []);

  await importFile(a, codesFile('tab-a.csv', 'tasa_a', 10));
  // Tab B, open all along, shows tab A's import without a reload.
  assert.deepEqual(await importedFiles(b, 1), ['tab-a.csv']);
  await importFile(b, codesFile('tab-b.csv', 'tasa_b', 20));
  assert.deepEqual(await importedFiles(b, 2), ['tab-a.csv', 'tab-b.csv']);
  assert.deepEqual(await importedFiles(a, 2), ['tab-a.csv', 'tab-b.csv']);

  await a.reload();
  await open(a);
  assert.deepEqual(await importedFiles(a, 2), ['tab-a.csv', 'tab-b.csv']);
  await a.getByTestId('tab-indicator').click();
  const options = await a.getByTestId('indicator-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.ok(options.includes('user_tasa_a') && options.includes('user_tasa_b'), `indicators: ${options.filter((o) => o.startsWith('user_')).join(', ')}`);
  await a.getByTestId('tab-data').click();

  // The browser was asked to keep the data; the answer is shown.
  const persisted = a.getByTestId('storage-persisted');
  await persisted.waitFor();
  console.log(`persistent storage granted: ${await persisted.getAttribute('data-persisted')} — "${await persisted.innerText()}"`);

  // "Open project" asks first, and offers to save the current data.
  await a.getByTestId('project-open').click();
  const question = a.getByTestId('project-replace-question');
  await question.waitFor();
  assert.match(await question.innerText(), /replaces your data in this browser \(2 imported files/);
  await a.screenshot({ path: `${SHOTS}/open-project-question.png` });
  await a.getByTestId('project-open-cancel').click();
  await question.waitFor({ state: 'detached' });
  assert.deepEqual(await importedFiles(a, 2), ['tab-a.csv', 'tab-b.csv']);
  await b.close();
  assert.deepEqual(errors, []);
});

test('a stored workspace of another version is kept aside, survives the next import and downloads as it was', async () => {
  const page = await context.newPage();
  await open(page);
  // What a later focal might have stored: version 99.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(`focal-workspace:${new URL('./', document.baseURI).pathname}`, 1);
        req.onsuccess = () => {
          const tx = req.result.transaction('workspace', 'readwrite');
          tx.objectStore('workspace').put({ version: 99, imports: [], spec: null, future: 'field' }, 'current');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
  await open(page);
  const kept = page.getByTestId('workspace-kept');
  await kept.waitFor();
  assert.match(await kept.innerText(), /come from another version of focal: they were kept aside, not deleted/);
  await importFile(page, codesFile('after.csv', 'tasa_c', 30));
  await page.reload();
  await open(page);
  assert.deepEqual(await importedFiles(page, 1), ['after.csv']);
  await kept.waitFor();
  await page.screenshot({ path: `${SHOTS}/kept-aside.png` });
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-kept-download').click()]);
  const json = JSON.parse(readFileSync((await d.path())!, 'utf8'));
  assert.deepEqual(json.workspace, { version: 99, imports: [], spec: null, future: 'field' });
  assert.equal(json.reason, 'version');
  await page.getByTestId('workspace-kept-discard').click();
  await kept.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
});
