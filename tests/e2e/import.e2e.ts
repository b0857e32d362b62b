/**
 * "Your data" end to end, as a planner would do it in Chromium: drop a spreadsheet keyed by
 * misspelt names (Windows-1252, `;`, decimal comma), map it, fix the name the join only
 * suggests, add it; the indicator is in the picker, colours the map and is in the index builder;
 * a reload keeps the indicator, the accepted matches and the report; a confirmed reset removes
 * it. A bad file shows an English error and changes nothing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { closeApp, openApp, waitForDb, waitForMap, afterMapChange, viewLinkSettled, type AppSession } from './browser.ts';
import { colourStats } from './pixels.ts';

const FIXTURE = 'tests/fixtures/import/misspelt-names.csv';
const ID = 'user_tasa_remesas';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

/** Waits until the indicator picker does (or does not) list the imported indicator (the workspace is restored after the first map). */
async function waitForIndicator(present: boolean, timeout = 120_000): Promise<void> {
  await session().w.page.getByTestId('tab-indicator').click();
  await session()
    .w.page.waitForFunction(
      ({ id, present }) => Array.from(document.querySelectorAll('[data-testid="indicator-select"] option')).some((o) => (o as HTMLOptionElement).value === id) === present,
      { id: ID, present },
      { timeout },
    )
    .catch(() => {
      throw new Error(`the picker ${present ? 'lacks' : 'still lists'} ${ID} after ${timeout} ms`);
    });
}

const session = (): AppSession => {
  if (!s) throw new Error('the app did not open');
  return s;
};

async function indicatorOptions(): Promise<string[]> {
  const { page } = session().w;
  await page.getByTestId('tab-indicator').click();
  return page.getByTestId('indicator-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
}

test('a misspelt spreadsheet: abbreviations spelt out and matched, a misspelling fixed from the list, applied, kept over a reload, reset', async () => {
  const { w } = session();
  const page = w.page;
  await waitForDb(page);
  assert.ok(!(await indicatorOptions()).includes(ID), 'the indicator is there before the import');

  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);

  // Mapping: the first guess is the name key with its department, and one value column.
  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor({ timeout: 20_000 });
  assert.equal(await page.getByTestId('mapping-key').inputValue(), 'municipio');
  assert.equal(await page.getByTestId('mapping-by').inputValue(), 'name');
  assert.equal(await page.getByTestId('mapping-dept').inputValue(), 'departamento');
  assert.equal(await page.getByTestId('mapping-column').count(), 1);
  assert.match(await dialog.innerText(), /25 rows, 3 columns/);
  await page.screenshot({ path: '/tmp/focal/import-mapping.png' });

  // The report: 24 of 25 matched. The two abbreviated names ("S. J. Pinula", "Sta. Cruz Ojoa") are
  // spelt out and matched by the first pass (since 02ce43a); the misspelt "Lptrique" is left, with
  // the right unit as its first suggestion.
  await page.getByTestId('mapping-match').click();
  const report = page.getByTestId('join-report');
  await report.waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '24 of 25 rows matched a municipio');
  const unmatched = page.getByTestId('join-unmatched-row');
  assert.equal(await unmatched.count(), 1);
  const firsts = await unmatched.evaluateAll((rows) => rows.map((r) => r.querySelector('[data-testid="join-accept"]')?.textContent?.trim()));
  assert.deepEqual(
    firsts.map((t) => t?.replace(/ \d\.\d\d$/, '')),
    ['Accept: Lepaterique (Francisco Morazán)'],
  );
  await page.screenshot({ path: '/tmp/focal/import-report.png' });

  // The unit picked from the searchable list.
  await unmatched.first().getByRole('button', { name: 'Choose another municipio' }).click();
  await unmatched.first().getByTestId('join-search').fill('lepateri');
  await unmatched.first().getByRole('button', { name: /^Lepaterique \(Francisco Morazán, HN\)$/ }).click();
  assert.equal(await unmatched.count(), 0);
  assert.equal(await page.getByTestId('join-summary').innerText(), '25 of 25 rows matched a municipio');
  assert.equal(await page.getByTestId('join-count-accepted').locator('dd').innerText(), '1');

  // The report as CSV: one line per file row; the abbreviations matched to their units, the fix marked accepted.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('join-export-csv').click()]);
  assert.equal(download.suggestedFilename(), 'misspelt-names-matching-report.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFrow,key,department,status,unit_id'), csv.slice(0, 60));
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 26);
  const cells = (row: string) => lines.find((l) => l.startsWith(`${row},`))!.split(',');
  assert.deepEqual([cells('4')[1], cells('4')[4]], ['S. J. Pinula', 'GT0103']);
  assert.deepEqual([cells('23')[1], cells('23')[4]], ['Sta. Cruz Ojoa', 'HN0510']);
  const accepted = lines.filter((l) => l.split(',')[3] === 'accepted');
  assert.deepEqual(
    accepted.map((l) => l.split(',').slice(0, 5).join(',')),
    ['26,Lptrique,Francisco Morazán,accepted,HN0809'],
  );
  // And as Excel: the same lines, with the method and sources sheets.
  const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('join-export-xlsx').click()]);
  assert.equal(xlsx.suggestedFilename(), 'misspelt-names-matching-report.xlsx');
  const sheets = await readXlsxFile(readFileSync(await xlsx.path()));
  assert.deepEqual(sheets.map((s) => s.sheet), ['Data', 'Method', 'Sources']);
  assert.equal(sheets[0].data.length, 26);
  assert.deepEqual(sheets[0].data[25].slice(0, 5), [26, 'Lptrique', 'Francisco Morazán', 'accepted', 'HN0809']);

  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 20_000 });
  assert.match(await page.getByTestId('import-notice').innerText(), /misspelt-names\.csv was added/);
  assert.equal(await page.getByTestId('workspace-import').count(), 1);

  // The indicator is in the picker and colours the map (Guatemala and Honduras only).
  assert.ok((await indicatorOptions()).includes(ID), 'the new indicator is not in the picker');
  await afterMapChange(page, { fill: true }, () => page.getByTestId('indicator-select').selectOption(ID));
  const legend = await page.getByTestId('legend').innerText();
  assert.match(legend, /Tasa remesas/);
  const shot = colourStats(await page.getByTestId('map').screenshot());
  assert.ok(shot.coloured > 500, `the map is barely coloured (${shot.coloured} pixels)`);

  // ... and in the index builder's list of indicators.
  await page.getByTestId('tab-index').click();
  await page.getByTestId(`indicator-${ID}`).waitFor({ timeout: 20_000 });

  // A reload restores the indicator, the accepted matches and the report.
  await page.reload();
  await waitForMap(page);
  await waitForDb(page);
  await waitForIndicator(true);
  assert.ok((await indicatorOptions()).includes(ID), 'the indicator is gone after a reload');
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-imports').waitFor();
  assert.equal(await page.getByTestId('workspace-import').count(), 1);
  await page.getByTestId('workspace-open-report').click();
  await report.waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '25 of 25 rows matched a municipio');
  assert.equal(await page.getByTestId('join-count-accepted').locator('dd').innerText(), '1');
  assert.equal(await page.getByTestId('join-decisions').locator('li').count(), 1);
  await page.keyboard.press('Escape');
  await report.waitFor({ state: 'hidden' });

  // Reset asks first; then everything imported is gone, also after a reload.
  await page.getByTestId('workspace-reset').click();
  await page.getByTestId('workspace-reset-confirm').click();
  await page.getByTestId('workspace-import').waitFor({ state: 'detached', timeout: 20_000 });
  assert.ok(!(await indicatorOptions()).includes(ID), 'the indicator is still there after the reset');
  await page.reload();
  await waitForMap(page);
  await waitForDb(page);
  // The workspace is restored just after the first map: wait until it (and the link) has been applied.
  await viewLinkSettled(page);
  assert.ok(!(await indicatorOptions()).includes(ID), 'the indicator came back after the reset and a reload');
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-imports').waitFor();
  assert.equal(await page.getByTestId('workspace-import').count(), 0);

  assert.deepEqual(w.offOrigin, []);
  assert.deepEqual(w.errors, []);
});

