/**
 * The join report CSV names a map layer's feature lying in a neighbouring country, as the app's
 * report does (FeaturesElsewhere): the finance ministry's TopoJSON of Honduras's 298 municipios
 * (tests/fixtures/join-real) carries El Salvador's Metapán with code 207; its line says
 * `elsewhere` and where it lies, in file order among the 298 matched lines; the same line in the
 * app's export (joinReportCsv on the app's first guess) and in `focal join --report x.csv`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { joinRowsFor } from '../../../src/lib/data/import/join-rows-for.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { joinReportCsv } from '../../../src/lib/export/join-report-csv.ts';
import { PUBLIC_DATA } from '../public-data.ts';
import { JOIN_REAL, layerFirstGuess, readLayerFixture } from './join-real.ts';

const FILE = 'hnd-finance-topojson-integer-codes.topo.json';
const METAPAN = '300,207,,elsewhere,,,,,,,lies in El Salvador: left out of the join,Metapán,';

let targets: JoinTarget[];
beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
});

describe('the join report CSV and a feature lying in a neighbouring country', () => {
  it('the app’s CSV: one line for Metapán after the 298 Honduran rows, in file order', () => {
    const layer = readLayerFixture(FILE);
    const { mapping, report } = layerFirstGuess(layer, targets);
    const lines = joinReportCsv(report, joinRowsFor(layer, mapping.key!), targets).slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 299);
    expect(lines.filter((l) => l.split(',')[3] === 'elsewhere')).toEqual([METAPAN]);
    expect(lines[299]).toBe(METAPAN);
    const rowNumbers = lines.slice(1).map((l) => Number(l.split(',')[0]));
    expect(rowNumbers).toEqual([...rowNumbers].sort((a, b) => a - b));
  });

  it('focal join writes the same line', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'focal-elsewhere-')), 'report.csv');
    expect(await main(['join', '--left', join(JOIN_REAL, FILE), '--report', report], { out: () => undefined, err: () => undefined })).toBe(0);
    const lines = readFileSync(report, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines.filter((l) => l.includes('elsewhere'))).toEqual([METAPAN]);
  });
});
