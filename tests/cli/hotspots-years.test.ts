// `focal hotspots --year` and `--years` on El Salvador's emigrants by year of departure
// (public/data/indicator-years.csv): the CLI's values are the year's column or the change, read
// here independently with d3, and its answer is hotspots() on them with the same weights.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { hotspotsCsv } from '../../src/cli/hotspots-csv.ts';
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { contiguityFromFeatures } from '../../src/lib/data/contiguity-weights.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { PUBLIC_DATA, readRows, readTopology, TOPO_FILES } from '../data/public-data.ts';
import { tmp } from './hotspots-grid.ts';

async function focal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ID = 'sv_emigrants_departed_per_1000';
const YEARS = join(PUBLIC_DATA, 'indicator-years.csv');
// El Salvador's 44 municipios alone: the series covers them all.
const features = unitFeatures([{ country: 'SV', topology: readTopology(TOPO_FILES.SV) }]);
const ids = features.map((f) => f.properties.unit_id);
const dir = tmp();
const boundaries = join(dir, 'sv.geojson');
writeFileSync(boundaries, JSON.stringify({ type: 'FeatureCollection', features }));
const series = readRows('indicator-years.csv').filter((r) => r.indicator_id === ID);
const year = (y: number) => {
  const m = new Map(series.filter((r) => Number(r.year) === y).map((r) => [r.unit_id, Number(r.value)]));
  return Float64Array.from(ids, (id) => m.get(id) ?? NaN);
};
const settings = { statistic: 'moran', permutations: 99, seed: 7, alpha: 0.05, correction: 'fdr' } as const;
const base = ['hotspots', '--boundaries', boundaries, '--id', 'unit_id', '--data', YEARS, '--indicator', ID, '--permutations', '99', '--seed', '7'];

describe('focal hotspots --year / --years', () => {
  const w = contiguityFromFeatures(features, { contiguity: 'queen', snapMeters: 500 });

  it('--years 2014,2023: differential local Moran = Local Moran of the change, as the app computes it', async () => {
    const out = join(dir, 'change.csv');
    const r = await focal(...base, '--years', '2014,2023', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(features).toHaveLength(44);
    expect(r.out).toMatch(/^focal hotspots: 44 units, 44 tested, 0 islands, 0 without value; local Moran's I/);
    const first = year(2014);
    const second = year(2023);
    expect(first.every(Number.isFinite) && second.every(Number.isFinite)).toBe(true);
    const change = second.map((b, i) => b - first[i]);
    expect(readFileSync(out, 'utf8')).toBe(hotspotsCsv(ids, hotspots(change, w, settings)));
  });

  it('--year 2023: the values of that year', async () => {
    const out = join(dir, 'y2023.csv');
    expect((await focal(...base, '--year', '2023', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(hotspotsCsv(ids, hotspots(year(2023), w, settings)));
  });

  it('names the years and indicators there are, and refuses mixed options', async () => {
    const out = join(dir, 'x.csv');
    const no = await focal(...base, '--year', '2013', '--out', out);
    expect(no.code).toBe(1);
    expect(no.err).toBe(`focal hotspots: ${YEARS}: ${ID} has no year 2013; its years: 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023`);
    const other = await focal('hotspots', '--boundaries', boundaries, '--id', 'unit_id', '--data', YEARS, '--indicator', 'nope', '--year', '2018', '--out', out);
    expect(other.err).toMatch(/^focal hotspots: .* has no indicator nope; its indicators: gt_segeplan_ranking_2018, sv_emigrants_departed_per_1000$/);
    const mixed = await focal(...base, '--year', '2018', '--key', 'unit_id', '--out', out);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('--key and --value are for a one-year CSV');
    expect((await focal(...base, '--out', out)).err).toContain('--indicator needs --year or --years');
  });
});
