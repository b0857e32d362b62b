/**
 * detectLong with the join targets: the municipio is the column the key trials find (whatever its
 * name) and only keys that join count, so a long file with unusual column names is found long
 * with its 340 municipios, and a file of one row per municipio whose first text column repeats (a
 * tax office's code) is not long. Files are the real-shaped fixtures (tests/fixtures/join-real,
 * tests/fixtures/reshape), some with their columns renamed as a planner's own file might name them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { detectLong } from '../../../src/lib/data/import/detect-long.ts';
import type { RawTable } from '../../../src/lib/data/import/import-types.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';
import type { JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { PUBLIC_DATA, ROOT } from '../public-data.ts';

/** A fixture, its header replaced by `names` when given, with `extra` columns prepended (name → every row's cell). */
function fixture(path: string, names?: string[], extra: [string, string][] = []): RawTable {
  const [header, ...rows] = csvParseRows(readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8').replace(/^\uFEFF/, ''));
  const cols = [...extra.map(([n]) => n), ...(names ?? header)];
  return rawTableFromRows(path.split('/').pop()!, cols, rows.map((r) => [...extra.map(([, v]) => v), ...r]));
}

const LONG = 'reshape/gt_desnutricion_municipio_anio_tipo.csv';
/** The long file as exported by a system with its own column names: a source column first, the type, then code, place, zone, period, n, rate. */
const ODD_NAMES = ['ubic', 'lugar', 'zona', 't', 'clase', 'n', 'r'];

let targets: JoinTarget[];
beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
});

describe('detectLong by the key trials', () => {
  it('finds the long file with unusual column names long: the code column that joins (ubic), 340 municipios, t as its year', () => {
    const table = fixture(LONG, ODD_NAMES, [['fuente', 'MSPAS']]);
    const long = detectLong(table, targets)!;
    expect(long).not.toBeNull();
    expect(long.key).toMatchObject({ by: 'code', column: 'ubic' });
    expect(long.units).toBe(340);
    expect(long.rows).toBe(3060);
    expect(long.spec).toMatchObject({ keys: ['ubic'], yearColumn: 't', year: 2023 });
    expect(long.categories.map((c) => c.column)).toContain('clase');
    // By column names alone the first text column (a constant source) is taken for the municipio: one "municipio".
    expect(detectLong(table)?.units).toBe(1);
  });

  it('finds the reshape fixture long with its own names too (340 municipios by codigo_municipio)', () => {
    const long = detectLong(fixture(LONG), targets)!;
    expect(long.key).toMatchObject({ by: 'code', column: 'codigo_municipio' });
    expect(long.units).toBe(340);
    expect(long.spec.yearColumn).toBe('anio');
  });

  it("finds El Salvador's census detail long by the municipio code that joins within the country (44 municipios), not by the department code", () => {
    const [header, ...rows] = csvParseRows(readFileSync('/work/shared/data/indicators/slv_census2024_emigrants_detail.csv', 'utf8'));
    const long = detectLong(rawTableFromRows('detail.csv', header, rows), targets)!;
    // The 4-digit municipio code (municdesc) that joins within El Salvador, told by the department names; not dept_geo_code.
    expect(long.key).toMatchObject({ by: 'code', column: 'municdesc', nameColumn: 'munic_name_inferred', country: 'SV' });
    expect(long.rows).toBe(50714);
    expect(long.units).toBe(44);
    expect(long.spec.yearColumn).toBe('year_departure');
  });

  it('leaves the six national files (one row per municipio) alone', () => {
    for (const f of ['gtm-census2018-ine-integer-codes.csv', 'gtm-code-list-4digit-upper-dept.csv', 'hnd-ine-population-4digit-dept-names.csv', 'hnd-tax-office-abbreviated-names.csv', 'slv-2024-pcodes-distritos.csv', 'slv-262-pre2024-names-poverty.csv']) {
      expect(detectLong(fixture(`join-real/${f}`), targets), f).toBeNull();
    }
  });

  it("does not take a tax office's repeated code for a municipio: the tax-office file with unusual names is not long", () => {
    const table = fixture('join-real/hnd-tax-office-abbreviated-names.csv', ['oficina', 'zona', 'lugar', 'habitantes']);
    // By column names the office code (AT-01 on each of its municipios) repeats: taken for a long file.
    expect(detectLong(table)).not.toBeNull();
    expect(detectLong(table, targets)).toBeNull();
  });

  it('counts only the keys that join: a file of one row per municipio with its notes repeated below is not long', () => {
    const base = fixture('join-real/gtm-code-list-4digit-upper-dept.csv');
    const note = base.columns.map((c) => (c === 'CODIGO' ? 'Fuente: INE' : ''));
    const rows = [...Array.from({ length: base.rowCount }, (_, r) => base.values.map((col) => String(col[r] ?? ''))), ...Array.from({ length: 60 }, () => note)];
    const table = rawTableFromRows('notes.csv', base.columns, rows);
    expect(detectLong(table, targets)).toBeNull();
  });
});
