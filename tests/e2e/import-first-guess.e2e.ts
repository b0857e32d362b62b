/**
 * The first guess and the report by cause, in Chromium, on Honduras's INE projections keyed by
 * 4-digit codes (tests/fixtures/join-real): the mapping dialog opens on the code column, the
 * department names and Honduras (inferred from "Atlántida" …). Matched with the country and the
 * department taken away, the codes are in several countries: the report says so in one group with
 * one button per country, lists the first 20 rows only, and "These codes are of Honduras" joins
 * all 298 rows; the summary never says every row matched while any is open. The first guess's
 * report, read by the app's own reader, is line for line the report of `npx focal join` given only
 * the file.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { closeApp, openApp, waitForDb, type AppSession } from './browser.ts';

const FIXTURE = 'tests/fixtures/join-real/hnd-ine-population-4digit-dept-names.csv';
const SHOTS = '/tmp/shots-guess';

let s: AppSession | undefined;
before(async () => {
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

test('a Honduran code list: first guess with the country, report grouped by cause, one click sets the country', async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await waitForDb(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);

  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-key').inputValue(), 'codigo');
  assert.equal(await page.getByTestId('mapping-by').inputValue(), 'code');
  assert.equal(await page.getByTestId('mapping-dept').inputValue(), 'departamento');
  assert.equal(await page.getByTestId('mapping-country').inputValue(), 'HN');
  await page.screenshot({ path: `${SHOTS}/mapping-first-guess.png` });

  // As the first guess is: every row found its municipio.
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '298 of 298 rows matched a municipio');
  assert.equal(await page.getByTestId('join-open').innerText(), 'Every row found its municipio.');
  assert.equal(await page.getByTestId('join-causes').count(), 0);

  // The same join as `npx focal join` with no option but the file: the report's CSV, line by line.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('join-export-csv').click()]);
  const appCsv = readFileSync(await download.path(), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'focal-guess-e2e-'));
  const cliReport = join(dir, 'report.csv');
  const out: string[] = [];
  assert.equal(await main(['join', '--left', FIXTURE, '--report', cliReport], { out: (l) => out.push(l), err: (l) => out.push(l) }), 0, out.join('\n'));
  assert.match(out[0], /^key guessed: codigo by code, country HN, department departamento, names municipio; joined 298 of 298/);
  const lines = (text: string) => text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines(appCsv).length, 299);
  assert.deepEqual(lines(appCsv), lines(readFileSync(cliReport, 'utf8')));

  // Back, with no country and no department: the codes are in several countries.
  await page.getByRole('button', { name: 'Back' }).click();
  await dialog.waitFor();
  await page.getByTestId('mapping-country').selectOption('');
  await page.getByTestId('mapping-dept').selectOption('');
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  const summary = await page.getByTestId('join-summary').innerText();
  const [matched] = summary.match(/^\d+/) ?? ['0'];
  const open = 298 - Number(matched);
  assert.ok(open > 200, summary);
  assert.equal(await page.getByTestId('join-open').innerText(), `${open} rows still need a decision.`);
  const cause = page.getByTestId('join-cause-country');
  assert.match(await cause.innerText(), new RegExp(`^${open} rows: the code exists in several countries`));
  assert.match(await page.getByTestId('join-set-country-HN').innerText(), new RegExp(`^These codes are of Honduras \\(${open} rows\\)$`));
  assert.equal(await page.getByTestId('join-ambiguous').locator(':scope > li').count(), 20);
  assert.equal(await page.getByTestId('join-ambiguous-all').innerText(), `Show all ${open}`);
  await page.screenshot({ path: `${SHOTS}/report-by-cause.png`, fullPage: true });

  await page.getByTestId('join-set-country-HN').click();
  await page.getByTestId('join-open').filter({ hasText: 'Every row found its municipio.' }).waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '298 of 298 rows matched a municipio');
  assert.equal(await page.getByTestId('join-ambiguous').count(), 0);
  await page.screenshot({ path: `${SHOTS}/report-country-set.png` });
});
