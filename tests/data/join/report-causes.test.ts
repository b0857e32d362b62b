/**
 * The report by cause on real files: a Honduran code list joined with no country and no
 * department has 255 codes in several countries, resolved in one action ("these codes are of
 * Honduras"); a file whose codes are partly wrong is offered its name column when that joins more.
 */
import { describe, expect, it } from 'vitest';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { betterKey } from '../../../src/lib/data/import/better-key.ts';
import { reportCauses, openRows } from '../../../src/lib/data/join/report-causes.ts';
import type { JoinReport } from '../../../src/lib/data/join/join-types.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { PUBLIC_DATA } from '../public-data.ts';
import { readFixture } from './join-real.ts';

const targets = readDefaultJoinTargets(PUBLIC_DATA);

describe('report causes', () => {
  it('groups codes found in several countries with the rows each country resolves, and setting it resolves them', () => {
    const table = readFixture('hnd-ine-population-4digit-dept-names.csv');
    const report = joinImport(table, { by: 'code', column: 'codigo' }, targets, {});
    const causes = reportCauses(report);
    expect(causes.countryRows).toHaveLength(255);
    expect(causes.country[0]).toMatchObject({ country: 'HN' });
    expect(causes.country[0].rows).toHaveLength(255);
    expect(causes.several).toEqual([]);
    const fixed = joinImport(table, { by: 'code', column: 'codigo', country: 'HN' }, targets, {});
    expect(openRows(fixed)).toBe(0);
    expect(fixed.matched).toHaveLength(298);
    // No other column does better (the country is this group's action, not another key).
    expect(betterKey(table, { by: 'code', column: 'codigo' }, report, targets, {})).toBeNull();
  });

  it('offers the name column when the codes are wrong, and takes strong suggestions together', () => {
    const table = readFixture('gtm-code-list-4digit-upper-dept.csv');
    // Five codes spoiled: the code join leaves them unmatched; by name they all join.
    const i = table.columns.indexOf('CODIGO');
    table.values[i] = table.values[i].map((v, r) => (r < 5 ? '9999' : v));
    const key = { by: 'code' as const, column: 'CODIGO', nameColumn: 'MUNICIPIO', deptColumn: 'DEPARTAMENTO', country: 'GT' as const };
    const report = joinImport(table, key, targets, {});
    expect(report.unmatchedRows).toHaveLength(5);
    const better = betterKey(table, key, report, targets, {});
    expect(better).toMatchObject({ key: { by: 'name', column: 'MUNICIPIO', deptColumn: 'DEPARTAMENTO', country: 'GT' }, open: 0 });

    const fake: JoinReport = {
      ...report,
      unmatchedRows: [
        { row: 0, key: 'a', suggestions: [{ target: 'GT0101', unitId: 'GT0101', name: 'Guatemala', deptName: 'Guatemala', country: 'GT', score: 0.95 }] },
        { row: 1, key: 'b', suggestions: [{ target: 'GT0102', unitId: 'GT0102', name: 'x', deptName: 'y', country: 'GT', score: 0.8 }] },
        { row: 2, key: 'c', suggestions: [] },
      ],
      ambiguous: [],
    };
    expect(reportCauses(fake)).toMatchObject({ suggested: [{ row: 0, target: 'GT0101', score: 0.95 }], unmatched: [1, 2] });
  });
});
