/**
 * A finance ministry's TopoJSON of Honduras (tests/fixtures/join-real): 298 municipios keyed by
 * integer codes (101 for 0101) and one Salvadoran feature (Metapán, 207) left in the layer. With
 * the app's first guesses only, in Chromium: boundaries keyed by COD_MUNI, Honduras; matched, all
 * 298 Honduran features reach their municipio, and the neighbour's feature is named as lying in
 * El Salvador and left out (never put on Santa Rosa de Aguán, HN0207). The report is line for line
 * the report of `npx focal join` given only the file; the boundaries are added.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { closeApp, openApp, waitForDb, type AppSession } from './browser.ts';

const FIXTURE = 'tests/fixtures/join-real/hnd-finance-topojson-integer-codes.topo.json';
const SHOTS = '/tmp/shots-topo';

let s: AppSession | undefined;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await openApp();
});
after(async () => {
  await closeApp(s?.browser, s?.server);
});

test("a finance ministry's TopoJSON with integer codes and a neighbour's feature: first guesses, the neighbour named and left out, the CLI's join", async () => {
  if (!s) throw new Error('the app did not open');
  const page = s.w.page;
  await waitForDb(page);
  await page.getByTestId('tab-data').click();
  await page.getByTestId('import-drop').waitFor();
  await page.getByTestId('import-file').setInputFiles(FIXTURE);

  const dialog = page.getByTestId('mapping-dialog');
  await dialog.waitFor({ timeout: 120_000 });
  assert.equal(await page.getByTestId('mapping-kind-boundaries').isChecked(), true);
  assert.equal(await page.getByTestId('mapping-key').inputValue(), 'COD_MUNI');
  assert.equal(await page.getByTestId('mapping-by').inputValue(), 'code');
  assert.equal(await page.getByTestId('mapping-country').inputValue(), 'HN');
  await page.screenshot({ path: `${SHOTS}/mapping-first-guess.png` });

  // The one confirmation: match as guessed.
  await page.getByTestId('mapping-match').click();
  await page.getByTestId('join-report').waitFor();
  assert.equal(await page.getByTestId('join-summary').innerText(), '298 of 298 rows matched a municipio');
  const note = page.getByTestId('join-elsewhere');
  assert.equal(await note.count(), 1);
  assert.match(await note.innerText(), /^One feature lies in El Salvador, not in Honduras: left out of the join/);
  assert.equal(await page.getByTestId('join-elsewhere-row').innerText(), 'Row 300: 207 (Metapán)');
  await page.screenshot({ path: `${SHOTS}/report-neighbour.png`, fullPage: true });

  // The same join as `npx focal join` given only the file: the report's CSV, line by line.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('join-export-csv').click()]);
  const appCsv = readFileSync(await download.path(), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'focal-topo-e2e-'));
  const cliReport = join(dir, 'report.csv');
  const out: string[] = [];
  assert.equal(await main(['join', '--left', FIXTURE, '--report', cliReport], { out: (l) => out.push(l), err: (l) => out.push(l) }), 0, out.join('\n'));
  assert.match(out[0], /^key guessed: COD_MUNI by code, country HN, .*joined 298 of 298 .*; 1 feature lying in SV left out \(row 300: 207 Metapán\)$/);
  const lines = (text: string) => text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.deepEqual(lines(appCsv), lines(readFileSync(cliReport, 'utf8')));
  assert.equal(lines(appCsv).filter((l) => l.includes('HN0207')).length, 1);

  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-notice').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('import-notice').innerText(), /hnd-finance-topojson-integer-codes\.topo\.json was added/);
  assert.equal(await page.getByTestId('workspace-import').count(), 1);
  await page.screenshot({ path: `${SHOTS}/added.png` });
});
