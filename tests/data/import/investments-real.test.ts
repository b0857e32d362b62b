/**
 * The multi-country project-location table of tests/fixtures/investments-real (AidData Honduras
 * AIMS locations in HN, GT and SV plus Call to Action commitments per country; precision codes;
 * each project's commitment in US$ millions repeated on every location row), imported with the
 * app's FIRST guesses, placed by the app's coverage engine on the default boundaries:
 * - the guesses: coordinates, precision, country column, project id, amounts in millions, the
 *   repeated amounts split;
 * - money conserved: sum in (each project's amount once, from the raw file) = placed in municipios
 *   + department level + country level + outside every unit + no place, to the cent;
 * - placed by precision: 1–3 in municipios (or outside every unit), 4–5 at department level, 6–8
 *   and rows without coordinates at country level, rows of other countries not placed;
 * - the CLI (`focal coverage` given the same file) reports the same balance.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { readDefaultJoinTargets } from '../../../src/cli/join-read-targets.ts';
import { investmentsFromImport } from '../../../src/lib/data/import/apply-investments.ts';
import { guessInvestmentMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { investmentPreview } from '../../../src/lib/data/import/investment-preview.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';
import { countryLocator } from '../../../src/lib/data/country-locator.ts';
import { coverageByUnit } from '../../../src/lib/data/coverage-by-unit.ts';
import { investmentRecord } from '../../../src/lib/data/investment-record.ts';
import { unitFeatures } from '../../../src/lib/geo/unit-features.ts';
import { PUBLIC_DATA, ROOT, readTopology, TOPO_FILES } from '../public-data.ts';

const FILE = 'gt-hn-sv-project-locations-usd-millions.csv';
const PATH = join(ROOT, 'tests', 'fixtures', 'investments-real', FILE);
const text = readFileSync(PATH, 'utf8');
const raw = csvParse(text);
const table = rawTableFromRows(FILE, raw.columns, raw.map((r) => raw.columns.map((c) => r[c] ?? '')));
const features = unitFeatures([
  { country: 'GT', topology: readTopology(TOPO_FILES.GT) },
  { country: 'HN', topology: readTopology(TOPO_FILES.HN) },
  { country: 'SV', topology: readTopology(TOPO_FILES.SV) },
]);
const units = features.map((f) => ({ unit_id: f.properties.unit_id, country: f.properties.country, dept_code: f.properties.dept_code, geometry: f.geometry }));
const countryAt = countryLocator(features.map((f) => ({ country: f.properties.country, geometry: f.geometry })));

/** Micro-dollars, as the coverage engine adds money (exact sums). */
const micros = (usd: number) => BigInt(Math.round(usd * 1e6));

/** The raw file's money by what its rows say: each project's amount once (US$ millions → micro-dollars). */
function rawSums() {
  const byProject = new Map<string, (typeof raw)[number][]>();
  for (const r of raw) byProject.set(r.project_id, [...(byProject.get(r.project_id) ?? []), r]);
  let total = 0n;
  const byPrecision = new Map<string, bigint>();
  for (const rows of byProject.values()) {
    const amounts = new Set(rows.map((r) => r.total_commitments));
    expect(amounts.size, `${rows[0].project_id} repeats one amount`).toBe(1);
    const cents = BigInt(Math.round(Number(rows[0].total_commitments) * 1e8));
    total += cents * 10_000n;
    // Each location's share in whole cents, the remainder cents to the first rows (file order).
    const n = BigInt(rows.length);
    rows.forEach((r, i) => {
      const share = (cents / n + (BigInt(i) < cents % n ? 1n : 0n)) * 10_000n;
      const key = ['Honduras', 'Guatemala', 'El Salvador'].includes(r.country) ? r.precision_code : 'abroad';
      byPrecision.set(key, (byPrecision.get(key) ?? 0n) + share);
    });
  }
  return { total, byPrecision };
}

describe('a GT/HN/SV project-location table in US$ millions with AidData precision codes', () => {
  const targets = readDefaultJoinTargets(PUBLIC_DATA);
  const mapping = guessInvestmentMapping(table, targets);

  it('is guessed at once: points, precision, country column, project id, millions, repeated amounts split', () => {
    expect(mapping).toMatchObject({
      lon: 'longitude', lat: 'latitude', amount: 'total_commitments', amountScale: 1_000_000, precision: 'precision_code',
      countryColumn: 'country', activityId: 'project_id', splitRepeated: true, donor: 'donors', sector: 'sector',
      title: 'project_title', startYear: 'start_year', endYear: 'end_year',
    });
    expect(mapping.key).toBeUndefined();
  });

  it('conserves the money and places it by precision (app engine; the CLI gives the same balance)', async () => {
    const rows = investmentsFromImport(table, mapping, null, { importId: 'import-1', countryAt });
    expect(rows).toHaveLength(raw.length);
    const cov = coverageByUnit(units, rows.map(investmentRecord));
    const m = cov.result.totals.moneyMicros;
    const { total, byPrecision } = rawSums();
    const at = (...codes: string[]) => codes.reduce((s, c) => s + (byPrecision.get(c) ?? 0n), 0n);
    // Sum in = placed + department + country + outside + no place.
    expect(m.total).toBe(total);
    expect(m.located + m.department + m.nationwide + m.outside + m.noPlace).toBe(m.total);
    expect(m.swapped + m.unknownUnit + m.spread).toBe(0n);
    // By precision: 1–3 in a municipio (or outside every unit: a point at sea), 4–5 department, 6–8 country, other countries nowhere.
    expect(m.located + m.outside).toBe(at('1', '2', '3'));
    expect(m.department).toBe(at('4', '5'));
    expect(m.nationwide).toBe(at('6', '7', '8'));
    expect(m.noPlace).toBe(at('abroad'));
    expect(m.located > (m.located + m.outside) * 9n / 10n).toBe(true);
    // The preview the import report shows says the same.
    const p = investmentPreview(table, mapping, rows);
    expect(micros(p.moneyIn)).toBe(total);
    expect(p.repeated).toMatchObject({ differing: 0 });
    expect(p.repeated!.repeatedRows).toBeGreaterThan(200);

    const dir = mkdtempSync(join(tmpdir(), 'focal-inv-'));
    const out: string[] = [];
    const code = await main(['coverage', '--units', join(PUBLIC_DATA, 'boundaries'), '--investments', PATH, '--out', join(dir, 'c.csv')], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code, out.join('\n')).toBe(0);
    const said = out.join('\n');
    // The CLI's balance, figure by figure, in whole cents as it prints them.
    const cents = (re: RegExp) => BigInt((re.exec(said)?.[1] ?? 'NaN').replace(/[,.]/g, '')) * 10_000n;
    const cent = (x: bigint) => ((x + 5_000n) / 10_000n) * 10_000n;
    expect(cents(/money USD ([\d,.]+) =/)).toBe(cent(m.total));
    expect(cents(/placed ([\d,.]+) \(/)).toBe(cent(m.located));
    expect(cents(/\(department\) ([\d,.]+)/)).toBe(cent(m.department));
    expect(cents(/nationwide ([\d,.]+)/)).toBe(cent(m.nationwide));
    expect(cents(/outside every unit ([\d,.]+)/)).toBe(cent(m.outside));
    expect(cents(/no place ([\d,.]+)/)).toBe(cent(m.noPlace));
    expect(said).toMatch(/split evenly/);
  }, 120_000);
});
