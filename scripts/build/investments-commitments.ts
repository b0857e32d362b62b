/**
 * Private-sector commitments under the Vice President's Call to Action for Northern Central America
 * (2021–2024), as tabulated from seven White House fact sheets (data/raw/additions/
 * call_to_action_commitments.csv; its notes in data/raw/PROVENANCE.md). Built into a file of their
 * own, public/data/commitments.csv, and never into the coverage money: these are announced pledges
 * (investment, purchasing, loan books, capital to be raised), not disbursements, and mostly regional
 * or country level, never municipal.
 *
 * The rows are kept as published (no amount is split or imputed), checked and ordered: ISO date,
 * a known status (`new`, `prior`, `restated`, `total`), countries `regional` or a `|` list of GT,
 * HN, SV, an amount that is empty or a positive number, and `TOTAL …` rows exactly the `total` ones.
 */
import { join } from 'node:path';
import { col, parseNumber, readCsv } from './csv.ts';
import type { BuildContext } from './types.ts';

export const COMMITMENTS_FILE = join('additions', 'call_to_action_commitments.csv');
export const COMMITMENT_SOURCE_ID = 'wh_call_to_action_commitments';
export const COMMITMENT_STATUSES = ['new', 'prior', 'restated', 'total'] as const;

export const COMMITMENT_COLUMNS = [
  'announcement_date',
  'company',
  'amount_usd',
  'amount_text',
  'countries',
  'place_text',
  'sector',
  'commitment_status',
  'description',
  'source_path',
  'source_commit',
] as const;

export type CommitmentRow = Record<(typeof COMMITMENT_COLUMNS)[number], string | number | null>;

const COUNTRY = new Set(['GT', 'HN', 'SV']);

export function buildCommitments(ctx: BuildContext): CommitmentRow[] {
  const raw = readCsv(join(ctx.rawDir, COMMITMENTS_FILE));
  const rows = raw.map((r, i): CommitmentRow => {
    const where = `commitments row ${i + 2}`;
    const date = col(r, 'announcement_date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${where}: date "${date}" is not YYYY-MM-DD`);
    const status = col(r, 'commitment_status');
    if (!(COMMITMENT_STATUSES as readonly string[]).includes(status)) throw new Error(`${where}: status "${status}" is not ${COMMITMENT_STATUSES.join(', ')}`);
    const company = col(r, 'company');
    if (company.startsWith('TOTAL') !== (status === 'total')) throw new Error(`${where}: "${company}" and status ${status} disagree`);
    const countries = col(r, 'countries');
    if (countries !== 'regional' && !countries.split('|').every((c) => COUNTRY.has(c))) throw new Error(`${where}: countries "${countries}"`);
    const text = col(r, 'amount_usd');
    const amount = parseNumber(text);
    if (text !== '' && !(amount !== null && amount > 0)) throw new Error(`${where}: amount "${text}" is not a positive number`);
    return {
      announcement_date: date,
      company,
      amount_usd: amount,
      amount_text: col(r, 'amount_text'),
      countries,
      place_text: col(r, 'place_text'),
      sector: col(r, 'sector'),
      commitment_status: status,
      description: col(r, 'description'),
      source_path: col(r, 'source_path'),
      source_commit: col(r, 'source_commit'),
    };
  });
  // File order kept within a date (the sheets' order); dates ascending.
  const date = (r: CommitmentRow) => r.announcement_date as string;
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => (date(a.r) < date(b.r) ? -1 : date(a.r) > date(b.r) ? 1 : a.i - b.i));
  const news = rows.filter((r) => r.commitment_status === 'new');
  ctx.log(`commitments (Call to Action): ${rows.length} rows, ${news.length} new (${news.filter((r) => r.amount_usd !== null).length} with an amount)`);
  return ordered.map((o) => o.r);
}
