/** The join report's table is what both its CSV and its XLSX carry. */
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { joinTargets } from '../../src/lib/data/join/join-targets.ts';
import { joinUnits } from '../../src/lib/data/join/join-units.ts';
import type { JoinRow } from '../../src/lib/data/join/join-types.ts';
import { joinReportCsv } from '../../src/lib/export/join-report-csv.ts';
import { joinReportTable } from '../../src/lib/export/join-report-table.ts';
import { tableCsv } from '../../src/lib/export/csv.ts';
import { xlsxWorkbook } from '../../src/lib/export/xlsx-workbook.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { settingsBlock } from '../../src/lib/export/method-sheet.ts';
import { sheetText } from './sheet-text.ts';

const targets = joinTargets(
  [
    { unit_id: 'GT0103', country: 'GT', code: '0103', name: 'San José Pinula', dept_code: '01', dept_name: 'Guatemala', ine_code: '0103' },
    { unit_id: 'HN0809', country: 'HN', code: '0809', name: 'Lepaterique', dept_code: '08', dept_name: 'Francisco Morazán', ine_code: '0809' },
  ],
  [],
);
const rows: JoinRow[] = [
  { row: 0, key: 'San Jose Pinula', dept: 'Guatemala' },
  { row: 1, key: 'Lptrique', dept: 'Francisco Morazán' },
  { row: 2, key: '0101' },
];
const report = joinUnits(rows, targets, { by: 'name', accepted: { 1: 'HN0809' } });

describe('joinReportTable', () => {
  it('gives the CSV exactly, line for line', () => {
    expect(tableCsv(joinReportTable(report, rows, targets))).toBe(joinReportCsv(report, rows, targets));
  });

  it('reads back from the XLSX with numbers as numbers, accents intact and codes as text', async () => {
    const blob = await xlsxWorkbook({ table: joinReportTable(report, rows, targets), method: [settingsBlock(sheetText('en'), { file: 'x.csv' })], provenance: provenance('0.1.0', null), manifest: null, catalog: null, text: sheetText('en'), date: new Date(0) });
    const [data] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(data.data[0].slice(0, 5)).toEqual(['row', 'key', 'department', 'status', 'unit_id']);
    expect(data.data[1].slice(0, 6)).toEqual([2, 'San Jose Pinula', 'Guatemala', 'matched', 'GT0103', 'San José Pinula']);
    expect(data.data[2].slice(0, 5)).toEqual([3, 'Lptrique', 'Francisco Morazán', 'accepted', 'HN0809']);
    expect(data.data[3].slice(0, 4)).toEqual([4, '0101', null, 'unmatched']);
  });
});
