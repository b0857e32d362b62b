/**
 * `focal join` without --key takes the app's first guess and gives the app's join: the same key,
 * country and matches as the mapping dialog's first guess joined by the app (guessMapping with
 * the targets, then joinImport), for each real-shaped file of tests/fixtures/join-real.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../src/cli/join-read-targets.ts';
import { guessMapping } from '../../src/lib/data/import/guess-mapping.ts';
import { joinImport } from '../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, ROOT } from '../data/public-data.ts';
import { JOIN_REAL, layerFirstGuess, readFixture, readLayerFixture } from '../data/join/join-real.ts';

const dir = mkdtempSync(join(tmpdir(), 'focal-join-guess-'));
const FILES = [
  'gtm-code-list-4digit-upper-dept.csv',
  'gtm-census2018-ine-integer-codes.csv',
  'hnd-ine-population-4digit-dept-names.csv',
  'slv-262-pre2024-names-poverty.csv',
  'slv-2024-pcodes-distritos.csv',
  'hnd-tax-office-abbreviated-names.csv',
];

describe('focal join and the app give the same first guess and the same join', () => {
  const targets = readDefaultJoinTargets(PUBLIC_DATA);
  it.each(FILES)('%s', async (file) => {
    const table = readFixture(file);
    const mapping = guessMapping({ kind: 'table', table }, 'indicators', [], targets);
    const app = joinImport(table, mapping.key!, targets, {});

    const reportFile = join(dir, `${file}.json`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['join', '--left', join(JOIN_REAL, file), '--report', reportFile], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const cli = JSON.parse(readFileSync(reportFile, 'utf8'));
    const key = mapping.key!;
    expect(cli).toMatchObject({ key: key.column, key_guessed: true, by: key.by, dept: key.deptColumn ?? null, country: key.country ?? null, country_field: key.countryColumn ?? null });
    expect(cli.name).toBe(key.by === 'code' ? (key.nameColumn ?? null) : null);
    expect(cli.report).toEqual(app);
    expect(app.matched.length).toBeGreaterThanOrEqual(0.95 * table.rowCount);
    expect(out[0]).toMatch(new RegExp(`^key guessed: ${key.column} by ${key.by}`));
    // The README quotes the line of the Honduran file.
    if (file.startsWith('hnd-')) expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(out[0]);
  });
});

describe('focal join reads a map layer (GeoJSON or TopoJSON) as the app does and gives the same join', () => {
  const targets = readDefaultJoinTargets(PUBLIC_DATA);
  it("a finance ministry's TopoJSON with integer codes and a neighbour's feature", async () => {
    const file = 'hnd-finance-topojson-integer-codes.topo.json';
    const { mapping, report: app } = layerFirstGuess(readLayerFixture(file), targets);
    const reportFile = join(dir, `${file}.json`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['join', '--left', join(JOIN_REAL, file), '--report', reportFile], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const cli = JSON.parse(readFileSync(reportFile, 'utf8'));
    const key = mapping.key!;
    expect(cli).toMatchObject({ key: key.column, key_guessed: true, by: key.by, dept: key.deptColumn ?? null, country: 'HN', name: key.nameColumn });
    expect(cli.report).toEqual(app);
    expect(cli.report.elsewhere).toEqual([{ row: 298, key: '207', name: 'Metapán', country: 'SV' }]);
    expect(out[0]).toBe(
      'key guessed: COD_MUNI by code, country HN, department DEPARTAMENTO, names MUNICIPIO; joined 298 of 298 rows by code (100.0%): 298 code; 0 unmatched, 0 duplicates, 0 ambiguous, 0 not units, 0 units without a row, 0 of 298 names disagree with the unit their codes reached; 1 feature lying in SV left out (row 300: 207 Metapán)',
    );
  });

  it('the same layer as GeoJSON: the same join', async () => {
    const topo = JSON.parse(readFileSync(join(JOIN_REAL, 'hnd-finance-topojson-integer-codes.topo.json'), 'utf8'));
    const { feature } = await import('topojson-client');
    const geojson = join(dir, 'hnd-finance.geojson');
    writeFileSync(geojson, JSON.stringify(feature(topo, topo.objects.municipios_hn_sefin)));
    const reportFile = join(dir, 'hnd-finance.geojson.json');
    const out: string[] = [];
    expect(await main(['join', '--left', geojson, '--report', reportFile], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(0);
    const cli = JSON.parse(readFileSync(reportFile, 'utf8'));
    const { report: app } = layerFirstGuess(readLayerFixture('hnd-finance-topojson-integer-codes.topo.json'), targets);
    expect(cli.report).toEqual(app);
  });
});

