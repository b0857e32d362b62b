import type { InvestmentImportMessages } from './investment-import-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);

export const investmentImportEn: InvestmentImportMessages = {
  precisionHelp: 'AidData codes: 1–3 are counted in the municipio under the point, 4–5 at department level, 6–8 at country level. A department’s or a country’s money is never put in the municipio under its point.',
  split: 'A project’s amount is repeated on each of its locations: count it once',
  splitRule: (projects, rows) => `${int(projects)} projects state one amount on each of their ${int(rows)} location rows. Rule: each such amount is counted once, split evenly over the project’s locations (whole cents).`,
  splitNone: 'No project repeats one amount on several rows: each row’s amount is counted as given.',
  splitLooking: 'Looking for project amounts repeated on several rows…',
  splitNeedsId: 'Choose the project id column to find amounts repeated on each location.',
  differing: (projects) => `${int(projects)} projects give different amounts on their rows: these are kept as each location’s own.`,
  country: 'Country of the rows',
  countryFromPoints: 'Where each point lies',
  countryColumn: (column) => `Column “${column}”`,
  countryHelp: 'Rows without coordinates are counted at country level in this country (never in a municipio); rows naming another country are not placed.',
  title: 'Money in this file',
  moneyIn: (usd, rows, unit) => `${usd} in ${int(rows)} rows (amounts read in ${unit}).`,
  rowsNoAmount: (rows) => `${int(rows)} rows give no amount (missing, not zero).`,
  groups: {
    unit: 'To a municipio by its code',
    point: 'To the municipio under its point (precision 1–3 or none)',
    department: 'Department level (precision 4–5): never in a municipio',
    country: 'Country level (precision 6–8, or no point and no key)',
    noPlace: 'Not placed (another country, no country, or a key not found)',
  },
  splitDone: (projects, rows) => `${int(projects)} project amounts repeated on ${int(rows)} location rows were counted once and split evenly over their locations.`,
  splitNotDone: (projects, rows) => `${int(projects)} projects repeat one amount on ${int(rows)} location rows and are NOT split: each row counts the whole amount.`,
  conserved: 'Every dollar is in one line: the lines add up to the money in. Points outside every municipio are reported in the Investments view.',
};
