/**
 * The code/name check of the data build: a row whose code names another
 * municipio than the name beside it fails the build, naming the source, the code, the name in the
 * source and the unit; only rows listed in the reviewed corrections table pass, and a listed
 * correction no row needs fails too.
 */
import { describe, expect, it } from 'vitest';
import { bestFit, joinOnCode, nameFit, type CodeTarget } from '../../scripts/build/code-name-check.ts';
import { CODE_CORRECTIONS, type CodeCorrection } from '../../scripts/build/code-corrections.ts';
import { joinGtRows } from '../../scripts/build/gt-code-join.ts';
import { rawUnits } from './raw-units.ts';

/** El Progreso as INE codes it (0206 Sansare, 0207 Sanarate), plus a third municipio. */
const TARGETS: CodeTarget[] = [
  { key: '0205', group: '02', name: 'El Jícaro', id: 'GT0205' },
  { key: '0206', group: '02', name: 'Sansare', id: 'GT0207' },
  { key: '0207', group: '02', name: 'Sanarate', id: 'GT0206' },
];
const noLog = () => {};

describe('joinOnCode', () => {
  it('joins rows whose code and name agree, with or without the leading zero and with spelling variants', () => {
    const rows = [
      { code: '206', name: 'SANSARE' },
      { code: '0207', name: 'Sanarate' },
      { code: '205', name: 'El Jicaro' },
    ];
    expect(joinOnCode('segeplan_gtm_ranking', rows, TARGETS, noLog, [])).toEqual(['GT0207', 'GT0206', 'GT0205']);
  });

  it('throws on a swapped pair, naming the source, each code, the name in the source and the unit', () => {
    const swapped = [
      { code: '206', name: 'Sanarate' },
      { code: '207', name: 'Sansare' },
    ];
    let message = '';
    try {
      joinOnCode('segeplan_gtm_ranking', swapped, TARGETS, noLog, []);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('segeplan_gtm_ranking: code 206 is "Sanarate" in the source, but the code is GT0207 "Sansare"');
    expect(message).toContain('segeplan_gtm_ranking: code 207 is "Sansare" in the source, but the code is GT0206 "Sanarate"');
  });

  it('does not accept a similar name when the department has a unit of exactly that name', () => {
    // "Sansare" and "Sanarate" are 0.87 similar: similarity alone would let the swap through.
    expect(nameFit('Sansare', 'Sanarate')).toBeGreaterThan(0.85);
    expect(bestFit('Sansare', TARGETS)?.id).toBe('GT0207');
  });

  it('throws when a code belongs to another department than the row says', () => {
    expect(() => joinOnCode('segeplan_gtm_ranking', [{ code: '0206', group: '10', name: 'Sansare' }], TARGETS, noLog, [])).toThrow(
      /code 0206 is "Sansare" in the source, but the code is GT0207 "Sansare" \(department 02, row says 10\)/,
    );
  });

  it('repairs a listed row as the table says, and logs the reason', () => {
    const fix: CodeCorrection = { source: 'a2sit_gtm', code: '0206', dept: '02', name: 'Sanarate', to: '0206', toName: 'Sansare', reason: 'test evidence' };
    const log: string[] = [];
    expect(joinOnCode('a2sit_gtm', [{ code: '0206', name: 'Sanarate' }], TARGETS, (l) => log.push(l), [fix])).toEqual(['GT0207']);
    expect(log[0]).toContain('test evidence');
    // The same row from another source is not covered by that entry.
    expect(() => joinOnCode('segeplan_gtm_ranking', [{ code: '0206', name: 'Sanarate' }], TARGETS, noLog, [fix])).toThrow(/code 0206 is "Sanarate"/);
  });

  it('fails on a listed correction that no row needs any more', () => {
    const stale: CodeCorrection = { source: 'a2sit_gtm', code: '0205', dept: '02', name: 'El Jicaro viejo', to: '0205', toName: 'El Jícaro', reason: 'x' };
    expect(() => joinOnCode('a2sit_gtm', [{ code: '0205', name: 'El Jícaro' }], TARGETS, noLog, [stale])).toThrow(/matches no disagreeing row/);
  });

  it('fails when a correction points at a unit of another name', () => {
    const wrong: CodeCorrection = { source: 'a2sit_gtm', code: '0206', dept: '02', name: 'Sanarate', to: '0205', toName: 'Sansare', reason: 'x' };
    expect(() => joinOnCode('a2sit_gtm', [{ code: '0206', name: 'Sanarate' }], TARGETS, noLog, [wrong])).toThrow(/points at 0205 "Sansare", which is "El Jícaro"/);
  });

  it('fails when two rows land on one unit', () => {
    expect(() => joinOnCode('segeplan_gtm_ranking', [{ code: '206', name: 'Sansare' }, { code: '0206', name: 'Sansare' }], TARGETS, noLog, [])).toThrow(/both land on GT0207/);
  });
});

describe('Guatemala on the real units', () => {
  const units = rawUnits();

  it('gives every GT unit its INE code, found by name: only Sanarate and Sansare differ from the P-code', () => {
    const gt = units.filter((u) => u.country === 'GT');
    expect(gt.filter((u) => u.ine_code !== u.code).map((u) => [u.unit_id, u.name, u.ine_code])).toEqual([
      ['GT0206', 'Sanarate', '0207'],
      ['GT0207', 'Sansare', '0206'],
    ]);
    expect(new Set(gt.map((u) => u.ine_code)).size).toBe(340);
    for (const u of units.filter((x) => x.country === 'HN')) expect(u.ine_code).toBe(u.code);
    for (const u of units.filter((x) => x.country === 'SV')) expect(u.ine_code).toBe('');
  });

  it('puts an INE-coded Sansare row on the Sansare polygon, and a swapped pair fails the build', () => {
    expect(joinGtRows('segeplan_gtm_ranking', [{ code: '206', name: 'Sansare' }], units, noLog)).toEqual(['GT0207']);
    expect(() =>
      joinGtRows(
        'segeplan_gtm_ranking',
        [
          { code: '206', name: 'Sanarate' },
          { code: '207', name: 'Sansare' },
        ],
        units,
        noLog,
      ),
    ).toThrow(/code 206 is "Sanarate" in the source, but the code is GT0207 "Sansare"[\s\S]*code 207 is "Sansare" in the source, but the code is GT0206 "Sanarate"/);
  });

  it('lists every correction with a reason, a target and its name', () => {
    for (const c of CODE_CORRECTIONS) {
      expect(c.reason.length, `${c.source} ${c.code}`).toBeGreaterThan(20);
      expect(c.code).toMatch(/^\d{4}$/);
      expect(c.dept).toMatch(/^\d{2}$/);
    }
  });
});
