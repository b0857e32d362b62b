import type { JoinCausesMessages } from './join-causes-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);
const rowsOf = (n: number) => `${int(n)} ${n === 1 ? 'row' : 'rows'}`;

export const joinCausesEn: JoinCausesMessages = {
  open: (n) => `${rowsOf(n)} still ${n === 1 ? 'needs' : 'need'} a decision.`,
  allFound: 'Every row found its municipio.',
  title: 'What is left, by cause',
  country: (n) => `${rowsOf(n)}: the code exists in several countries and the file does not say which.`,
  countryAction: (country, n) => `These codes are of ${country} (${rowsOf(n)})`,
  several: (n) => `${rowsOf(n)} fit several municipios (a name found in several departments): choose for each below, or give a department column.`,
  suggested: (n) => `${rowsOf(n)} have a very close name (0.9 or more).`,
  acceptAll: (n) => `Accept all ${int(n)} suggestions above 0.9`,
  unmatched: (n) => `${rowsOf(n)} found no municipio: choose one for each below, or mark them as not municipios.`,
  better: (column, matched, rows) => `Matching by the column “${column}” finds ${int(matched)} of ${rowsOf(rows)}.`,
  useBetter: (column) => `Use “${column}” instead`,
  severalCodesTitle: 'Codes that fit several municipios',
  showAll: (n) => `Show all ${int(n)}`,
  featuresElsewhere: (n, lyingIn, fileCountry) =>
    `${n === 1 ? 'One feature lies' : `${int(n)} features lie`} in ${lyingIn}, not in ${fileCountry}: left out of the join (a code of another country is not a municipio of ${fileCountry}).`,
  featureElsewhereLine: (row, key, name) => `Row ${row}: ${key}${name ? ` (${name})` : ''}`,
};
