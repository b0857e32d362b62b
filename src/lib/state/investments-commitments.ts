/**
 * The Call to Action private-sector commitments (public/data/commitments.csv) as the investments
 * view tabulates them: by announcement and by place (Guatemala, Honduras, El Salvador, several of
 * them, regional), summing only the rows first announced in that sheet (`new`), optionally the
 * earlier pledges the February 2023 sheet lists as progress (`prior`), never `restated` or `total`
 * rows (which would count a pledge twice), and never cumulative totals across dates. A row naming
 * several countries, or only the region, cannot be split: it is its own column. Rows without an
 * amount add nothing and are counted. Kept apart from the coverage money: these are announced
 * pledges, not disbursements, and never municipal.
 */
import { csvObjects } from '../data/investments-from-csv.ts';

/** Where a commitment's money goes, as far as the sheet says. */
export const COMMITMENT_PLACES = ['GT', 'HN', 'SV', 'several', 'regional'] as const;
export type CommitmentPlace = (typeof COMMITMENT_PLACES)[number];

export interface Commitment {
  date: string;
  company: string;
  /** USD; NaN when the sheet states none. */
  amount: number;
  /** `regional`, or the countries named (`GT|HN`). */
  countries: string;
  status: 'new' | 'prior' | 'restated' | 'total';
}

export interface CommitmentAnnouncement {
  date: string;
  /** USD per place (0 where nothing with an amount). */
  byPlace: Record<CommitmentPlace, number>;
  total: number;
  /** Rows counted (new, and prior when asked) and, of them, rows without an amount. */
  rows: number;
  rowsWithoutAmount: number;
  /** Sum of the counted rows of this and every earlier announcement. */
  running: number;
  /** The sheet's own cumulative headline (a `TOTAL (cumulative)` row; NaN when it has none). */
  headlineCumulative: number;
  /** The sheet's headline for this announcement alone (`TOTAL (new in this announcement)`; NaN: none). */
  headlineNew: number;
}

export interface CommitmentsSummary {
  announcements: CommitmentAnnouncement[];
  byPlace: Record<CommitmentPlace, number>;
  total: number;
  /** Sum of the `prior` rows (shown apart when not counted). */
  prior: number;
  withPrior: boolean;
}

const STATUSES = new Set(['new', 'prior', 'restated', 'total']);

/** The rows of commitments.csv. @throws Error on an unknown status. */
export function commitmentsFromCsv(text: string): Commitment[] {
  return csvObjects(text).map((r, i) => {
    const status = (r.commitment_status ?? '').trim();
    if (!STATUSES.has(status)) throw new Error(`commitments row ${i + 2}: unknown status "${status}"`);
    const a = (r.amount_usd ?? '').trim();
    return { date: (r.announcement_date ?? '').trim(), company: (r.company ?? '').trim(), amount: a === '' ? NaN : Number(a), countries: (r.countries ?? '').trim(), status: status as Commitment['status'] };
  });
}

/** The place a row counts in: one named country, several, or regional. */
export function commitmentPlace(countries: string): CommitmentPlace {
  if (countries === 'GT' || countries === 'HN' || countries === 'SV') return countries;
  return countries === 'regional' || countries === '' ? 'regional' : 'several';
}

const zero = (): Record<CommitmentPlace, number> => ({ GT: 0, HN: 0, SV: 0, several: 0, regional: 0 });

/** The table: one line per announcement date that has counted rows or a headline, ascending. */
export function commitmentsSummary(rows: readonly Commitment[], withPrior = false): CommitmentsSummary {
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const byPlace = zero();
  let running = 0;
  let prior = 0;
  const announcements: CommitmentAnnouncement[] = [];
  for (const date of dates) {
    const here = rows.filter((r) => r.date === date);
    const counted = here.filter((r) => r.status === 'new' || (withPrior && r.status === 'prior'));
    const a: CommitmentAnnouncement = {
      date,
      byPlace: zero(),
      total: 0,
      rows: counted.length,
      rowsWithoutAmount: 0,
      running: 0,
      headlineCumulative: NaN,
      headlineNew: NaN,
    };
    for (const r of here) {
      if (r.status === 'prior' && Number.isFinite(r.amount)) prior += r.amount;
      if (r.status === 'total' && /cumulative/i.test(r.company)) a.headlineCumulative = r.amount;
      if (r.status === 'total' && /new in this/i.test(r.company)) a.headlineNew = r.amount;
    }
    for (const r of counted) {
      if (!Number.isFinite(r.amount)) {
        a.rowsWithoutAmount++;
        continue;
      }
      const p = commitmentPlace(r.countries);
      a.byPlace[p] += r.amount;
      byPlace[p] += r.amount;
      a.total += r.amount;
    }
    running += a.total;
    a.running = running;
    if (a.rows > 0 || Number.isFinite(a.headlineCumulative)) announcements.push(a);
  }
  return { announcements, byPlace, total: running, prior, withPrior };
}
