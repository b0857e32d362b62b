// `focal hotspots` run in-process through main(): a hand-checkable lattice, islands and missing
// values, reproducibility, Gi*, and the refusals (status 1 or 2, nothing written).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { gridGeoJson, gridId, tmp, writeInputs } from './hotspots-grid.ts';

async function focal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type Row = { id: string; value: string; lag: string; statistic: string; p_sim: string; cluster: string };
function readResult(path: string): Row[] {
  const text = readFileSync(path, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [head, ...lines] = text.slice(1).trimEnd().split('\r\n');
  expect(head).toBe('id,value,lag,statistic,p_sim,cluster');
  return lines.map((l) => {
    const [id, value, lag, statistic, p_sim, cluster] = l.split(',');
    return { id, value, lag, statistic, p_sim, cluster };
  });
}

/**
 * 5×5 rook lattice, the top-left 3×3 block 10, the rest 0 (9 high of 25). Mean 3.6, sample sd
 * √(Σ(x−3.6)²/24) = √((9·6.4² + 16·3.6²)/24) = √24 = 4.898979…; z = 1.306395 (high), −0.734847 (low).
 */
const HIGH = new Set(['u0000', 'u0001', 'u0002', 'u0100', 'u0101', 'u0102', 'u0200', 'u0201', 'u0202']);
function blockInputs(extraCsv = '') {
  const rows = [];
  for (let r = 0; r < 5; r++) for (let c = 0; c < 5; c++) rows.push(`${gridId(r, c)},${HIGH.has(gridId(r, c)) ? 10 : 0}`);
  return writeInputs(gridGeoJson(5, 5), `uid,x\n${rows.join('\n')}\n${extraCsv}`);
}
const ARGS = (f: { boundaries: string; data: string; out: string }, ...extra: string[]) => [
  'hotspots', '--boundaries', f.boundaries, '--id', 'uid', '--data', f.data, '--key', 'uid', '--value', 'x', '--out', f.out, ...extra,
];

describe('focal hotspots on a 5×5 lattice with a high block', () => {
  const zHigh = 6.4 / Math.sqrt(24);
  const zLow = -3.6 / Math.sqrt(24);

  it('writes lag and Iᵢ as computed by hand, the block HH and the summary line', async () => {
    const f = blockInputs();
    const r = await focal(...ARGS(f, '--contiguity', 'rook', '--alpha', '0.05'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = readResult(f.out);
    expect(rows.map((x) => x.id)).toEqual(Array.from({ length: 25 }, (_, k) => gridId(Math.floor(k / 5), k % 5)));
    const byId = new Map(rows.map((x) => [x.id, x]));
    // Centre of the block: 4 high neighbours, lag = zHigh, I = zHigh².
    const centre = byId.get('u0101')!;
    expect(Number(centre.value)).toBe(10);
    expect(Number(centre.lag)).toBeCloseTo(zHigh, 12);
    expect(Number(centre.statistic)).toBeCloseTo(zHigh * zHigh, 12);
    // Drawing 4 of the other 24 (8 high) all high has probability 70/10626 = 0.0066: p_sim ≈ 0.007.
    expect(Number(centre.p_sim)).toBeLessThan(0.03);
    expect(centre.cluster).toBe('HH');
    // u0202, the block's corner: neighbours u0102, u0201 (high), u0203, u0302 (low): lag = (zHigh + zLow)/2.
    expect(Number(byId.get('u0202')!.lag)).toBeCloseTo((zHigh + zLow) / 2, 12);
    // u0004, a corner of the low area: 2 low neighbours; u0003: u0002 high, u0004, u0103 low.
    expect(Number(byId.get('u0004')!.lag)).toBeCloseTo(zLow, 12);
    expect(Number(byId.get('u0003')!.lag)).toBeCloseTo((zHigh + 2 * zLow) / 3, 12);
    expect(Number(byId.get('u0003')!.statistic)).toBeCloseTo((zLow * (zHigh + 2 * zLow)) / 3, 12);
    // Every significant unit is labelled by its quadrant; every p is on the 1/1000 grid.
    for (const x of rows) {
      const p = Number(x.p_sim);
      expect(Math.abs(p * 1000 - Math.round(p * 1000))).toBeLessThan(1e-9);
      if (x.cluster !== 'ns') {
        expect(p).toBeLessThanOrEqual(0.05);
        const hi = Number(x.value) > 3.6;
        const lagHi = Number(x.lag) > 0;
        expect(x.cluster).toBe(`${hi ? 'H' : 'L'}${lagHi ? 'H' : 'L'}`);
      } else expect(p).toBeGreaterThan(0.05);
    }
    // The summary agrees with the file.
    const n = (c: string) => rows.filter((x) => x.cluster === c).length;
    expect(r.out).toBe(
      `focal hotspots: 25 units, 25 tested, 0 islands, 0 without value; local Moran's I, rook contiguity (snap 500 m, 3.20 neighbours on average); ` +
        `999 permutations, seed 20240917; p_sim <= 0.05 (no correction, alpha 0.05); significant ${25 - n('ns')}: HH ${n('HH')}, LL ${n('LL')}, HL ${n('HL')}, LH ${n('LH')}; ` +
        r.out.slice(r.out.indexOf("global Moran's I")),
    );
    expect(r.out).toMatch(/; global Moran's I 0\.\d{4} \(p_sim 0\.00\d\); wrote .*out\.csv$/);
  });

  it('gives the same file for the same seed and other p-values for another seed', async () => {
    const f = blockInputs();
    await focal(...ARGS(f, '--seed', '5'));
    const first = readFileSync(f.out, 'utf8');
    await focal(...ARGS(f, '--seed', '5'));
    expect(readFileSync(f.out, 'utf8')).toBe(first);
    await focal(...ARGS(f, '--seed', '6'));
    const other = readResult(f.out);
    expect(other.map((x) => x.p_sim)).not.toEqual(readResultText(first).map((x) => x.p_sim));
    expect(other.map((x) => x.statistic)).toEqual(readResultText(first).map((x) => x.statistic));
  });

  it('queen contiguity: the block centre has 8 neighbours, all high', async () => {
    const f = blockInputs();
    const r = await focal(...ARGS(f, '--contiguity', 'queen'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('queen contiguity (snap 500 m, 5.76 neighbours on average)'); // (4·3 + 12·5 + 9·8)/25
    expect(r.out).toContain('(FDR, alpha 0.05)');
    const centre = readResult(f.out).find((x) => x.id === 'u0101')!;
    expect(Number(centre.lag)).toBeCloseTo(zHigh, 12);
  });

  it("Local Geary's c (--statistic geary): the block's inside alike, cᵢ as statistic, GeoDa's classes", async () => {
    const f = blockInputs();
    const r = await focal(...ARGS(f, '--statistic', 'geary', '--alpha', '0.1'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/local Geary's c, queen contiguity .*p_sim <= 0\.1 \(no correction, alpha 0\.1\); significant \d+: HH \d+, LL \d+, other_positive \d+, negative \d+; wrote /);
    expect(r.out).not.toContain('global');
    const rows = readResult(f.out);
    // The block's centre: all 8 queen neighbours equal to it, cᵢ = 0, the least possible.
    const centre = rows.find((x) => x.id === 'u0101')!;
    expect(Number(centre.statistic)).toBe(0);
    expect(centre.cluster).toBe('HH');
    for (const x of rows) expect(['HH', 'LL', 'other_positive', 'negative', 'ns']).toContain(x.cluster);
  });

  it('Gi*: the block centre is hot with the z-value as statistic', async () => {
    const f = blockInputs();
    const r = await focal(...ARGS(f, '--stat', 'gistar', '--contiguity', 'rook', '--bonferroni', '0.5'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Getis-Ord Gi\*, rook contiguity .*p_sim <= 0\.02 \(Bonferroni, alpha 0\.5\); significant \d+: hot \d+, cold \d+; wrote /);
    expect(r.out).not.toContain('global');
    const rows = readResult(f.out);
    const centre = rows.find((x) => x.id === 'u0101')!;
    expect(centre.cluster).toBe('hot');
    // Gi* with binary weights and the unit included: 5 units of 10, sum 50 of 90; n = 25.
    // mean 3.6, s = √(Σx²/n − mean²) = √(900/25 − 12.96) = √23.04 = 4.8; W = 5:
    // z = (50 − 3.6·5) / (4.8·√((25·5 − 25)/24)) = 32 / (4.8·√(100/24)).
    expect(Number(centre.statistic)).toBeCloseTo(32 / (4.8 * Math.sqrt(100 / 24)), 10);
    expect(new Set(rows.map((x) => x.cluster))).toEqual(new Set(['hot', 'cold', 'ns'].filter((c) => rows.some((x) => x.cluster === c))));
  });
});

function readResultText(text: string): Row[] {
  const [, ...lines] = text.slice(1).trimEnd().split('\r\n');
  return lines.map((l) => {
    const [id, value, lag, statistic, p_sim, cluster] = l.split(',');
    return { id, value, lag, statistic, p_sim, cluster };
  });
}

describe('focal hotspots: islands and missing values', () => {
  it('writes an island and a unit without value with empty cells, and counts them', async () => {
    const g = gridGeoJson(3, 3);
    // A tenth square far away: no neighbour.
    g.features.push({
      type: 'Feature',
      properties: { uid: 'far', n: 9 },
      geometry: { type: 'Polygon', coordinates: [[[1, 1], [1.02, 1], [1.02, 0.98], [1, 0.98], [1, 1]]] },
    });
    const csv = 'uid,x\nu0000,1\nu0001,5\nu0002,2\nu0100,NA\nu0101,7\nu0102,3\nu0200,8\nu0201,4\nu0202,6\nfar,9\n';
    const f = writeInputs(g, csv);
    const r = await focal(...ARGS(f, '--contiguity', 'rook', '--permutations', '99'));
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^focal hotspots: 10 units, 8 tested, 1 island, 1 without value; local Moran's I, rook contiguity \(snap 500 m, 2\.40 neighbours on average\); 99 permutations, seed 20240917; /);
    const rows = readResult(f.out);
    expect(rows.find((x) => x.id === 'far')).toEqual({ id: 'far', value: '9', lag: '', statistic: '', p_sim: '', cluster: 'island' });
    expect(rows.find((x) => x.id === 'u0100')).toEqual({ id: 'u0100', value: '', lag: '', statistic: '', p_sim: '', cluster: 'missing' });
    // z over the 9 values (the island's too, as GeoDa): mean 5, sample sd √(60/8) = √7.5.
    // u0002 (2): rook neighbours u0001 (5) and u0102 (3): lag = (0 − 2/√7.5)/2, I = (−3/√7.5)·lag = 0.4.
    const u0002 = rows.find((x) => x.id === 'u0002')!;
    expect(Number(u0002.lag)).toBeCloseTo(-1 / Math.sqrt(7.5), 12);
    expect(Number(u0002.statistic)).toBeCloseTo(0.4, 12);
    // u0000 (1): neighbours u0001 (5, z = 0) and u0100 (missing, dropped): lag 0.
    expect(Number(rows.find((x) => x.id === 'u0000')!.lag)).toBe(0);
  });
});

describe('focal hotspots: refusals', () => {
  it('bad command lines: status 2 and the help pointer', async () => {
    const r = await focal('hotspots', '--boundaries', 'b.geojson');
    expect(r.code).toBe(2);
    expect(r.err).toBe('focal hotspots: missing --id, --data, --key, --value and --out (focal hotspots --help)');
    const s = await focal('hotspots', '--boundaries', 'b', '--id', 'i', '--data', 'd', '--key', 'k', '--value', 'v', '--out', 'o', '--stat', 'lisa');
    expect(s.code).toBe(2);
    expect(s.err).toBe('focal hotspots: --stat must be moran, gistar or geary, not "lisa" (focal hotspots --help)');
  });

  it('prints its help with --help and through `focal help hotspots`', async () => {
    for (const args of [['hotspots', '--help'], ['help', 'hotspots']]) {
      const r = await focal(...args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: focal hotspots --boundaries units.geojson --id FIELD --data values.csv --key FIELD --value FIELD');
      expect(r.out).toContain('missing = no value in the CSV');
    }
    expect((await focal('--help')).out).toMatch(/^ {2}hotspots {2}hotspots \(local Moran's I, Getis-Ord Gi\* or local Geary's c\)/m);
  });

  it('missing files, mismatched ids, no variation, --out on an input: status 1, nothing written', async () => {
    const f = blockInputs();
    const noFile = await focal(...ARGS({ ...f, boundaries: join(f.dir, 'nope.geojson') }));
    expect(noFile.code).toBe(1);
    expect(noFile.err).toBe(`focal hotspots: cannot read the boundaries ${join(f.dir, 'nope.geojson')}: no such file`);
    const noData = await focal(...ARGS({ ...f, data: join(f.dir, 'nope.csv') }));
    expect(noData.err).toBe(`focal hotspots: cannot read the data ${join(f.dir, 'nope.csv')}: no such file`);
    expect(existsSync(f.out)).toBe(false);

    const extra = blockInputs('zz,3\n');
    const mismatch = await focal(...ARGS(extra));
    expect(mismatch.code).toBe(1);
    expect(mismatch.err).toBe(`focal hotspots: the ids do not match:\n  - 1 id(s) in ${extra.data} not in ${extra.boundaries}: "zz"`);
    expect(existsSync(extra.out)).toBe(false);

    const flat = writeInputs(gridGeoJson(2, 2), 'uid,x\nu0000,3\nu0001,3\nu0100,3\nu0101,\n');
    const noVar = await focal(...ARGS(flat));
    expect(noVar.err).toBe(`focal hotspots: ${flat.data}: every value of x is 3; there is no variation to test`);
    const few = writeInputs(gridGeoJson(2, 2), 'uid,x\nu0000,3\nu0001,4\nu0100,\nu0101,\n');
    expect((await focal(...ARGS(few))).err).toBe(`focal hotspots: ${few.data}: 2 unit(s) have a value of x; at least 3 are needed`);

    const onInput = await focal(...ARGS({ ...f, out: f.data }));
    expect(onInput.code).toBe(1);
    expect(onInput.err).toBe(`focal hotspots: --out would overwrite the data ${f.data}`);

    const noDir = join(tmp(), 'no', 'out.csv');
    const unwritable = await focal(...ARGS({ ...f, out: noDir }));
    expect(unwritable.err).toBe(`focal hotspots: cannot write ${noDir}: its folder does not exist`);
  });

  it('a --source property that some features lack', async () => {
    const g = gridGeoJson(2, 2);
    g.features.forEach((x, k) => (x.properties!.country = k < 3 ? 'A' : ''));
    const f = writeInputs(g, 'uid,x\nu0000,1\nu0001,2\nu0100,3\nu0101,4\n');
    const r = await focal(...ARGS(f, '--source', 'country'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`focal hotspots: ${f.boundaries}: 1 feature(s) without a country (--source): "u0101"`);
  });
});
