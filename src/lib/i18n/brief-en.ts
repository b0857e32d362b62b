import type { BriefMessages } from './brief-messages.ts';
import { formatNumber } from './format-number.ts';

const n = (x: number, one: string, many: string): string => `${formatNumber(x, 'en', 0)} ${x === 1 ? one : many}`;

/** English texts of the municipio brief. */
export const briefEn: BriefMessages = {
  previewTitle: (n) => (n === 1 ? 'Municipio brief' : `Booklet of ${n} municipio briefs`),
  paper: 'Paper',
  print: 'Print or save as PDF',
  close: 'Close',
  preparing: 'Placing the investments…',
  kicker: 'Municipio brief',
  place: (department, country) => `${department} department · ${country}`,
  insetLabel: (name, country) => `Location of ${name} in ${country}`,
  scoreTitle: 'Targeting index',
  score: (score, spec, year) => `Score ${score} (index “${spec}”${year ? `, ${year}` : ''})`,
  rank: (rank, of, country) => `Rank ${rank} of ${of} in ${country}`,
  noScore: 'No score: too little of the index’s weight is measured here (insufficient data, not zero).',
  interval: (p05, p95, scope, draws, seed) =>
    `90 % of the uncertainty draws rank it between ${p05} and ${p95} ${scope === 'country' ? 'within its country' : 'in the region'} (${draws} draws, seed ${seed}).`,
  noInterval: 'Rank interval not computed: run “How robust is the ranking?” in the Targeting index view, then print again.',
  groupsTitle: 'Pillars against the country',
  groupsNote: (country, zeroToHundred) =>
    `${zeroToHundred ? `Scores 0–100 within ${country}` : 'Scores on the index’s scale (see its normalisation)'}; the tick is the median of ${country}’s municipios.`,
  weight: 'weight',
  municipio: 'this municipio',
  countryMedian: 'country median',
  upTitle: 'Pushing the score up',
  downTitle: 'Holding it down',
  needShare: (pct, country) => `more need than ${pct} of ${country}’s municipios`,
  departmentFigure: 'department figure',
  noDrivers: 'No indicator has a value here.',
  restsTitle: 'What the score rests on',
  rests: (m, d, x) => `${m} of the weight measured per municipio, ${d} by department figures repeated over its municipios, ${x} missing.`,
  investTitle: 'Investments placed here',
  invest: (activities, donors, amount, years) =>
    `${n(activities, 'activity', 'activities')} of ${n(donors, 'donor', 'donors')}${amount ? `, US$ ${amount}` : ''}${years ? `, ${years}` : ''}.`,
  investNone: 'No activity of the investment data is placed in this municipio.',
  investNoAmount: 'amounts not given',
  investNotSourced: (country) => `No municipio-level investment data for ${country}: unknown, not zero.`,
  investFiltered: 'Only the activities the Investments view’s filter shows are counted.',
  investUnavailable: 'The investments could not be placed.',
  hotspotTitle: 'Hotspot class',
  hotspot: (cls, variable, statistic, alpha, permutations, seed) => `${cls} — ${variable}, ${statistic}, significance ${alpha}, ${permutations} permutations, seed ${seed}.`,
  hotspotNotRun: 'No hotspot analysis run: run one in the Hotspots view, then print again.',
  sourcesTitle: 'Sources',
  made: (date) => `Made with focal on ${date}, from public data and the planner’s own index.`,
  withinCountry: 'Scores are normalised within the country: compare them within the country only.',
};
