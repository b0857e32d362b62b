/**
 * A multi-country project-location table (tests/fixtures/investments-real: GT/HN/SV, AidData
 * precision codes, each project's commitment in US$ millions repeated on its locations) dropped
 * into the app in Chromium and applied with the FIRST guesses (nothing changed: "Match" then
 * "Apply"): the dialog guesses the points, precision, country column, project id, millions and the
 * split, and states the rule; the report gives the money in and where it goes by precision; the
 * Investments view's balance grows by exactly the file's money, placed by precision — the same
 * figures as `focal coverage` on the same file (tests/data/import/investments-real.test.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, openApp, waitForDb, type AppSession } from './browser.ts';

const FIXTURE = 'tests/fixtures/investments-real/gt-hn-sv-project-locations-usd-millions.csv';
const SHOTS = '/tmp/shots-invest';
/** The file's money (README of the fixture; computed from the file, each project once). */
const MONEY_IN = 3_422_872_014.0;
const PLACED = 309_234_544.26;
const DEPARTMENT = 37_259_952.0;
const COUNTRY = 3_075_089_182.54;
const NOT_PLACED = 1_288_335.2;

let s: AppSession | undefined;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.011, `${what}: ${a} vs ${b}`);

test('a GT/HN/SV project-location table in millions: first guesses, money conserved and placed by precision', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await waitForDb(page);

  // The balance of the default data, before.
  await page.getByTestId('tab-investments').click();
  await page.getByTestId('coverage-balance').waitFor({ timeout: 120_000 });
  const balance = async () => {
    const rows = await page.getByTestId('balance-row').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key') ?? '', Number(tr.getAttribute('data-usd'))] as const));
    return { parts: new Map(rows), total: Number(await page.getByTestId('balance-total').getAttribute('data-usd')) };
  };
  const b0 = await balance();

  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-kind-investments').isChecked(), true);
  assert.equal(await page.getByTestId('mapping-key').count(), 0);
  assert.equal(await page.getByTestId('mapping-field-lon').inputValue(), 'longitude');
  assert.equal(await page.getByTestId('mapping-field-lat').inputValue(), 'latitude');
  assert.equal(await page.getByTestId('mapping-field-amount').inputValue(), 'total_commitments');
  assert.equal(await page.getByTestId('mapping-field-precision').inputValue(), 'precision_code');
  assert.equal(await page.getByTestId('mapping-field-activityId').inputValue(), 'project_id');
  assert.equal(await page.getByTestId('mapping-amount-unit').inputValue(), '1000000');
  assert.equal(await page.getByTestId('mapping-inv-country').inputValue(), 'col:country');
  assert.equal(await page.getByTestId('mapping-split').isChecked(), true);
  assert.match(await page.getByTestId('mapping-split-rule').innerText(), /^26 projects state one amount on each of their 237 location rows\. Rule: each such amount is counted once, split evenly/);
  assert.match(await page.getByTestId('mapping-precision-help').innerText(), /4–5 at department level/);
  await page.screenshot({ path: `${SHOTS}/mapping-first-guess.png`, fullPage: true });

  // The first guess as it is: one click to match, the report says where the money goes.
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('investment-preview').waitFor({ timeout: 120_000 });
  near(Number(await page.getByTestId('investment-money-in').getAttribute('data-usd')), MONEY_IN, 'money in');
  const group = async (g: string) => Number(await page.locator(`[data-testid="investment-group"][data-group="${g}"]`).getAttribute('data-usd'));
  near(await group('point'), PLACED, 'to the municipio under the point');
  near(await group('department'), DEPARTMENT, 'department level');
  near(await group('country'), COUNTRY, 'country level');
  near(await group('noPlace'), NOT_PLACED, 'not placed');
  assert.match(await page.getByTestId('investment-split').innerText(), /^26 project amounts repeated on 237 location rows were counted once and split evenly/);
  await page.screenshot({ path: `${SHOTS}/report-money.png`, fullPage: true });

  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 60_000 });

  // The Investments view: the balance grew by exactly the file's money, placed by precision.
  await page.getByTestId('tab-investments').click();
  await page.waitForFunction((t0) => Number(document.querySelector('[data-testid="balance-total"]')?.getAttribute('data-usd')) > t0 + 1, b0.total, { timeout: 120_000 });
  const b1 = await balance();
  const grew = (k: string) => (b1.parts.get(k) ?? 0) - (b0.parts.get(k) ?? 0);
  near(b1.total - b0.total, MONEY_IN, 'total');
  near(grew('located'), PLACED, 'placed in municipios');
  near(grew('department'), DEPARTMENT, 'department level');
  near(grew('nationwide'), COUNTRY, 'nationwide');
  near(grew('outside'), 0, 'outside every unit');
  near(grew('other'), NOT_PLACED, 'other unplaced');
  await page.getByTestId('coverage-balance').screenshot({ path: `${SHOTS}/balance-after.png` });
});

test('a list of more rows than the first guess samples: the split of repeated project amounts is guessed once its columns are read, and Match waits for it', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  // 2,000 projects on 3 locations each (6,000 rows, more than the 5,000 rows the first guess
  // looks at), each project's amount on all three of its rows: the guess is made after the dialog shows.
  const dir = mkdtempSync(join(tmpdir(), 'focal-invest-large-'));
  const file = join(dir, 'projects-6000-rows.csv');
  const lines = ['project_id,title,amount_usd,lon,lat'];
  let money = 0;
  for (let p = 0; p < 2000; p++) {
    money += 1000 + p;
    for (let k = 0; k < 3; k++) lines.push(`P-${p},Proyecto ${p},${1000 + p},${(-90.5 + 0.001 * k).toFixed(4)},${(14.6 + 0.001 * (p % 100)).toFixed(4)}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
  try {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('import-drop').waitFor();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('mapping-field-activityId').inputValue(), 'project_id');
    // Matched at once: the match waits for the guess (the money is each project's amount once).
    await page.getByTestId('mapping-match').click();
    await page.getByTestId('investment-preview').waitFor({ timeout: 120_000 });
    near(Number(await page.getByTestId('investment-money-in').getAttribute('data-usd')), money, 'money in, each project once');
    assert.match(await page.getByTestId('investment-split').innerText(), /^2,000 project amounts repeated on 6,000 location rows were counted once and split evenly/);
    await page.screenshot({ path: `${SHOTS}/large-list-report.png`, fullPage: true });
    // Read again and left in the dialog: the box is ticked once the guess arrives, and the rule stated.
    const dialog = page.getByTestId('mapping-dialog');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await dialog.waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('mapping-dialog').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => (document.querySelector('[data-testid="mapping-split"]') as HTMLInputElement | null)?.checked === true, undefined, { timeout: 60_000 });
    assert.match(await page.getByTestId('mapping-split-rule').innerText(), /^2,000 projects state one amount on each of their 6,000 location rows\. Rule:/);
    await page.screenshot({ path: `${SHOTS}/large-list-mapping.png`, fullPage: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
