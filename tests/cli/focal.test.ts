// The real command line, spawned as a user runs it: bin/focal.js (and once `npx focal`), on the
// rank fixtures and on the default data.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { PUBLIC_DATA, ROOT } from '../data/public-data.ts';
import { DEFAULT_SPEC_PATH, RANK_FIXTURES } from '../data/index-spec-fixtures.ts';

const BIN = join(ROOT, 'bin', 'focal.js');
const TIMEOUT = 120_000;

function run(args: string[], cwd = ROOT, command = process.execPath, pre: string[] = [BIN]): { code: number | null; out: string; err: string } {
  const r = spawnSync(command, [...pre, ...args], { cwd, encoding: 'utf8', timeout: TIMEOUT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const focal = (...args: string[]) => run(args);
const tmp = () => mkdtempSync(join(tmpdir(), 'focal-cli-'));
const csvLines = (path: string) => readFileSync(path, 'utf8').split('\r\n');

describe('bin/focal.js', () => {
  it('prints the help from the repo root and, through npx, from a subdirectory', () => {
    const root = focal('--help');
    expect(root.code).toBe(0);
    expect(root.out).toContain('Usage: focal <command> [options]');
    const sub = run(['--help'], join(ROOT, 'tests', 'cli'), 'npx', ['--no-install', 'focal']);
    expect(sub.err).toBe('');
    expect(sub.code).toBe(0);
    expect(sub.out).toBe(root.out);
  }, TIMEOUT);

  it('exits 2 with a clear message on an unknown command', () => {
    const r = focal('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^focal: unknown command "frobnicate"; commands: rank(, [a-z]+)+ \(focal --help\)$/);
    expect(r.err).toContain('hotspots');
  }, TIMEOUT);

  it('exits 1 with the file named when the spec is missing', () => {
    const dir = tmp();
    const r = focal('rank', '--spec', join(dir, 'missing.json'), '--out', join(dir, 'o.csv'));
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(`focal rank: cannot read the spec ${join(dir, 'missing.json')}: no such file`);
    expect(r.out).toBe('');
  }, TIMEOUT);
});

describe('focal rank on the long fixture', () => {
  it('writes the hand-computed priority list, the spec beside it and one summary line', () => {
    const dir = tmp();
    const out = join(dir, 'priority.csv');
    const r = focal('rank', '--spec', join(RANK_FIXTURES, 'spec-long.json'), '--out', out, '--no-sensitivity');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `focal rank: 4 of 5 units ranked, 1 without score; top 2 region-wide: 3 units; sensitivity off (seed 11); wrote ${out} and ${out}.spec.json\n`,
    );
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // See tests/data/rank-units.test.ts for the arithmetic: B 75, C and D 50 (tied), A 25, E none.
    // Normalised across the region: the region rank leads; the top 2 region-wide take the tie (3 units).
    expect(text.slice(1).split('\r\n')).toEqual([
      // Severity by the default rule, fixed cut-offs 20/40/60/80 on the 0–100 score: 75 → 4, 50 → 3, 25 → 2, none → empty.
      'rank_region,rank_country,in_top_n,unit_id,name,department,country,score,severity,score_mig,score_pil,coverage',
      '1,1,1,B,Beta,North,X,75,4,50,100,1',
      '2.5,2.5,1,C,Gamma,South,X,50,3,100,0,1',
      '2.5,2.5,1,D,Delta,South,X,50,3,,50,0.5',
      '4,4,0,A,Alpha,North,X,25,2,0,50,1',
      ',,0,E,Epsilon,South,X,,,,,0',
      '',
    ]);
    const written = JSON.parse(readFileSync(`${out}.spec.json`, 'utf8')) as Record<string, unknown>;
    expect(written.provenance).toEqual({ app: { name: 'focal', version: expect.any(String) as string }, data_build: null, sources: [] });
    expect(parseIndexSpec(written)).toEqual(parseIndexSpec(JSON.parse(readFileSync(join(RANK_FIXTURES, 'spec-long.json'), 'utf8'))));
  }, TIMEOUT);
});

describe('focal rank round trip: the spec written beside the list ranks to the same bytes', () => {
  it('on the wide fixture (BOM, accents, formula-like names, top N per country)', () => {
    const dir = tmp();
    const first = join(dir, 'first.csv');
    const second = join(dir, 'second.csv');
    const r = focal('rank', '--spec', join(RANK_FIXTURES, 'spec-wide.json'), '--out', first);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^focal rank: 6 of 7 units ranked, 1 without score; top 2 per country: 4 units; sensitivity 100 draws, seed 3, \d robust; wrote /);
    const again = focal('rank', '--spec', `${first}.spec.json`, '--data', RANK_FIXTURES, '--out', second);
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    expect(readFileSync(`${second}.spec.json`)).toEqual(readFileSync(`${first}.spec.json`));
    const lines = csvLines(first);
    // Normalised within each country (the default scope): the rank within country leads, no region rank.
    expect(lines[0].slice(1).split(',').slice(0, 10)).toEqual(['rank_country', 'in_top_n', 'unit_id', 'name', 'department', 'country', 'score', 'severity', 'score_econ', 'score_safety']);
    expect(lines[0].split(',').slice(-5)).toEqual(['median_rank', 'rank_p05', 'rank_p95', 'prob_top_n', 'robust']);
    for (const line of lines.slice(1, 7)) {
      const [median, p05, p95, prob, robust] = line.split(',').slice(-5).map(Number);
      expect(p05).toBeLessThanOrEqual(median);
      expect(median).toBeLessThanOrEqual(p95);
      expect(prob).toBeGreaterThanOrEqual(0);
      expect(prob).toBeLessThanOrEqual(1);
      expect(robust).toBe(prob >= 0.9 ? 1 : 0);
    }
    // SV03 has no value at all: never a score, no rank interval, never in the top N.
    expect(lines[7].endsWith(',SV03,La Unión,La Unión,SV,,,,,0,,,,0,0')).toBe(true);
    // Rank within country, countries in turn; names that look like formulas neutralised, quotes doubled.
    expect(lines.slice(1, 8).map((l) => l.split(',')[2])).toEqual(['GT02', 'SV02', 'GT03', 'SV04', 'GT01', 'SV01', 'SV03']);
    expect(lines[1]).toContain(',GT02,"Santa Rosa, ""La Vieja""",Guatemala,GT,100,');
    expect(lines[3]).toContain(",GT03,'=Chiquimula,Zacapa,GT,");
    expect(lines[2]).toContain(",SV02,'-Ahuachapán,Ahuachapán,SV,");
    expect(lines[4]).toContain(",SV04,Sonsonate,'@Sonsonate,SV,");
  }, TIMEOUT);

  it('on the default data: the 682 municipios, from docs/default-spec.json with --data public/data', () => {
    const dir = tmp();
    const first = join(dir, 'priority.csv');
    const r = focal('rank', '--spec', DEFAULT_SPEC_PATH, '--data', PUBLIC_DATA, '--out', first);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^focal rank: \d+ of 682 units ranked, \d+ without score; top 10 per country: 30 units; /);
    const lines = csvLines(first);
    expect(lines.length).toBe(1 + 682 + 1);
    const ids = lines.slice(1, -1).map((l) => l.split(',')[2]);
    expect(new Set(ids).size).toBe(682);
    // The list a planner hands on: rank within country first, the top 10 of each country flagged,
    // scores with one decimal, shares with three (12.3%), no float noise in any number.
    const head = lines[0].slice(1).split(',');
    expect(head.slice(0, 3)).toEqual(['rank_country', 'in_top_n', 'unit_id']);
    expect(head).not.toContain('rank_region');
    const rows = lines.slice(1, -1).map((l) => csvParseRows(l)[0]);
    const col = (name: string) => head.indexOf(name);
    const flagged = rows.filter((r) => r[col('in_top_n')] === '1');
    expect(flagged.length).toBe(30);
    for (const c of ['GT', 'HN', 'SV']) expect(flagged.filter((r) => r[col('country')] === c).length).toBe(10);
    expect(flagged.every((r) => Number(r[col('rank_country')]) <= 10)).toBe(true);
    const decimals: Record<string, number> = { score: 1, coverage: 3, prob_top_n: 3, median_rank: 1, rank_p05: 1, rank_p95: 1, in_top_n: 0, robust: 0 };
    for (const name of head.filter((h) => h.startsWith('score_'))) decimals[name] = 1;
    for (const [name, d] of Object.entries(decimals)) {
      for (const r of rows) {
        const text = r[col(name)];
        if (text !== '') expect(text, `${name} ${r[col('unit_id')]}`).toMatch(new RegExp(`^-?\\d+${d ? `(\\.\\d{1,${d}})?` : ''}$`));
      }
    }
    const written = JSON.parse(readFileSync(`${first}.spec.json`, 'utf8')) as { provenance: { data_build: string | null; sources: unknown[] } };
    const manifest = JSON.parse(readFileSync(join(PUBLIC_DATA, 'manifest.json'), 'utf8')) as { build_version: string; sources: object };
    expect(written.provenance.data_build).toBe(manifest.build_version);
    expect(written.provenance.sources.length).toBe(Object.keys(manifest.sources).length);

    // The written spec, copied alone into another folder, re-ranks the same data to the same bytes.
    const other = tmp();
    copyFileSync(`${first}.spec.json`, join(other, 'spec.json'));
    const second = join(other, 'again.csv');
    expect(focal('rank', '--spec', join(other, 'spec.json'), '--data', PUBLIC_DATA, '--out', second).code).toBe(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
  }, TIMEOUT);
});
