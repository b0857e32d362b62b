/**
 * End-to-end: the skew treatments in the builder. The method select offers COINr's log_CT_plus
 * variants; an indicator's own treatment, chosen in the indicator list, changes the ranking, is
 * written into the exported spec, and "as the index" takes it back. No request leaves the origin,
 * no console errors.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { openApp, closeApp, tableSettled, type Watched } from './browser.ts';

let server: PreviewServer;
let browser: Browser;
let w: Watched;

before(async () => {
  ({ server, browser, w } = await openApp());
});

after(() => closeApp(browser, server));

/** The ranking table's first rows (once it shows the current index): unit id and score. */
async function topRows(k = 30): Promise<string> {
  await tableSettled(w.page);
  const rows = w.page.getByTestId('ranking-table').locator('tbody tr');
  const list = await rows.evaluateAll(
    (trs, k) => trs.slice(0, k).map((tr) => `${tr.getAttribute('data-unit')} ${tr.querySelector('td.score')?.textContent?.trim()}`),
    k,
  );
  return list.join('|');
}

/** Waits until the ranking differs from `was` (the builder recomputes on change). */
async function rankingChangedFrom(was: string): Promise<string> {
  await w.page.waitForFunction(
    (was) => {
      const trs = Array.from(document.querySelectorAll('[data-testid="ranking-table"] tbody tr')).slice(0, 30);
      return trs.map((tr) => `${tr.getAttribute('data-unit')} ${tr.querySelector('td.score')?.textContent?.trim()}`).join('|') !== was;
    },
    was,
    { timeout: 20_000 },
  );
  return topRows();
}

test('the treatment select offers the log_CT_plus variants', async () => {
  await w.page.getByTestId('tab-index').click();
  await w.page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 20_000 });
  const options = await w.page.getByTestId('method-treatment').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.deepEqual(options, ['coinr', 'coinr_plus', 'log', 'log_plus', 'none']);
  assert.match(await w.page.getByTestId('method-treatment').locator('option[value="coinr_plus"]').innerText(), /log_CT_plus/);
});

test('an indicator’s own treatment changes the ranking, goes into the exported spec, and comes back off', async () => {
  const start = await topRows();
  const select = w.page.getByTestId('indicator-treatment-violence_score');
  // The indicator list is grouped by pillar in closed <details>: open violence's.
  await select.evaluate((el) => ((el.closest('details') as HTMLDetailsElement).open = true));
  assert.equal(await select.inputValue(), '');
  assert.match(await select.locator('option[value=""]').innerText(), /As the index: COINr rule/);
  await select.selectOption('log_plus');
  const changed = await rankingChangedFrom(start);
  assert.notEqual(changed, start);

  const download = w.page.waitForEvent('download');
  await w.page.getByTestId('export-spec').click();
  const spec = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { indicators: { id: string; treatment?: { method: string } }[] };
  assert.deepEqual(spec.indicators.find((i) => i.id === 'violence_score')!.treatment, { method: 'log_plus' });
  assert.equal(spec.indicators.filter((i) => i.treatment).length, 1);

  await select.evaluate((el) => ((el.closest('details') as HTMLDetailsElement).open = true));
  await select.selectOption('');
  assert.equal(await rankingChangedFrom(changed), start);
  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});