test('a bad file: an English message, and the workspace is unchanged', async () => {
  const { w } = session();
  const page = w.page;
  await page.getByTestId('tab-data').click();
  await page.getByTestId('workspace-imports').waitFor();
  const before = await page.getByTestId('workspace-import').count();
  await page.getByTestId('import-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  const error = page.getByTestId('data-panel').getByTestId('error');
  await error.waitFor({ timeout: 20_000 });
  const text = await error.innerText();
  assert.match(text, /empty/i);
  assert.match(text, /empty\.csv/);
  assert.equal(await page.getByTestId('mapping-dialog').count(), 0);
  assert.equal(await page.getByTestId('workspace-import').count(), before);
  assert.ok(!(await indicatorOptions()).includes(ID));

  // NaN and Infinity in the value column (tests/fixtures/bad/): refused when added, naming the
  // cell; the dialog stays open on the report and nothing is added.
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-file').setInputFiles('tests/fixtures/bad/nan-infinity.csv');
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 20_000 });
  assert.equal(await page.getByTestId('mapping-column').count(), 1);
  // INE codes such as 0101 exist in Guatemala and Honduras: the planner says which country.
  await page.getByTestId('mapping-country').selectOption('GT');
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '3 of 3 rows matched a municipio');
  await page.getByTestId('import-apply').click();
  const refusal = page.getByTestId('join-report').locator('xpath=..').getByTestId('error');
  await refusal.waitFor({ timeout: 20_000 });
  const said = await refusal.innerText();
  assert.match(said, /NaN/);
  assert.match(said, /valor/);
  assert.match(said, /not a number/i);
  await page.keyboard.press('Escape');
  await page.getByTestId('join-report').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('workspace-import').count(), before);
  assert.ok(!(await indicatorOptions()).some((id) => id.startsWith('user_')), 'an indicator of the refused file was added');
  assert.deepEqual(w.offOrigin, []);
});
