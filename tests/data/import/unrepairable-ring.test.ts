/**
 * A ring focal's repair cannot fix (tests/fixtures/boundaries-real/gtm-solola-unrepairable-knot.geojson:
 * San Pedro La Laguna with a knot of crossing edges about 10⁻¹² degrees across, which its own
 * union cannot untangle at double precision): the feature is listed as invalid, kept as it is
 * (the app says "used as it is, and the map may fill it wrongly"), named in the join report's
 * note in English and Spanish, its shape applied as the file gives it, and `focal join` prints the
 * same sentence.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { boundariesFromImport } from '../../../src/lib/data/import/apply-boundaries.ts';
import { boundaryNoteLines, boundaryNotes } from '../../../src/lib/data/import/boundary-notes.ts';
import { guessMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import { repairRings } from '../../../src/lib/data/import/repair-rings.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, ROOT } from '../public-data.ts';

const FILE = 'gtm-solola-unrepairable-knot.geojson';
const PATH = join(ROOT, 'tests', 'fixtures', 'boundaries-real', FILE);
const source = JSON.parse(readFileSync(PATH, 'utf8')) as FeatureCollection;
const ROW = source.features.findIndex((f) => f.properties?.ADM2_ES === 'San Pedro La Laguna');

let targets: JoinTarget[];
let layer: RawLayer;
beforeAll(async () => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
  layer = (await importFile({ name: FILE, bytes: new Uint8Array(readFileSync(PATH)) })).table as RawLayer;
});

describe('a ring that could not be repaired', () => {
  it('is listed as invalid and kept as the file gives it (no other repair)', () => {
    expect(ROW).toBeGreaterThanOrEqual(0);
    expect(layer.geometryFixes).toEqual({ closed: [], dropped: [], emptied: [], repaired: [], invalid: [ROW] });
    expect(layer.geometries[ROW]).toEqual(source.features[ROW].geometry);
    // The repair tried its union: the knot still crosses, so nothing was rebuilt.
    const r = repairRings(source.features[ROW].geometry as never);
    expect(r).toMatchObject({ repaired: false, invalid: true });
  });

  it('is named in the join report’s note, in English and Spanish, and its shape is applied as it is', () => {
    const mapping = guessMapping({ kind: 'layer', table: layer }, 'boundaries', [], targets);
    const report = joinImport(layer, mapping.key!, targets, {});
    expect(report.matched).toHaveLength(19);
    const notes = boundaryNotes(layer, report, targets, true);
    expect(notes.fixes).toEqual([{ key: 'invalid', names: ['San Pedro La Laguna'] }]);
    const line = boundaryNoteLines(notes, FILE, en)[0];
    expect(line).toBe(
      '1 municipio has a boundary that crosses itself and could not be repaired; it is used as it is, and the map may fill it wrongly: San Pedro La Laguna. Fix it in a GIS (in QGIS: Vector → Geometry Tools → Fix Geometries).',
    );
    expect(boundaryNoteLines(notes, FILE, es)[0]).toContain('San Pedro La Laguna');
    const unit = report.matched.find((m) => m.row === ROW)!.unitId;
    expect(boundariesFromImport(layer, report).get(unit)).toEqual(source.features[ROW].geometry);
  });

  it('focal join prints the same sentence after its summary line', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const report = join(mkdtempSync(join(tmpdir(), 'focal-unrepairable-')), 'report.json');
    expect(await main(['join', '--left', PATH, '--report', report], { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    expect(err).toEqual([]);
    expect(out[1]).toMatch(/^1 municipio has a boundary that crosses itself and could not be repaired; .*: San Pedro La Laguna\./);
  });
});
