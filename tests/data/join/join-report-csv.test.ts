/** The join report CSV: one line per file row, statuses, suggestions text, BOM/CRLF, formulas neutralised. */
import { describe, expect, it } from 'vitest';
import { joinTargets } from '../../../src/lib/data/join/join-targets.ts';
import { joinUnits } from '../../../src/lib/data/join/join-units.ts';
import type { JoinRow } from '../../../src/lib/data/join/join-types.ts';
import { joinReportCsv } from '../../../src/lib/export/join-report-csv.ts';

const targets = joinTargets(
  [
    { unit_id: 'GT0111', country: 'GT', code: '0111', name: 'San Raimundo', dept_code: '01', dept_name: 'Guatemala', ine_code: '0111' },
    { unit_id: 'GT0503', country: 'GT', code: '0503', name: 'La Democracia', dept_code: '05', dept_name: 'Escuintla', ine_code: '0503' },
    { unit_id: 'GT1312', country: 'GT', code: '1312', name: 'La Democracia', dept_code: '13', dept_name: 'Huehuetenango', ine_code: '1312' },
    { unit_id: 'SV05006', country: 'SV', code: 'SV05006', name: 'La Libertad Sur', dept_code: '05', dept_name: 'La Libertad', ine_code: '' },
  ],
  [{ unit_id: 'SVD0511', country: 'SV', code: '0511', name: 'Santa Tecla', dept_code: '05', dept_name: 'La Libertad', ine_code: '', unit_2024: 'SV05006' }],
);

describe('joinReportCsv', () => {
  it('writes one line per row of the file, in file order', () => {
    const rows: JoinRow[] = [
      { row: 0, key: 'Santa Tecla', dept: 'La Libertad' },
      { row: 1, key: 'La Democracia' },
      { row: 2, key: 'ZONA 4', dept: 'Guatemala' },
      { row: 3, key: '' },
      { row: 4, key: '@SUM(A1)', dept: 'Guatemala' },
      { row: 5, key: 'San Raimundo', dept: 'Guatemala' },
      { row: 6, key: 'SAN RAIMUNDO', dept: 'Guatemala' },
      { row: 7, key: 'Raimundo', dept: 'Guatemala' },
    ];
    const report = joinUnits(rows, targets, { by: 'name', accepted: { 7: 'GT0111' } });
    const csv = joinReportCsv(report, rows, targets);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'row,key,department,status,unit_id,unit_name,distrito,department_name,method,score,suggestions,name_in_file,name_check',
      '2,Santa Tecla,La Libertad,matched,SV05006,La Libertad Sur,Santa Tecla,La Libertad,exact,1,,,',
      '3,La Democracia,,ambiguous,,,,,,,La Democracia (Escuintla) 1.00; La Democracia (Huehuetenango) 1.00,,',
      '4,ZONA 4,Guatemala,not-a-unit,,,,,,,,,',
      '5,,,empty,,,,,,,,,',
      `6,'@SUM(A1),Guatemala,unmatched,,,,,,,,,`,
      '7,San Raimundo,Guatemala,duplicate,GT0111,San Raimundo,,Guatemala,exact,1,,,',
      '8,SAN RAIMUNDO,Guatemala,duplicate,GT0111,San Raimundo,,Guatemala,exact,1,,,',
      '9,Raimundo,Guatemala,duplicate,GT0111,San Raimundo,,Guatemala,accepted,1,,,',
      '',
    ]);
  });
});
