/**
 * Node side of `focal coverage` for a planner's investment list (a CSV without the app's own
 * `amount_usd` column, such as an aid platform's project-location table): read and guessed as the
 * app's import does it FIRST (guess-mapping.ts: coordinates, precision codes, country column,
 * project id, the amount's unit, a project amount repeated on its locations split evenly), then
 * turned into rows by the app's own `investmentsFromImport`, so the CLI gives the app's totals.
 * The note says what was guessed and the split rule.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InvestmentRecord } from '../lib/data/coverage-input.ts';
import { countryLocator } from '../lib/data/country-locator.ts';
import { investmentsFromImport } from '../lib/data/import/apply-investments.ts';
import { guessInvestmentMapping } from '../lib/data/import/guess-mapping.ts';
import { investmentPreview, splitRuleText } from '../lib/data/import/investment-preview.ts';
import { joinRowsFor } from '../lib/data/import/join-rows-for.ts';
import { rawTableFromRows } from '../lib/data/import/raw-table-from-rows.ts';
import { sniffDelimiter } from '../lib/data/import/sniff-delimiter.ts';
import { investmentRecord } from '../lib/data/investment-record.ts';
import { joinUnits } from '../lib/data/operations.ts';
import type { CountryCode } from '../lib/data/schema.ts';
import type { CoverageUnit } from '../lib/data/coverage-input.ts';
import { readDefaultJoinTargets } from './join-read-targets.ts';
import { parseCsvStrict } from './strict-csv.ts';

const SCALE_WORDS: Record<number, string> = { 1: 'US dollars', 1000: 'thousands of US dollars', 1000000: 'millions of US dollars' };

export function readPlannerInvestments(path: string, text: string, units: readonly CoverageUnit[]): { records: InvestmentRecord[]; note: string } {
  const parsed = parseCsvStrict(text, path, sniffDelimiter(text));
  const columns = parsed.columns.map((c) => c.trim());
  const table = rawTableFromRows(basename(path), columns, parsed.map((r) => parsed.columns.map((c) => r[c] ?? '')));
  const targets = readDefaultJoinTargets(join(fileURLToPath(new URL('../../public/data/', import.meta.url))));
  const mapping = guessInvestmentMapping(table, targets);
  const report = mapping.key ? joinUnits(joinRowsFor(table, mapping.key), targets, { by: mapping.key.by }) : null;
  const located = units.flatMap((u) => (u.geometry ? [{ country: u.country as CountryCode, geometry: u.geometry }] : []));
  const rows = investmentsFromImport(table, mapping, report, { countryAt: countryLocator(located) });
  const preview = investmentPreview(table, mapping, rows);
  const place = mapping.key ? `key ${mapping.key.column} by ${mapping.key.by}` : mapping.lon ? `points ${mapping.lon}/${mapping.lat}` : 'no key or point';
  const note =
    `investments guessed as the app does: ${place}; amount ${mapping.amount ?? 'none'} in ${SCALE_WORDS[mapping.amountScale ?? 1]}; ` +
    `precision ${mapping.precision ?? 'none'}; country ${mapping.countryColumn ?? mapping.country ?? mapping.key?.countryColumn ?? mapping.key?.country ?? 'from the points'}; ` +
    `project id ${mapping.activityId ?? 'none'}; ${splitRuleText(preview)}`;
  return { records: rows.map(investmentRecord), note };
}
