// Worked example: the app's own 682 municipios exported as GeoJSON, one indicator of
// public/data/indicators.csv pivoted to a CSV, and the real `focal hotspots` (bin/focal.js)
// run on them as an analyst would. With --source country the CLI builds exactly the app's weights
// (shared vertices within a country, 500 m snapping across borders) and writes exactly the app's
// answer; cross-border neighbours exist between every pair of countries.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hotspotsCsv } from '../../src/cli/hotspots-csv.ts';
import { HOTSPOT_CLI_DEFAULTS } from '../../src/cli/hotspots-args.ts';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { contiguityFromFeatures, contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { readRows, readTopology, ROOT, TOPO_FILES } from '../data/public-data.ts';
import { tmp } from './hotspots-grid.ts';

const INDICATOR = 'violence_score';
const TIMEOUT = 120_000;

function exampleFiles() {
  const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) }));
  const features = unitFeatures(topologies);
  const dir = tmp();
  const boundaries = join(dir, 'municipios.geojson');
  writeFileSync(boundaries, JSON.stringify({ type: 'FeatureCollection', features }));
  const value = new Map(readRows('indicators.csv').filter((r) => r.indicator_id === INDICATOR).map((r) => [r.unit_id, r.value]));
  const data = join(dir, `${INDICATOR}.csv`);
  writeFileSync(data, `unit_id,${INDICATOR}\n${features.map((f) => `${f.properties.unit_id},${value.get(f.properties.unit_id) ?? ''}`).join('\n')}\n`);
  const values = Float64Array.from(features, (f) => (value.has(f.properties.unit_id) && value.get(f.properties.unit_id) !== '' ? Number(value.get(f.properties.unit_id)) : NaN));
  return { topologies, features, boundaries, data, values, out: join(dir, 'hotspots.csv') };
}

describe('focal hotspots on the municipios of public/data', () => {
  const ex = exampleFiles();
  const missing = ex.values.filter(Number.isNaN).length;

  it('runs through bin/focal.js with one summary line and one row per municipio', () => {
    const args = ['hotspots', '--boundaries', ex.boundaries, '--id', 'unit_id', '--data', ex.data, '--key', 'unit_id', '--value', INDICATOR, '--source', 'country', '--out', ex.out];
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'focal.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(ex.features).toHaveLength(682);
    expect(missing).toBeGreaterThan(0);
    const m = /^focal hotspots: 682 units, (\d+) tested, (\d+) islands?, (\d+) without value; local Moran's I, queen contiguity \(snap 500 m across country, (\d+\.\d\d) neighbours on average\); 999 permutations, seed 20240917; p_sim <= ([\d.e-]+|none) \(FDR, alpha 0\.05\); significant (\d+): HH (\d+), LL (\d+), HL (\d+), LH (\d+); global Moran's I (0\.\d{4}) \(p_sim 0\.001\); wrote .*hotspots\.csv\n$/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const [tested, isl, without] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(without).toBe(missing);
    expect(tested + isl + without).toBe(682);
    // Violence is spatially clustered: a clearly positive global Moran's I and hotspots of both kinds.
    expect(Number(m![11])).toBeGreaterThan(0.2);
    expect(Number(m![7])).toBeGreaterThan(0);
    expect(Number(m![8])).toBeGreaterThan(0);

    // The CLI's answer is the app's: hotspots() on contiguityWeights of the topologies, app defaults.
    const w = contiguityWeights(ex.topologies, { contiguity: 'queen', snapMeters: 500 });
    const app = hotspots(ex.values, w, {
      statistic: 'moran', permutations: 999, seed: HOTSPOT_CLI_DEFAULTS.seed, alpha: 0.05, correction: 'fdr',
    });
    const ids = ex.features.map((f) => f.properties.unit_id);
    expect(readFileSync(ex.out, 'utf8')).toBe(hotspotsCsv(ids, app));
    const rows = readFileSync(ex.out, 'utf8').trimEnd().split('\r\n').slice(1);
    expect(rows.filter((l) => l.endsWith(',missing'))).toHaveLength(missing);
    expect(rows.filter((l) => l.endsWith(',island'))).toHaveLength(isl);
  }, TIMEOUT);

  it('finds neighbours across every border: GT–HN, GT–SV, HN–SV', () => {
    const gj = JSON.parse(readFileSync(ex.boundaries, 'utf8')) as { features: typeof ex.features };
    const country = gj.features.map((f) => f.properties.country);
    const w = contiguityFromFeatures(gj.features, { contiguity: 'queen', snapMeters: 500, source: country });
    const pairs = new Map<string, number>();
    for (let i = 0; i < w.n; i++) {
      for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
        const j = w.neighbors[k];
        if (country[i] < country[j]) pairs.set(`${country[i]}-${country[j]}`, (pairs.get(`${country[i]}-${country[j]}`) ?? 0) + 1);
      }
    }
    expect(pairs.get('GT-HN')).toBeGreaterThan(3);
    expect(pairs.get('GT-SV')).toBeGreaterThan(3);
    expect(pairs.get('HN-SV')).toBeGreaterThan(3);
    // The same weights as the app's.
    const app = contiguityWeights(ex.topologies, { contiguity: 'queen', snapMeters: 500 });
    expect(Array.from(w.offsets)).toEqual(Array.from(app.offsets));
    expect(Array.from(w.neighbors)).toEqual(Array.from(app.neighbors));
  }, TIMEOUT);
});
