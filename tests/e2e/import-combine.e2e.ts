/**
 * El Salvador's 262 pre-2024 municipios by name (tests/fixtures/join-real), in Chromium: the join
 * report asks how the distritos are combined into the 44 municipios of 2024, with the unweighted
 * mean guessed for a poverty rate and no population-weighted mean offered (and why); applied, the
 * legend says how the values were combined. A count is summed by the first guess, and counts below
 * zero are warned with their rows. Reopened (a reload), the stored import's rule is changed to the
 * sum in its report: the legend says the rule and that it was changed after the import, also
 * after another reload.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp, waitForDb, waitForMap, type AppSession } from './browser.ts';

const FIXTURE = 'tests/fixtures/join-real/slv-262-pre2024-names-poverty.csv';
const SHOTS = '/tmp/shots-silent';
const SHOTS_FILES = '/tmp/shots-files';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

test('pre-2024 Salvadoran municipios: the report asks how to combine them, the legend says how', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await waitForDb(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();

  const combine = page.getByTestId('join-combine');
  await combine.waitFor();
  assert.match(await combine.innerText(), /251 rows are pre-2024 municipios \(distritos\) of El Salvador; they land on 44 municipios of 2024\./);
  const rules = page.getByTestId('join-combine-rule');
  assert.equal(await rules.count(), 2);
  assert.equal(await rules.first().inputValue(), 'mean');
  assert.match(await page.getByTestId('join-combine-no-weights').innerText(), /not offered: focal has no population for the 262 pre-2024 municipios/);
  assert.equal(await rules.first().locator('option[value="weighted-mean"]').count(), 0);
  await combine.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/report-combine.png` });

  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
  await page.getByTestId('tab-indicator').click();
  if ((await page.getByTestId('indicator-select').inputValue()) !== 'user_moderate_poverty_fh_pct') {
    await page.getByTestId('indicator-select').selectOption('user_moderate_poverty_fh_pct');
  }
  const note = page.getByTestId('legend-combined');
  await note.waitFor({ timeout: 120_000 });
  assert.equal(await note.innerText(), 'El Salvador: 251 pre-2024 municipios combined into 44 by their unweighted mean.');
  await page.screenshot({ path: `${SHOTS}/legend-combined.png` });
});

test('reopened, the stored import’s rule is changed to the sum: recorded, and shown in the legend after a reload', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  const ID = 'user_moderate_poverty_fh_pct';
  const legendAfterReload = async () => {
    await page.reload();
    await waitForMap(page);
    await waitForDb(page);
    await page.getByTestId('tab-indicator').click();
    await page.locator(`[data-testid="indicator-select"] option[value="${ID}"]`).waitFor({ state: 'attached', timeout: 120_000 });
    if ((await page.getByTestId('indicator-select').inputValue()) !== ID) await page.getByTestId('indicator-select').selectOption(ID);
  };
  await legendAfterReload();
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-open-report').first().click();
  await page.getByTestId('join-report').waitFor();
  const rules = page.getByTestId('join-combine-rule');
  assert.equal(await rules.first().inputValue(), 'mean');
  await rules.first().selectOption('sum');
  await page.getByTestId('join-combine').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS_FILES}/report-combine-reopened.png` });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 120_000 });
  const day = new Date().toISOString().slice(0, 10);
  for (const pass of ['applied', 'reloaded']) {
    if (pass === 'reloaded') await legendAfterReload();
    else {
      await page.getByTestId('tab-indicator').click();
      if ((await page.getByTestId('indicator-select').inputValue()) !== ID) await page.getByTestId('indicator-select').selectOption(ID);
    }
    const note = page.getByTestId('legend-combined');
    await note.waitFor({ timeout: 120_000 });
    assert.equal(await note.innerText(), 'El Salvador: 194 pre-2024 municipios combined into 36 by their sum.', pass);
    assert.equal(await page.getByTestId('legend-combine-changed').innerText(), `Changed after the import on ${day} (it was the unweighted mean).`, pass);
  }
  await page.screenshot({ path: `${SHOTS_FILES}/legend-combine-changed.png` });
  // The report opened again shows the rule and its record.
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-open-report').first().click();
  await page.getByTestId('join-report').waitFor();
  assert.equal(await page.getByTestId('join-combine-rule').first().inputValue(), 'sum');
  assert.match(await page.getByTestId('join-combine-changed').first().innerText(), /Changed after the import on \d{4}-\d{2}-\d{2} \(it was the unweighted mean\)\./);
  await page.keyboard.press('Escape');
  await page.getByTestId('join-report').waitFor({ state: 'hidden' });
  assert.deepEqual(s.w.errors, []);
});

test('a count of pre-2024 municipios: summed by the first guess, negative values warned with their rows', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  const dir = mkdtempSync(join(tmpdir(), 'focal-combine-e2e-'));
  const file = join(dir, 'poblacion-distritos.csv');
  writeFileSync(file, 'municipio,departamento,poblacion\nAhuachapán,Ahuachapán,-120\nApaneca,Ahuachapán,8000\nAtiquizaya,Ahuachapán,33000\nNueva Concepción,Chalatenango,-5\n');
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  assert.equal(await page.getByTestId('join-combine-rule').first().inputValue(), 'sum');
  const warn = page.getByTestId('join-negative');
  assert.equal(await warn.count(), 1);
  assert.match(await warn.innerText(), /“poblacion” holds a count or an amount, but 2 values are below zero \(rows 2, 5\)/);
  await page.screenshot({ path: `${SHOTS}/report-negative-sum.png` });
});
