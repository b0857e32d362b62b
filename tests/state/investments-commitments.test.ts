/**
 * The Call to Action commitments table: sums of the rows first announced in each sheet, by place,
 * checked against the sums its compiler worked out (../shared/data/additions/SOURCES.md) and
 * against the White House's own cumulative headlines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitmentPlace, commitmentsFromCsv, commitmentsSummary } from '../../src/lib/state/investments-commitments.ts';

const rows = commitmentsFromCsv(readFileSync(new URL('../../public/data/commitments.csv', import.meta.url), 'utf8'));
const million = (x: number) => Math.round(x / 1e4) / 100;

describe('commitmentsSummary on public/data/commitments.csv', () => {
  const s = commitmentsSummary(rows);

  it('has the 80 rows of the seven sheets', () => {
    expect(rows).toHaveLength(80);
    expect(rows.filter((r) => r.status === 'new')).toHaveLength(61);
  });

  it('sums only the new rows of each announcement (US$ million as SOURCES.md checks them)', () => {
    expect(s.announcements.map((a) => [a.date, million(a.total)])).toEqual([
      ['2021-05-27', 650],
      ['2021-07-29', 0],
      ['2021-12-13', 662.7],
      ['2022-06-07', 1913.9],
      ['2023-02-06', 1036.4],
      ['2024-03-25', 1029.2],
    ]);
    expect(million(s.total)).toBe(5292.2);
    expect(million(s.prior)).toBe(60.25);
    // restated (Nespresso twice, CARE) and total rows never add: counting them would give more
    const everything = rows.reduce((t, r) => t + (Number.isFinite(r.amount) ? r.amount : 0), 0);
    expect(million(everything)).toBeGreaterThan(million(s.total) + 10_000);
  });

  it('stays at or just above each White House cumulative headline ("more than …")', () => {
    const checked = s.announcements.filter((a) => Number.isFinite(a.headlineCumulative) && a.date !== '2021-07-29');
    expect(checked.map((a) => [a.date, million(a.headlineCumulative), million(a.running)])).toEqual([
      ['2021-12-13', 1200, 1312.7],
      ['2022-06-07', 3200, 3226.6],
      ['2023-02-06', 4200, 4263],
      ['2024-03-25', 5200, 5292.2],
    ]);
    for (const a of checked) expect(a.running / a.headlineCumulative).toBeLessThan(1.1);
    // July 2021: $750 million for the 12 founding participants, of which only 650 itemised
    const july = s.announcements.find((a) => a.date === '2021-07-29')!;
    expect(million(july.headlineCumulative)).toBe(750);
    expect(million(july.running)).toBe(650);
  });

  it('splits by place without ever dividing a several-country or regional pledge', () => {
    const p = s.byPlace;
    expect(million(p.GT + p.HN + p.SV + p.several + p.regional)).toBe(5292.2);
    expect(commitmentPlace('GT|HN')).toBe('several');
    expect(commitmentPlace('regional')).toBe('regional');
    expect(commitmentPlace('SV')).toBe('SV');
    // with the prior rows (February 2023 progress updates) the total grows by exactly their sum
    expect(million(commitmentsSummary(rows, true).total)).toBe(5352.45);
  });
});
