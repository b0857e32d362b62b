import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { boundaryNoteLines, boundaryNotes } from '../../../src/lib/data/import/boundary-notes.ts';
import { guessMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA, ROOT } from '../public-data.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'boundaries-real');

let targets: JoinTarget[];
beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
});

/** A fixture read and joined by the app's first guess as boundaries. */
async function joined(file: string) {
  const parsed = await importFile({ name: file, bytes: new Uint8Array(readFileSync(join(DIR, file))) });
  const mapping = guessMapping(parsed, 'boundaries', [], targets);
  if (!mapping.key) throw new Error('expected a key');
  return { layer: parsed.table as RawLayer, report: joinImport(parsed.table, mapping.key, targets, {}) };
}

describe('boundaryNotes', () => {
  it('Sololá with bad rings: each repair by the municipio its row reached, and the 321 Guatemalan municipios keeping their shapes, in English and Spanish', async () => {
    const { layer, report } = await joined('gtm-solola-bad-rings.geojson');
    expect(report.matched).toHaveLength(19);
    const notes = boundaryNotes(layer, report, targets, true);
    expect(notes.shapefiles).toBeNull();
    expect(notes.fixes).toEqual([
      { key: 'closed', names: ['Panajachel'] },
      { key: 'dropped', names: ['Santa Catarina Palopó'] },
      { key: 'repaired', names: ['San Lucas Tolimán'] },
    ]);
    expect(notes.kept.map((k) => [k.country, k.replaced, k.units, k.depts.length])).toEqual([['GT', 19, 340, 21]]);
    const lines = boundaryNoteLines(notes, 'x.geojson', en);
    expect(lines[0]).toBe('1 municipio had a ring that was not closed (its last point is not its first); focal closed it: Panajachel.');
    expect(lines[3]).toBe('Guatemala: this file gives a new shape to 19 of 340 municipios; the other 321 municipios keep their current shape, so the map mixes the two sources:');
    const esLines = boundaryNoteLines(notes, 'x.geojson', es);
    expect(esLines[2]).toContain('focal lo reconstruyó como el área que encierran sus líneas: San Lucas Tolimán.');
    expect(esLines[3]).toBe('Guatemala: este archivo da una forma nueva a 19 de 340 municipios; los otros 321 conservan su forma actual, así que el mapa mezcla las dos fuentes:');
  });

  it('not as boundaries, only the shapefiles are told; rows that reached no unit are not named', async () => {
    const { layer, report } = await joined('gtm-solola-two-shapefiles.zip');
    expect(boundaryNotes(layer, report, targets, false)).toMatchObject({ fixes: [], kept: [] });
    const notes = boundaryNotes(layer, report, targets, true);
    expect(boundaryNoteLines(notes, 'solola.zip', es).slice(0, 2)).toEqual([
      '«solola.zip» contiene 3 shapefiles: se leyó SOLOLA/municipios_solola.shp (19 polígonos).',
      'Dejados de lado: SOLOLA/lago_atitlan.shp (1 polígono), SOLOLA/limites_solola.shp (19 líneas, que focal no puede usar).',
    ]);
    const bad = await joined('gtm-solola-bad-rings.geojson');
    expect(boundaryNotes(bad.layer, { ...bad.report, matched: [] }, targets, true).fixes).toEqual([]);
  });
});
