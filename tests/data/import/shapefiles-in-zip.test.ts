import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { keptShapes } from '../../../src/lib/data/import/boundary-reach.ts';
import { guessMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { ImportError } from '../../../src/lib/data/import/import-error.ts';
import { importFile } from '../../../src/lib/data/import/import-file.ts';
import type { RawLayer } from '../../../src/lib/data/import/import-types.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import { PUBLIC_DATA, ROOT } from '../public-data.ts';

const DIR = join(ROOT, 'tests', 'fixtures', 'boundaries-real');
const read = (f: string, sheet?: string) => importFile({ name: f, bytes: new Uint8Array(readFileSync(join(DIR, f))) }, { sheet });

let targets: JoinTarget[];
beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
});

describe('a zip of several shapefiles', () => {
  it('lists every shapefile with what it holds, reads the usable one with most features, and offers the usable ones', async () => {
    const p = await read('gtm-solola-two-shapefiles.zip');
    const { read: info, rowCount, columns } = p.table;
    expect(info.shapefiles).toEqual([
      { name: 'SOLOLA/municipios_solola.shp', kind: 'polygon', features: 19 },
      { name: 'SOLOLA/lago_atitlan.shp', kind: 'polygon', features: 1 },
      { name: 'SOLOLA/limites_solola.shp', kind: 'line', features: 19 },
    ]);
    expect(info.sheets).toEqual(['SOLOLA/municipios_solola.shp', 'SOLOLA/lago_atitlan.shp']);
    expect(info.sheet).toBe('SOLOLA/municipios_solola.shp');
    expect(rowCount).toBe(19);
    expect(columns).toEqual(['CODIGO', 'MUNICIPIO', 'DEPTO']);
  });

  it('reads the one chosen', async () => {
    const p = await read('gtm-solola-two-shapefiles.zip', 'SOLOLA/lago_atitlan.shp');
    expect(p.table.read.sheet).toBe('SOLOLA/lago_atitlan.shp');
    expect(p.table.values[0]).toEqual(['Lago de Atitlán']);
  });

  it('refuses a zip whose shapefiles are all lines, naming them, in English and Spanish', async () => {
    const err = await read('gtm-solola-lines-only.zip').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    const e = err as ImportError;
    expect(e.code).toBe('zip-no-usable-shp');
    expect(e.params).toMatchObject({ count: 2, lines: 'limites_municipales.shp, limite_departamental.shp' });
    expect(en.importErrors['zip-no-usable-shp'](e.params)).toContain('limites_municipales.shp, limite_departamental.shp hold lines');
    expect(es.importErrors['zip-no-usable-shp'](e.params)).toContain('limites_municipales.shp, limite_departamental.shp contienen líneas');
  });
});

describe('a boundary file reaching part of a country', () => {
  it('328 of 340 Guatemalan municipios: the first guess joins all 328, and the 12 left keep their shapes, by department', async () => {
    const p = await read('gtm-328-of-340-municipios.geojson');
    const mapping = guessMapping(p, 'boundaries', [], targets);
    if (!mapping.key) throw new Error('expected a key');
    const report = joinImport(p.table, mapping.key, targets, {});
    expect(report.matched).toHaveLength(328);
    const kept = keptShapes(p.table as RawLayer, report, targets);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ country: 'GT', replaced: 328, units: 340 });
    expect(kept[0].depts.map((d) => [d.dept, d.names.length])).toEqual([
      ['El Progreso', 8],
      ['Izabal', 4],
    ]);
    expect(kept[0].depts[1].names).not.toContain('Puerto Barrios');
    expect(kept[0].depts[0].names).toContain('Guastatoya');
  });

  it('a complete country is not listed; a feature without shape keeps its unit in the list', () => {
    const gt = targets.filter((t) => t.kind === 'unit' && t.country === 'GT');
    const matched = gt.map((t, row) => ({ row, target: t.key, unitId: t.unitId, method: 'code' as const, score: 1 }));
    const geometries = gt.map((): GeoJSON.Geometry => ({ type: 'Point', coordinates: [0, 0] }));
    expect(keptShapes({ geometries }, { matched }, targets)).toEqual([]);
    const some = geometries.map((g, i) => (i === 0 ? null : g));
    const kept = keptShapes({ geometries: some }, { matched }, targets);
    expect(kept[0]).toMatchObject({ country: 'GT', replaced: 339, units: 340, depts: [{ dept: gt[0].deptName, names: [gt[0].names[0]] }] });
  });
});
