/**
 * Golden files of the four CLI commands on the committed data (public/data, the join fixture):
 * every file each command writes and the lines it prints, normalised (tests/golden/golden-file.ts).
 * Any change of an output — a column, a rounding, a row's order, a summary line — fails here until
 * the golden files are regenerated (`UPDATE_GOLDEN=1 npx vitest run tests/golden`) and the diff
 * reviewed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { PUBLIC_DATA, readRows, readTopology, ROOT, TOPO_FILES } from '../data/public-data.ts';
import { expectGolden, normaliseGolden } from './golden-file.ts';

/** Commands on the real data take seconds alone and more on a loaded machine. */
const TIMEOUT = 180_000;

/** Runs `focal …argv` in-process; fails the test on a non-zero status or anything on stderr. */
async function focal(argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return out;
}

/** Checks the printed lines and each written file against the golden files `<command>/…`. */
function expectOutputs(command: string, dir: string, printed: string[], files: readonly string[]): void {
  expectGolden(`${command}/stdout.txt`, normaliseGolden(printed.join('\n') + '\n', { tmpDirs: [dir, ROOT], round: false }));
  for (const f of files) expectGolden(`${command}/${f}`, normaliseGolden(readFileSync(join(dir, f), 'utf8'), { tmpDirs: [dir, ROOT] }));
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `focal-golden-${name}-`));

describe('golden CLI outputs', () => {
  it('rank: the default spec on public/data, with the sensitivity', { timeout: TIMEOUT }, async () => {
    const dir = tmp('rank');
    const printed = await focal(['rank', '--spec', join(ROOT, 'docs', 'default-spec.json'), '--data', PUBLIC_DATA, '--out', join(dir, 'priority.csv')]);
    expectOutputs('rank', dir, printed, ['priority.csv', 'priority.csv.spec.json']);
  });

  it('hotspots: Local Moran, Gi* and Local Geary of violence_score over the 682 municipios, the app\'s weights', { timeout: TIMEOUT }, async () => {
    const dir = tmp('hotspots');
    const features = unitFeatures((['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) })));
    writeFileSync(join(dir, 'municipios.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    const value = new Map(readRows('indicators.csv').filter((r) => r.indicator_id === 'violence_score').map((r) => [r.unit_id, r.value]));
    writeFileSync(join(dir, 'values.csv'), `unit_id,violence_score\n${features.map((f) => `${f.properties.unit_id},${value.get(f.properties.unit_id) ?? ''}`).join('\n')}\n`);
    const args = ['--boundaries', join(dir, 'municipios.geojson'), '--id', 'unit_id', '--data', join(dir, 'values.csv'), '--key', 'unit_id', '--value', 'violence_score', '--source', 'country'];
    expectOutputs('hotspots-moran', dir, await focal(['hotspots', ...args, '--out', join(dir, 'hotspots.csv')]), ['hotspots.csv']);
    expectOutputs('hotspots-gistar', dir, await focal(['hotspots', ...args, '--stat', 'gistar', '--out', join(dir, 'hotspots.csv')]), ['hotspots.csv']);
    expectOutputs('hotspots-geary', dir, await focal(['hotspots', ...args, '--statistic', 'geary', '--out', join(dir, 'hotspots.csv')]), ['hotspots.csv']);
  });

  it('coverage: the committed investments placed in the 682 municipios', { timeout: TIMEOUT }, async () => {
    const dir = tmp('coverage');
    const printed = await focal(['coverage', '--units', join(PUBLIC_DATA, 'boundaries'), '--investments', join(PUBLIC_DATA, 'investments.csv'), '--out', join(dir, 'coverage.csv')]);
    expectOutputs('coverage', dir, printed, ['coverage.csv', 'coverage.csv.unplaced.csv']);
  });

  it('join: the README example by name, with the report as CSV and the joined rows', { timeout: TIMEOUT }, async () => {
    const dir = tmp('join');
    const left = join(ROOT, 'tests', 'fixtures', 'join', 'nca_violence_fragility_muni_names.csv');
    const printed = await focal(['join', '--left', left, '--key', 'municipio', '--dept', 'departamento', '--country-field', 'pais', '--report', join(dir, 'report.csv'), '--out', join(dir, 'joined.csv')]);
    expectOutputs('join', dir, printed, ['report.csv', 'joined.csv']);
  });
});
