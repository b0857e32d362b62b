// `focal rank` run in-process through main(), for the many bad-input cases (tests/cli/focal.test.ts
// spawns the real launcher for the main paths).
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { RANK_FIXTURES, rankFixtureJson } from '../data/index-spec-fixtures.ts';

const LONG = join(RANK_FIXTURES, 'spec-long.json');

/** Runs `focal …args` in-process; returns the status and what it printed. */
async function focal(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'focal-rank-'));

/** A spec file in a fresh folder: the long fixture's JSON with `patch` applied. */
function specFile(patch: Record<string, unknown>): string {
  const path = join(tmp(), 'spec.json');
  writeFileSync(path, JSON.stringify({ ...rankFixtureJson('spec-long.json'), ...patch }));
  return path;
}

describe('focal (dispatcher)', () => {
  it('prints the help with --help, -h and help, exit 0', async () => {
    for (const a of ['--help', '-h', 'help']) {
      const r = await focal(a);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: focal <command> [options]');
      expect(r.out).toMatch(/^ {2}rank {4}/m);
    }
  });

  it('prints a command\'s options with `help rank` and `rank --help`', async () => {
    for (const args of [['help', 'rank'], ['rank', '--help'], ['rank', '-h']]) {
      const r = await focal(...args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: focal rank --spec spec.json [--data dir] --out priority.csv [--no-sensitivity]');
    }
  });

  it('fails with status 2 on an unknown command, naming it and the known ones', async () => {
    const r = await focal('rnak', '--spec', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^focal: unknown command "rnak"; commands: rank(, [a-z]+)+ \(focal --help\)$/);
    expect(r.err).toContain('hotspots');
    expect(r.out).toBe('');
  });

  it('fails with status 2 and the help on stderr when no command is given', async () => {
    const r = await focal();
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: focal <command>');
  });

  it('does not take inherited object keys for commands', async () => {
    expect((await focal('toString')).code).toBe(2);
    expect((await focal('constructor')).code).toBe(2);
  });
});

describe('focal rank: bad command lines (status 2)', () => {
  it('names the missing options', async () => {
    const r = await focal('rank');
    expect(r.code).toBe(2);
    expect(r.err).toBe('focal rank: missing --spec and --out (focal rank --help)');
    expect((await focal('rank', '--spec', LONG)).err).toBe('focal rank: missing --out (focal rank --help)');
  });

  it('rejects unknown options, stray arguments and an option without value', async () => {
    const unknown = await focal('rank', '--spec', LONG, '--out', 'x.csv', '--seed', '3');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown option '--seed'");
    const stray = await focal('rank', '--spec', LONG, '--out', 'x.csv', 'extra');
    expect(stray.code).toBe(2);
    expect(stray.err).toContain("Unexpected argument 'extra'");
    const noValue = await focal('rank', '--out', 'x.csv', '--spec');
    expect(noValue.code).toBe(2);
    expect(noValue.err).toContain("Option '--spec <value>' argument missing");
  });
});

describe('focal rank: bad input (status 1, nothing written)', () => {
  it('a spec file that does not exist', async () => {
    const dir = tmp();
    const r = await focal('rank', '--spec', join(dir, 'nope.json'), '--out', join(dir, 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`focal rank: cannot read the spec ${join(dir, 'nope.json')}: no such file`);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('a spec that is not JSON, with the line and column', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'spec.json'), '{\n  "focal_spec": 1,\n  name: "x"\n}');
    const r = await focal('rank', '--spec', join(dir, 'spec.json'), '--out', join(dir, 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^focal rank: .*spec\.json is not valid JSON \(line 3, column 3\): /);
  });

  it('a spec parseIndexSpec refuses: every problem on its own line', async () => {
    const spec = specFile({ topN: 0, aggregation: 'median', indicators: [{ id: 'm1', direction: 2, weight: 1, parent: 'mig' }] });
    const r = await focal('rank', '--spec', spec, '--out', join(tmp(), 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      `focal rank: invalid index spec ${spec}:`,
      '  - indicators[0].direction must be 1 or -1',
      '  - aggregation must be one of arithmetic, geometric',
      '  - topN must be an integer ≥ 1',
    ]);
  });

  it('a spec naming an indicator column the data lack', async () => {
    const spec = specFile({
      indicators: [
        { id: 'm1', direction: 1, weight: 1, parent: 'mig' },
        { id: 'p1', column: 'p_one', direction: -1, weight: 1, parent: 'pil' },
      ],
    });
    const r = await focal('rank', '--spec', spec, '--data', RANK_FIXTURES, '--out', join(tmp(), 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('focal rank: indicator column not found in values-long.csv: p_one');
  });

  it('a data file that is missing (the spec\'s folder is the default --data)', async () => {
    const spec = specFile({});
    const r = await focal('rank', '--spec', spec, '--out', join(tmp(), 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^focal rank: cannot read units\.csv \(.*units\.csv\): ENOENT \(without --data, the data files are looked for in the spec's folder\)$/);
    const withData = await focal('rank', '--spec', spec, '--data', tmp(), '--out', join(tmp(), 'out.csv'));
    expect(withData.err).toMatch(/^focal rank: cannot read units\.csv \(.*units\.csv\): ENOENT$/);
  });

  it('a --data folder that does not exist', async () => {
    const r = await focal('rank', '--spec', LONG, '--data', '/nonexistent/focal', '--out', join(tmp(), 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('focal rank: the data folder /nonexistent/focal does not exist');
  });

  it('a units key column the file lacks', async () => {
    const spec = specFile({
      data: { units: { file: 'units.csv', key: 'id' }, values: { file: 'values-long.csv', format: 'long', key: 'unit_id' } },
    });
    const r = await focal('rank', '--spec', spec, '--data', RANK_FIXTURES, '--out', join(tmp(), 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('focal rank: units.csv has no column id (data.units.key); its columns: unit_id, name, dept, country');
  });

  it('a value that is not a number, with its row and column', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'units.csv'), 'unit_id,name,dept,country\nA,Alpha,N,X\nB,Beta,N,X\n');
    writeFileSync(join(dir, 'values-long.csv'), 'unit_id,indicator_id,value\nA,m1,1\nB,m1,1.5.2\nA,p1,2\nB,p1,3\n');
    writeFileSync(join(dir, 'spec.json'), readFileSync(LONG));
    const r = await focal('rank', '--spec', join(dir, 'spec.json'), '--out', join(dir, 'out.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('focal rank: values-long.csv row 3, column value: "1.5.2" is not a number');
  });

  it('an output folder that does not exist', async () => {
    const out = join(tmp(), 'no', 'such', 'out.csv');
    const r = await focal('rank', '--spec', LONG, '--out', out, '--no-sensitivity');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`focal rank: cannot write ${out}: its folder does not exist`);
  });

  it('an --out that would overwrite an input', async () => {
    const dir = tmp();
    for (const f of ['units.csv', 'values-long.csv', 'spec-long.json']) writeFileSync(join(dir, f), readFileSync(join(RANK_FIXTURES, f)));
    const before = readFileSync(join(dir, 'units.csv'), 'utf8');
    const r = await focal('rank', '--spec', join(dir, 'spec-long.json'), '--out', join(dir, 'units.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(`focal rank: --out would overwrite the input file ${join(dir, 'units.csv')}`);
    expect(readFileSync(join(dir, 'units.csv'), 'utf8')).toBe(before);
    const onSpec = await focal('rank', '--spec', join(dir, 'spec-long.json'), '--out', join(dir, 'spec-long.json'));
    expect(onSpec.err).toBe(`focal rank: --out would overwrite the spec ${join(dir, 'spec-long.json')}`);
  });
});
