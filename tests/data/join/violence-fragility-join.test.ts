/**
 * The bar: joining the violence/fragility file (names only, upper case, no accents; SV rows
 * name pre-2024 distritos) by name with its department, with NO alias table, lands 98% or more of
 * the municipio rows of each country on the right target, as the hand-checked answer key says.
 * Also: the values that join carries to units equal the data build's, where both have one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinUnits } from '../../../src/lib/data/join/join-units.ts';
import { joinedUnitValues } from '../../../src/lib/data/join/joined-unit-values.ts';
import type { JoinReport, JoinRow, JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import type { CountryCode } from '../../../src/lib/data/schema.ts';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { PUBLIC_DATA, readRows } from '../public-data.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'join');
const COUNTRY: Record<string, CountryCode> = { GUATEMALA: 'GT', HONDURAS: 'HN', 'EL SALVADOR': 'SV' };

const file = csvParse(readFileSync(join(FIXTURES, 'nca_violence_fragility_muni_names.csv'), 'utf8'));
const answers = csvParse(readFileSync(join(FIXTURES, 'violence-fragility-answers.csv'), 'utf8'));

let targets: JoinTarget[];
let rows: JoinRow[];
let report: JoinReport;
const landed = new Map<number, string>();

beforeAll(() => {
  targets = readDefaultJoinTargets(PUBLIC_DATA);
  // As the app's joinRowsFor does: rows of another country (Nicaragua) are left out.
  rows = file.flatMap((r, i) => (COUNTRY[r.pais!] ? [{ row: i, key: r.municipio!, dept: r.departamento!, country: COUNTRY[r.pais!] }] : []));
  report = joinUnits(rows, targets, { by: 'name' });
  for (const m of report.matched) landed.set(m.row, m.target);
});

describe('the violence/fragility file joined by name, no alias table', () => {
  it('has an answer for every GT, HN and SV row', () => {
    expect(answers.length).toBe(rows.length);
    for (const a of answers) {
      const r = file[Number(a.row)];
      expect([r.pais, r.departamento, r.municipio]).toEqual([a.pais, a.departamento, a.municipio]);
    }
  });

  it.each(['GT', 'HN', 'SV'] as const)('%s: 98 percent or more of the municipio rows land on the right target, none on a wrong one', (country) => {
    const mine = answers.filter((a) => COUNTRY[a.pais!] === country);
    const municipios = mine.filter((a) => a.expected !== 'not-a-unit');
    const correct = municipios.filter((a) => landed.get(Number(a.row)) === a.expected);
    const wrong = mine
      .filter((a) => landed.has(Number(a.row)) && landed.get(Number(a.row)) !== a.expected)
      .map((a) => `${a.departamento} / ${a.municipio}: ${landed.get(Number(a.row))}, expected ${a.expected}`);
    const missed = municipios.filter((a) => !landed.has(Number(a.row))).map((a) => `${a.departamento} / ${a.municipio} (${a.expected})`);
    const rate = correct.length / municipios.length;
    console.log(`join ${country}: ${correct.length}/${municipios.length} municipio rows correct (${(100 * rate).toFixed(1)}%), ${wrong.length} wrong; missed: ${missed.join('; ') || 'none'}`);
    expect(wrong).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.98);
  });

  it('sets the non-municipio rows aside and lists the file duplicates', () => {
    expect(report.notUnits.map((n) => n.key).filter((k) => /^ZONA \d+$/.test(k))).toHaveLength(22);
    expect(report.notUnits.map((n) => n.key)).toEqual(expect.arrayContaining(['LAGO DE ATITLAN', 'EMBALSE CERRON GRANDE', 'NA', 'ADMINISTRATIVE UNIT NOT AVAILABLE']));
    expect(report.ambiguous).toEqual([]);
    // "SANTA MARIA CAHABON" and "CAHABON" (the source's name merge) both reach Cahabón.
    const cahabon = report.duplicates.find((d) => d.target === 'GT1612')!;
    expect(cahabon.rows.map((r) => file[r].municipio)).toEqual(['CAHABON', 'SANTA MARIA CAHABON']);
    // The renamed San Miguel Guancapla is offered the row that names it by its old name.
    const guancapla = report.unmatchedUnits.find((u) => u.unitId === 'HN1014')!;
    expect(guancapla.suggestions?.[0]).toMatchObject({ key: 'SAN MIGUELITO', dept: 'INTIBUCA' });
  });

  it('with the two missed rows accepted as the build alias table has them, carries the same values as the data build (0 = missing; SV: unweighted mean of distritos)', () => {
    const row = (dept: string, name: string) => file.findIndex((r) => r.departamento === dept && r.municipio === name);
    const accepted = { [row('INTIBUCA', 'SAN MIGUELITO')]: 'HN1014', [row('LA LIBERTAD', 'NUEVA SAN SALVADOR')]: 'SVD0511' };
    const fixed = joinUnits(rows, targets, { by: 'name', accepted });
    expect(fixed.matched.filter((m) => m.method === 'accepted')).toHaveLength(2);
    expect(fixed.unmatchedRows.map((u) => `${u.dept} / ${u.key}`)).toEqual(['IZABAL / SAN LUIS']);
    for (const [indicator, column] of [
      ['violence_score', 'puntaje_minmax_Violence'],
      ['climate_fragility_score', 'puntaje_minmax_Fragility'],
    ] as const) {
      const built = new Map(readRows('indicators.csv').filter((r) => r.indicator_id === indicator).map((r) => [r.unit_id, Number(r.value)]));
      const values = file.map((r) => {
        const v = Number(r[column]);
        return v > 0 && v <= 1 ? v : null;
      });
      const mine = joinedUnitValues(fixed, values);
      expect([...mine.keys()].sort(), indicator).toEqual([...built.keys()].sort());
      for (const [unit, v] of mine) expect(v.value, `${indicator} ${unit}`).toBeCloseTo(built.get(unit)!, 12);
      expect(mine.get('SV05006')?.rule).toBe('distrito-mean');
    }
  });
});
