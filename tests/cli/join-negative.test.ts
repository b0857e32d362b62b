/**
 * `focal join` warns about counts and amounts below zero as the app's matching report does: the
 * same rule (negative-counts.ts on the app's first guess of the value columns, rows that reached a
 * unit) and the same English words, on stderr, the exit code 0 (the values are kept); the report's
 * JSON lists them. The file: Honduras's INE projections (tests/fixtures/join-real) with two
 * populations written negative, as a sign slipped in a spreadsheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { main } from '../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../src/cli/join-read-targets.ts';
import { guessMapping } from '../../src/lib/data/import/guess-mapping.ts';
import { negativeCounts, negativeRowsText } from '../../src/lib/data/import/negative-counts.ts';
import { rawTableFromRows } from '../../src/lib/data/import/raw-table-from-rows.ts';
import { joinImport } from '../../src/lib/state/workspace-data.ts';
import { combineEn } from '../../src/lib/i18n/combine-en.ts';
import { PUBLIC_DATA } from '../data/public-data.ts';
import { JOIN_REAL } from '../data/join/join-real.ts';

describe('focal join warns about negative counts as the app does', () => {
  it('names the rows of the two negative populations in the app’s words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'focal-join-negative-'));
    const lines = readFileSync(join(JOIN_REAL, 'hnd-ine-population-4digit-dept-names.csv'), 'utf8').trimEnd().split('\n');
    // Rows 5 and 41 of the spreadsheet (header = row 1): pob_2025 with a minus sign.
    for (const i of [4, 40]) lines[i] = lines[i].replace(/,(\d+)$/, ',-$1');
    const file = join(dir, 'hnd-negative.csv');
    writeFileSync(file, lines.join('\n') + '\n');

    const out: string[] = [];
    const err: string[] = [];
    const report = join(dir, 'report.json');
    expect(await main(['join', '--left', file, '--report', report], { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    expect(out[0]).toMatch(/joined 298 of 298/);

    // The app: its first guess, its join, its warning.
    const rows = csvParse(lines.join('\n'));
    const table = rawTableFromRows('hnd-negative.csv', rows.columns, rows.map((r) => rows.columns.map((c) => r[c] ?? '')));
    const targets = readDefaultJoinTargets(PUBLIC_DATA);
    const mapping = guessMapping({ kind: 'table', table }, 'indicators', [], targets);
    if (mapping.kind !== 'indicators') throw new Error('expected indicators');
    const app = negativeCounts(table, mapping.columns, joinImport(table, mapping.key, targets, {}));
    expect(app).toEqual([{ column: 'pob_2025', rows: [5, 41] }]);
    expect(err).toEqual(app.map((x) => `focal join: warning: ${combineEn.negative(x.column, x.rows.length, negativeRowsText(x.rows))}`));
    expect(err[0]).toBe(
      'focal join: warning: “pob_2025” holds a count or an amount, but 2 values are below zero (rows 5, 41). A count or an amount cannot be negative: check these cells (they are kept as they are).',
    );
    expect(JSON.parse(readFileSync(report, 'utf8')).negative).toEqual(app);
  });
});
