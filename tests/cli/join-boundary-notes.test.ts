/**
 * `focal join` on a map layer of polygons prints the app's boundary notes after its summary line,
 * in the app's words (boundaryNoteLines, as the join report's BoundaryNotes shows them), and puts
 * them in the JSON report: Sololá's 19 municipios with three bad rings (closed, dropped, rebuilt)
 * and the 321 other Guatemalan municipios that would keep their shapes; a table gets no notes.
 * The files: tests/fixtures/boundaries-real, tests/fixtures/join-real.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../src/cli/join-read-targets.ts';
import { boundaryNoteLines, boundaryNotes } from '../../src/lib/data/import/boundary-notes.ts';
import { guessMapping } from '../../src/lib/data/import/guess-mapping.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../src/lib/data/import/import-types.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { joinImport } from '../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, ROOT } from '../data/public-data.ts';
import { JOIN_REAL } from '../data/join/join-real.ts';

const dir = mkdtempSync(join(tmpdir(), 'focal-join-notes-'));

async function cli(file: string, tag: string) {
  const out: string[] = [];
  const err: string[] = [];
  const report = join(dir, `${tag}.json`);
  const code = await main(['join', '--left', file, '--report', report], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: JSON.parse(readFileSync(report, 'utf8')) as { boundary_notes?: string[] } };
}

describe('focal join prints the boundary notes as the app shows them', () => {
  it('Sololá with bad rings: the three repairs by municipio and the 321 municipios keeping their shapes, the same lines as the app', async () => {
    const file = join(ROOT, 'tests/fixtures/boundaries-real/gtm-solola-bad-rings.geojson');
    const { code, out, err, json } = await cli(file, 'solola');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^key guessed: .*joined 19 of 19 rows/);

    // The app: the file read, its first guess as boundaries, its join, its notes.
    const targets = readDefaultJoinTargets(PUBLIC_DATA);
    const parsed = await importFile({ name: 'gtm-solola-bad-rings.geojson', bytes: new Uint8Array(readFileSync(file)) });
    const mapping = guessMapping(parsed, 'boundaries', [], targets);
    const app = boundaryNoteLines(boundaryNotes(parsed.table as RawLayer, joinImport(parsed.table, mapping.key!, targets, {}), targets, true), 'gtm-solola-bad-rings.geojson', en);

    expect(out.slice(1)).toEqual(app);
    expect(out[1]).toBe('1 municipio had a ring that was not closed (its last point is not its first); focal closed it: Panajachel.');
    expect(out[3]).toContain('San Lucas Tolimán');
    expect(out[4]).toBe('Guatemala: this file gives a new shape to 19 of 340 municipios; the other 321 municipios keep their current shape, so the map mixes the two sources:');
    expect(out.length).toBe(5 + 21);
    expect(json.boundary_notes).toEqual(app);
  });

  it('a table of values has no boundary notes', async () => {
    const { out, json } = await cli(join(JOIN_REAL, 'hnd-ine-population-4digit-dept-names.csv'), 'table');
    expect(out).toHaveLength(1);
    expect(json.boundary_notes).toBeUndefined();
  });
});
